/**
 * Browser support for status codes, from MDN's browser-compat-data (`@mdn/browser-compat-data`,
 * CC0, pinned in package.json). Only the part read here is validated, with Zod: the `__meta`
 * block and every `http.status` feature with its sub-features. If a new release changes that
 * shape, the build fails with the path of the first value that no longer fits, instead of
 * showing a wrong table. Pure: the caller hands in the parsed package data.
 */
import { z } from 'astro/zod';

/** The four browsers the table shows, in column order. */
export const BROWSERS = [
	{ id: 'chrome', label: 'Chrome' },
	{ id: 'edge', label: 'Edge' },
	{ id: 'firefox', label: 'Firefox' },
	{ id: 'safari', label: 'Safari' },
] as const;

export type BrowserId = (typeof BROWSERS)[number]['id'];
export const BROWSER_IDS = BROWSERS.map((browser) => browser.id) as [BrowserId, ...BrowserId[]];

/** Where the data comes from, for the page and for codes.json. */
export const BCD_PACKAGE = '@mdn/browser-compat-data';
export const BCD_REPOSITORY = 'https://github.com/mdn/browser-compat-data';

/** A release number as BCD writes it once published: `103`, `20.0`, `≤79`, or `preview`. */
const VERSION = /^(≤)?\d+(\.\d+)*$|^preview$/;
const version = z.string().regex(VERSION, { error: 'must be a release number such as 103 or ≤79' });

const statement = z.looseObject({
	/** The first release with support, false for none, null for unknown. */
	version_added: z.union([version, z.literal(false), z.null()]),
	version_removed: z.union([version, z.literal(false), z.null()]).optional(),
	partial_implementation: z.boolean().optional(),
	flags: z.array(z.looseObject({ type: z.string(), name: z.string() })).optional(),
	notes: z.union([z.string(), z.array(z.string())]).optional(),
});

const compat = z.looseObject({
	description: z.string().optional(),
	mdn_url: z.string().url().optional(),
	support: z.looseObject(Object.fromEntries(BROWSER_IDS.map((id) => [id, z.union([statement, z.array(statement).min(1)])])) as unknown as Record<BrowserId, z.ZodType>),
});

/** A feature: its own compatibility, and a sub-feature under every other key (BCD's rule). */
type FeatureData = { __compat: z.infer<typeof compat> } & { [key: string]: unknown };
const feature: z.ZodType<FeatureData> = z.lazy(() => z.object({ __compat: compat }).catchall(feature)) as z.ZodType<FeatureData>;

const bcdShape = z.looseObject({
	__meta: z.looseObject({ version: z.string().regex(/^\d+\.\d+\.\d+$/), timestamp: z.string().regex(/^\d{4}-\d{2}-\d{2}T/) }),
	http: z.looseObject({
		status: z.record(z.string().regex(/^[1-5]\d\d$/, { error: 'must be a three-digit status code' }), feature),
	}),
});

/** One browser's support for one feature, from the first (current) statement BCD gives. */
export interface BrowserSupportCell {
	/** First release with support; false when no release supports it; null when unknown. */
	added: string | false | null;
	/** First release without it again, when support was removed. */
	removed?: string;
	/** Only behind these flags or preferences. */
	flags?: string[];
	/** Supported, but not completely. */
	partial?: boolean;
	/** BCD's notes, as plain text. */
	notes?: string[];
}

export interface SupportFeature {
	/** BCD's key, e.g. `http.status.103.preload`. */
	key: string;
	/** What the row is about: `103` for the code itself, else BCD's description (`rel=preload`). */
	name: string;
	browsers: Record<BrowserId, BrowserSupportCell>;
}

export interface BrowserSupport {
	source: { package: string; version: string; date: string; url: string };
	/** MDN's page for the code. */
	mdn?: string;
	/** The code itself first, then its sub-features in BCD's order. */
	features: SupportFeature[];
}

