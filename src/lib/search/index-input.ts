/**
 * What the search index gets besides the text a visitor reads. The served pages carry
 * only visible text; the build writes this input (`INDEX_INPUT_URL`, removed again once
 * the index is built) and the indexer adds, to each page's HTML as it hands it to
 * Pagefind, the page's metadata, filters and weighted search terms
 * (`src/integrations/pagefind.ts`). Guide answers, which have no page of their own,
 * become records of their own.
 */
import type { CodeInfo } from '../codes/codes';
import { fullTitle } from '../codes/codes';
import type { GuideLeaf } from '../compare/guide';
import { type SearchTermGroup, type SearchTermSource, searchTermGroups } from './terms';
import { TERM_TEXT_WEIGHT } from './weights';
import { NAME_SEPARATOR } from './results';
import { classOf } from '../codes/status-classes';

/** Written by `src/pages/search-index-input.json.ts`, read and deleted by the indexer. */
export const INDEX_INPUT_URL = '/search-index-input.json';

/** Index-only additions to one served page. */
export interface IndexedPage {
	url: string;
	/** Shown with the result or used to rank it (`tagline`, `class`, `kind`, `vendors`, `type`, `codes`). */
	meta: Record<string, string>;
	/** Pagefind filters: `code` (code pages only), `class`, `kind`, `type`. */
	filters: Record<string, string[]>;
	/** Text a visitor does not read on the page, by field: each becomes a metadata field weighted by `META_WEIGHTS`. */
	terms: SearchTermGroup[];
}

