/**
 * The side-by-side table of a comparison page, built from the structured
 * fields of the entries so that no fact is typed twice.
 */
import type { CodeData } from '../schemas/code';
import { citationLabel } from './citations';
import { CACHEABILITY, cacheabilitySpec, HEADER_ROLES, PERMANENCE, REDIRECT_METHOD, RETRY_ADVICE } from './http-semantics';

/** The rows a comparison can show, with their headings, in no particular order. */
export const COMPARISON_PROPERTIES = {
	summary: 'In short',
	permanence: 'Permanent or temporary',
	method: 'Method when the client follows it',
	cacheable: 'Caching',
	headers: 'Headers',
	retry: 'What the client does next',
	spec: 'Defined in',
} as const;

export type ComparisonProperty = keyof typeof COMPARISON_PROPERTIES;
export const COMPARISON_PROPERTY_KEYS = Object.keys(COMPARISON_PROPERTIES) as [ComparisonProperty, ...ComparisonProperty[]];

/** The entry fields the table reads. */
export type ComparableCode = Pick<CodeData, 'code' | 'summary' | 'spec' | 'headers' | 'cacheable' | 'retry' | 'permanence' | 'redirect'>;

/** A link to the section that states a fact, named after it ("RFC 9110 §15.1"), never the fact itself. */
export interface Citation {
	label: string;
	href: string;
}

/**
 * One line in a cell: an optional header name, the text, the section that says
 * so and a note. A line that only points at a section (the "Defined in" row)
 * has a citation and no text.
 */
export interface CellLine {
	field?: string;
	text?: string;
	cite?: Citation;
	note?: string;
}

const cite = (href: string): Citation => ({ label: citationLabel(href), href });

export interface ComparisonRow {
	property: ComparisonProperty;
	heading: string;
	/** One cell per code, in column order. */
	cells: CellLine[][];
}

function cell(property: ComparisonProperty, entry: ComparableCode): CellLine[] {
	switch (property) {
		case 'summary':
			return [{ text: entry.summary }];
		case 'permanence':
			return [entry.permanence ? { text: PERMANENCE[entry.permanence.value], cite: cite(entry.permanence.cite) } : { text: 'Not stated' }];
		case 'method':
			return [entry.redirect ? { text: REDIRECT_METHOD[entry.redirect.method], cite: cite(entry.redirect.cite) } : { text: 'Not a redirect' }];
		case 'cacheable':
			return [{ text: CACHEABILITY[entry.cacheable].label, cite: cite(cacheabilitySpec(entry.code)) }];
		case 'headers':
			return entry.headers.length > 0
				? entry.headers.map((header) => ({ field: header.name, text: HEADER_ROLES[header.role], ...(header.cite && { cite: cite(header.cite) }) }))
				: [{ text: 'None in particular' }];
		case 'retry':
			return [{ text: RETRY_ADVICE[entry.retry.advice], note: entry.retry.note }];
		case 'spec':
			return [entry.spec ? { cite: { label: `${entry.spec.document} §${entry.spec.section}`, href: entry.spec.url } } : { text: 'No specification: a vendor code' }];
	}
}

/** Rows in the order asked for, each with one cell per code in the order given. */
export function buildComparisonTable(entries: readonly ComparableCode[], properties: readonly ComparisonProperty[]): ComparisonRow[] {
	return properties.map((property) => ({
		property,
		heading: COMPARISON_PROPERTIES[property],
		cells: entries.map((entry) => cell(property, entry)),
	}));
}