/** BCD notes and descriptions carry a little HTML (`<code>`, links); the page and the JSON show plain text. */
export function plainText(html: string): string {
	const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&(lt|gt|quot|#39|amp);/g, (entity) => entities[entity])
		.replace(/\s+/g, ' ')
		.trim();
}

function cell(value: unknown): BrowserSupportCell {
	const first = (Array.isArray(value) ? value[0] : value) as z.infer<typeof statement>;
	const notes = first.notes === undefined ? [] : (Array.isArray(first.notes) ? first.notes : [first.notes]).map(plainText);
	return {
		added: first.version_added,
		...(typeof first.version_removed === 'string' && { removed: first.version_removed }),
		...(first.flags?.length && { flags: first.flags.map((flag) => flag.name) }),
		...(first.partial_implementation && { partial: true }),
		...(notes.length > 0 && { notes }),
	};
}

function features(key: string, name: string, data: FeatureData): SupportFeature[] {
	const support = data.__compat.support as Record<BrowserId, unknown>;
	const own: SupportFeature = { key, name, browsers: Object.fromEntries(BROWSER_IDS.map((id) => [id, cell(support[id])])) as Record<BrowserId, BrowserSupportCell> };
	const children = Object.entries(data)
		.filter(([child]) => child !== '__compat')
		.flatMap(([child, value]) => {
			const sub = value as FeatureData;
			return features(`${key}.${child}`, sub.__compat.description ? plainText(sub.__compat.description) : child, sub);
		});
	return [own, ...children];
}

/** Why the data cannot be used, naming the first paths that no longer fit. */
export class BrowserDataError extends Error {}

/**
 * Every `http.status` entry of the package, by code. Throws a `BrowserDataError` naming the
 * package version and the paths that changed shape.
 */
export function browserSupportByCode(data: unknown): Map<number, BrowserSupport> {
	const result = bcdShape.safeParse(data);
	if (!result.success) {
		const version = (data as { __meta?: { version?: unknown } } | undefined)?.__meta?.version;
		const problems = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		throw new BrowserDataError(
			`${BCD_PACKAGE}${typeof version === 'string' ? ` ${version}` : ''} no longer has the shape src/lib/codes/browser-support.ts reads:\n  ${problems.join('\n  ')}\nPin the version that worked in package.json, or update the schema in browser-support.ts.`,
		);
	}
	const { __meta: meta, http } = result.data;
	const source = { package: BCD_PACKAGE, version: meta.version, date: meta.timestamp.slice(0, 10), url: BCD_REPOSITORY };
	return new Map(
		Object.entries(http.status)
			.map(([code, data]) => {
				const entry: BrowserSupport = {
					source,
					...(data.__compat.mdn_url && { mdn: data.__compat.mdn_url }),
					features: features(`http.status.${code}`, code, data),
				};
				return [Number(code), entry] as const;
			})
			.sort(([a], [b]) => a - b),
	);
}

/** What a table cell says: `103`, `No`, `76 (flag)`, `≤79`, `Unknown`. */
export function cellLabel(value: BrowserSupportCell): string {
	if (value.added === false) return 'No';
	if (value.added === null) return 'Unknown';
	const range = value.removed ? `${value.added}–${value.removed}` : value.added;
	return `${range}${value.flags ? ' (flag)' : ''}${value.partial ? ' (partial)' : ''}`;
}

/** The notes under a table, each once, with the browsers it applies to: `Chrome, Edge, Safari: Supported in HTTP/2 and later only.` */
export function footnotes(support: BrowserSupport): { feature: string; browsers: string[]; text: string }[] {
	const notes: { feature: string; browsers: string[]; text: string }[] = [];
	for (const item of support.features) {
		for (const browser of BROWSERS) {
			const value = item.browsers[browser.id];
			const texts = [...(value.notes ?? []), ...(value.flags ? [`Behind the flag ${value.flags.join(', ')}.`] : [])];
			for (const text of texts) {
				const existing = notes.find((note) => note.feature === item.name && note.text === text);
				if (existing) existing.browsers.push(browser.label);
				else notes.push({ feature: item.name, browsers: [browser.label], text });
			}
		}
	}
	return notes;
}