/** An answer of the decision guide, indexed as a record of its own. */
export interface IndexedRecord {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

export interface IndexInput {
	pages: IndexedPage[];
	records: IndexedRecord[];
}

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

/** Between the terms of a field in its metadata value; the results table splits `names` on it. */
const TERM_SEPARATOR = NAME_SEPARATOR;

/**
 * The block the indexer reads inside the page's `data-pagefind-body` element: metadata
 * and filters (read by Pagefind inside an ignored element), and the search terms both as
 * metadata fields, which rank, and as weighted text, which matches like the page's own.
 */
export function indexOnlyHtml(page: IndexedPage): string {
	const fields = [...Object.entries(page.meta), ...page.terms.map((group) => [group.field, group.terms.join(TERM_SEPARATOR)] as const)];
	const meta = fields.map(([key, value]) => `<span data-pagefind-meta="${escapeHtml(key)}">${escapeHtml(value)}</span>`);
	const filters = Object.entries(page.filters).flatMap(([key, values]) => values.map((value) => `<span data-pagefind-filter="${escapeHtml(key)}">${escapeHtml(value)}</span>`));
	// Each term its own paragraph, so that the last word of one and the first of the next are not read as a phrase.
	const text = page.terms.flatMap((group) => group.terms).map((term) => `<p>${escapeHtml(term)}</p>`);
	return `<div data-pagefind-ignore>${[...meta, ...filters].join('')}</div>${text.length > 0 ? `<div data-pagefind-weight="${TERM_TEXT_WEIGHT}">${text.join('')}</div>` : ''}`;
}

const BODY_OPENING = /<[a-z][a-z0-9]*\b[^>]*\sdata-pagefind-body(?:[\s=][^>]*)?>/i;

/**
 * The page's HTML as the indexer gets it: the index-only block inserted at the start
 * of the `data-pagefind-body` element. Fails when the page has no such element, so a
 * page that lost it cannot silently drop out of search.
 */
export function indexedHtml(html: string, page: IndexedPage): string {
	const match = BODY_OPENING.exec(html);
	if (!match) throw new Error(`${page.url} has no data-pagefind-body element to add its search terms to`);
	const at = match.index + match[0].length;
	return html.slice(0, at) + indexOnlyHtml(page) + html.slice(at);
}

/** The URL path a built HTML file is served at: `codes/404/index.html` → `/codes/404/`. */
export function urlOfFile(relativePath: string): string {
	const path = relativePath.split(/[\\/]/).join('/');
	return `/${path.replace(/(?:^|\/)index\.html$/, (match) => (match.startsWith('/') ? '/' : '')).replace(/\.html$/, '')}`;
}

/** A code page's entry, as the index needs it. */
export interface IndexedCode extends SearchTermSource {
	tagline: string;
}

function kindOf(info: Pick<CodeInfo, 'status'>): string {
	return info.status === 'unofficial' || info.status === 'not-a-status' ? info.status : 'registered';
}

/** What the results list shows as a page's class: `4xx Client Error`, or for 0 that it is no status at all. */
function classMeta(info: Pick<CodeInfo, 'code' | 'status'>): string | undefined {
	const statusClass = classOf(info.code);
	if (statusClass) return `${statusClass.slug} ${statusClass.name}`;
	return info.status === 'not-a-status' ? NOT_A_STATUS_CLASS : undefined;
}

/** The class shown for numbers that are no status code (0, Warning codes, WinINet errors). */
export const NOT_A_STATUS_CLASS = 'Not a status code';

/** Guide answers that lead to `code`: the answer chosen last and why the code fits. */
function guideTerms(code: number, leaves: readonly GuideLeaf[]): string[] {
	return leaves.filter((leaf) => leaf.code === code).flatMap((leaf) => [leaf.answers.at(-1)!, leaf.why]);
}

export function codePage(url: string, entry: IndexedCode, leaves: readonly GuideLeaf[]): IndexedPage {
	const statusClass = classOf(entry.code);
	const kind = kindOf(entry);
	const guide = guideTerms(entry.code, leaves);
	const className = classMeta(entry);
	return {
		url,
		meta: {
			type: 'code',
			code: String(entry.code),
			tagline: entry.tagline,
			kind,
			...(className && { class: className }),
			...(entry.vendors.length > 0 && { vendors: entry.vendors.map((vendor) => vendor.vendor).join(', ') }),
		},
		filters: { type: ['code'], code: [String(entry.code)], kind: [kind], ...(statusClass && { class: [statusClass.slug] }) },
		terms: [...searchTermGroups(entry), ...(guide.length > 0 ? [{ field: 'guide' as const, terms: guide }] : [])],
	};
}

/** Filters a page about several codes shares with them: every class among them, and a kind only when all agree. */
function sharedFilters(codes: readonly Pick<CodeInfo, 'code' | 'status'>[]): Record<string, string[]> {
	const classes = [...new Set(codes.map((info) => classOf(info.code)?.slug).filter((slug) => slug !== undefined))];
	const kinds = [...new Set(codes.map(kindOf))];
	return { class: classes, ...(kinds.length === 1 && { kind: kinds }) };
}

/** `title`: the choice it helps with, in a few words; the page's `<title>`, so indexed like a search term. */
export function comparisonPage(url: string, title: string, codes: readonly Pick<CodeInfo, 'code' | 'status'>[]): IndexedPage {
	return {
		url,
		meta: { type: 'comparison', codes: codes.map((info) => info.code).join(' '), tagline: title },
		filters: { type: ['comparison'], ...sharedFilters(codes) },
		terms: [{ field: 'names', terms: [title] }],
	};
}

/** One record per answer of the decision guide that ends at a code. */
export function guideRecords(guideUrl: string, leaves: readonly GuideLeaf[], codes: ReadonlyMap<number, Pick<CodeInfo, 'code' | 'name' | 'knownAs' | 'status'>>): IndexedRecord[] {
	return leaves.map((leaf) => {
		const info = codes.get(leaf.code);
		if (!info) throw new Error(`the guide answer ${leaf.path} leads to ${leaf.code}, which has no entry`);
		const title = fullTitle(info);
		const steps = leaf.questions.flatMap((question, index) => [question, leaf.answers[index]]);
		return {
			url: `${guideUrl}#${leaf.path}`,
			content: [...steps, `Use ${title}.`, leaf.why].join(' '),
			meta: { title: `Use ${title}`, type: 'guide', code: String(leaf.code), tagline: leaf.answers.at(-1)! },
			filters: { type: ['guide'], ...sharedFilters([info]) },
		};
	});
}

/** A page that is indexed for what it says and needs only its result type: `/not-status-codes/`. */
export function typedPage(url: string, type: string): IndexedPage {
	return { url, meta: { type }, filters: {}, terms: [] };
}
