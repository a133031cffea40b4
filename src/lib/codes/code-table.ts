/**
 * The table of every code at `/codes/`: one row per entry, each cell taken
 * from the entry's own fields, in the words the code pages use.
 */
import type { CodeData } from '../../schemas/code';
import { displayName, STATUS_LABELS } from './codes';
import { CACHEABILITY, RETRY_SHORT } from './http-semantics';
import { classOf } from './status-classes';
import { codeUrl } from '../seo/urls';

/** The columns, in order: a key for scripts and tests, and the heading shown. */
export const CODE_TABLE_COLUMNS = [
	{ key: 'code', heading: 'Code' },
	{ key: 'name', heading: 'Name' },
	{ key: 'class', heading: 'Class' },
	{ key: 'status', heading: 'Status' },
	{ key: 'tagline', heading: 'In a few words' },
	{ key: 'caching', heading: 'Caching' },
	{ key: 'retry', heading: 'Retry' },
	{ key: 'spec', heading: 'Specification' },
] as const;

/** What the class column says for vendor numbers outside 100–599. */
export const NO_CLASS = 'None';
/** What the specification column says for a code that has none (unofficial codes). */
export const NO_SPEC = 'None';

export type TableCode = Pick<CodeData, 'code' | 'name' | 'knownAs' | 'status' | 'tagline' | 'cacheable' | 'retry' | 'spec'>;

export interface CodeTableRow {
	code: number;
	href: string;
	name: string;
	/** `4xx`, or `NO_CLASS`. */
	class: string;
	status: string;
	tagline: string;
	caching: string;
	retry: string;
	spec?: { text: string; href: string };
}

export function codeTableRow(entry: TableCode): CodeTableRow {
	return {
		code: entry.code,
		href: codeUrl(entry.code),
		name: displayName(entry),
		class: classOf(entry.code)?.slug ?? NO_CLASS,
		status: STATUS_LABELS[entry.status],
		tagline: entry.tagline,
		caching: CACHEABILITY[entry.cacheable].label,
		retry: RETRY_SHORT[entry.retry.advice],
		// No-break spaces keep "RFC 9110 §15.6.1" on one line in a narrow column.
		spec: entry.spec && { text: `${entry.spec.document} §${entry.spec.section}`.replaceAll(' ', '\u00a0'), href: entry.spec.url },
	};
}

/** Rows in code order. */
export function codeTableRows(entries: readonly TableCode[]): CodeTableRow[] {
	return [...entries].sort((a, b) => a.code - b.code).map(codeTableRow);
}

/** The values a filter select offers for a column: the statuses in the registry's order, the classes in order with `NO_CLASS` last. */
export function columnValues(rows: readonly CodeTableRow[], key: 'class' | 'status'): string[] {
	const present = new Set(rows.map((row) => row[key]));
	const order = key === 'status' ? Object.values(STATUS_LABELS) : [...present].sort((a, b) => Number(a === NO_CLASS) - Number(b === NO_CLASS) || a.localeCompare(b));
	return order.filter((value) => present.has(value));
}
