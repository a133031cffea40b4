/**
 * Pure helpers over code entries: naming, ordering, grouping and lookups.
 * Pages pass in entry data; nothing here touches Astro.
 */
import type { Language } from '../content/reference-data';
import { classOf, STATUS_CLASSES, type StatusClass } from './status-classes';
import { classUrl, codeUrl, HOME_URL, NOT_STATUS_CODES_URL, UNOFFICIAL_URL } from '../seo/urls';

/** The part of an entry these helpers need. */
export interface CodeInfo {
	code: number;
	name: string;
	knownAs?: string;
	status: 'registered' | 'unused' | 'temporary' | 'obsoleted' | 'unofficial' | 'not-a-status';
	summary: string;
	vendors: { vendor: string; name: string }[];
	/** Frontmatter constants, for numbers without rows in the constants table. */
	constants?: Partial<Record<Language, { name: string; deprecated: boolean }[]>>;
}

export const STATUS_LABELS: Record<CodeInfo['status'], string> = {
	registered: 'Registered',
	unused: 'Unused',
	temporary: 'Temporary registration',
	obsoleted: 'Obsoleted',
	unofficial: 'Unofficial',
	'not-a-status': 'Not a status code',
};

export function isUnofficial(info: Pick<CodeInfo, 'status'>): boolean {
	return info.status === 'unofficial';
}

/** False for an entry about a number no response can carry, such as the 0 a browser reports for a network error. */
export function isStatusCode(info: Pick<CodeInfo, 'status'>): boolean {
	return info.status !== 'not-a-status';
}

/** The name to show: the registry's, or for `(Unused)` codes the familiar name followed by `(Unused)`. */
export function displayName(info: Pick<CodeInfo, 'name' | 'knownAs'>): string {
	return info.knownAs ? `${info.knownAs} ${info.name}` : info.name;
}

/** `429 Too Many Requests` */
export function fullTitle(info: Pick<CodeInfo, 'code' | 'name' | 'knownAs'>): string {
	return `${info.code} ${displayName(info)}`;
}

/** One step of a breadcrumb trail; the last one, the page itself, has no link. */
export interface Crumb {
	label: string;
	href?: string;
}

/**
 * The breadcrumb trail of a code page (Home › 4xx Client Error › 429), or with
 * `page`, of a page beside it (… › 429 › In code): the code's class, or for numbers
 * outside the classes the unofficial index or the page of numbers that are no status.
 */
export function codeCrumbs(info: Pick<CodeInfo, 'code' | 'status'>, page?: string): Crumb[] {
	const statusClass = classOf(info.code);
	const parent: Crumb = statusClass
		? { label: `${statusClass.slug} ${statusClass.name}`, href: classUrl(statusClass.slug) }
		: isStatusCode(info)
			? { label: 'Unofficial codes', href: UNOFFICIAL_URL }
			: { label: 'Not status codes', href: NOT_STATUS_CODES_URL };
	const code = String(info.code);
	return [{ label: 'Home', href: HOME_URL }, parent, ...(page ? [{ label: code, href: codeUrl(info.code) }, { label: page }] : [{ label: code }])];
}

export function sortByCode<T extends { code: number }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => a.code - b.code);
}

export interface ClassGroup<T> {
	statusClass: StatusClass;
	/** Codes from the IANA registry (registered, unused, temporary, obsoleted). */
	official: T[];
	/** Numbers in this class that only vendors use. */
	unofficial: T[];
}

/** The five classes in order, each with its codes sorted; vendor numbers outside 100–599 are left out. */
export function groupByClass<T extends CodeInfo>(items: readonly T[]): ClassGroup<T>[] {
	const sorted = sortByCode(items);
	return STATUS_CLASSES.map((statusClass) => {
		const inClass = sorted.filter((item) => classOf(item.code)?.digit === statusClass.digit);
		return {
			statusClass,
			official: inClass.filter((item) => !isUnofficial(item)),
			unofficial: inClass.filter(isUnofficial),
		};
	});
}

/** The codes before and after `code` in numeric order. */
export function neighbours<T extends { code: number }>(items: readonly T[], code: number): { previous?: T; next?: T } {
	const sorted = sortByCode(items);
	const index = sorted.findIndex((item) => item.code === code);
	if (index === -1) return {};
	return { previous: sorted[index - 1], next: sorted[index + 1] };
}

export interface VendorGroup<T> {
	vendor: string;
	/** Each meaning, with the qualifier the entry adds to the vendor ("obsolete" in "Cloudflare (obsolete)"). */
	meanings: { entry: T; name: string; qualifier?: string }[];
}

/** Splits "Spring Framework (HttpStatus.METHOD_FAILURE)" into the vendor and its trailing qualifier. */
export function splitVendor(vendor: string): { vendor: string; qualifier?: string } {
	const match = vendor.match(/^(.*?)\s*\(([^)]*)\)\s*$/);
	return match ? { vendor: match[1], qualifier: match[2] } : { vendor };
}

/**
 * Vendor meanings grouped by vendor (qualifiers ignored), vendors alphabetical, codes ascending.
 * Entries that are not status codes are left out: their vendors report the number, none sends it.
 */
export function groupByVendor<T extends CodeInfo>(items: readonly T[]): VendorGroup<T>[] {
	const groups = new Map<string, VendorGroup<T>>();
	for (const entry of sortByCode(items.filter(isStatusCode))) {
		for (const meaning of entry.vendors) {
			const { vendor, qualifier } = splitVendor(meaning.vendor);
			const group = groups.get(vendor) ?? { vendor, meanings: [] };
			group.meanings.push({ entry, name: meaning.name, qualifier });
			groups.set(vendor, group);
		}
	}
	return [...groups.values()].sort((a, b) => a.vendor.localeCompare(b.vendor, 'en'));
}
