/**
 * The side-by-side table of a comparison page, built from the structured
 * fields of the entries so that no fact is typed twice.
 */
import type { CodeData } from '../../schemas/code';
import { CLIENT_IDS, CLIENTS, type CodeBehaviour, type Observation } from '../lab/client-behaviour';
import { citationLabel } from '../content/citations';
import { CACHEABILITY, cacheabilitySpec, HEADER_ROLES, keysOf, PERMANENCE, REDIRECT_METHOD, RETRY_ADVICE } from '../codes/http-semantics';
import { CLIENTS_URL } from '../seo/urls';

/** The rows a comparison can show, with their headings, in no particular order. */
export const COMPARISON_PROPERTIES = {
	summary: 'In short',
	permanence: 'Permanent or temporary',
	method: 'Method when the client follows it',
	cacheable: 'Caching',
	headers: 'Headers',
	retry: 'What the client does next',
	spec: 'Defined in',
	clientPost: 'A POST in real clients',
	clientRetry: 'Real clients retry',
	clientPrompt: 'Browsers ask for credentials',
} as const;

export type ComparisonProperty = keyof typeof COMPARISON_PROPERTIES;
export const COMPARISON_PROPERTY_KEYS = keysOf(COMPARISON_PROPERTIES);

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

/** What the client lab observed, in a word per client; clients with the same word share a line. */
const MEASURED: Partial<Record<ComparisonProperty, (observation: Observation) => string>> = {
	clientPost: (item) => (!item.post ? 'not followed' : item.post.method !== 'POST' ? `becomes ${item.post.method}` : item.post.body ? 'stays a POST with its body' : 'stays a POST, body lost'),
	clientRetry: (item) => (item.retries === 0 ? 'no retry' : item.waited ? 'retried after Retry-After' : 'retried at once'),
	clientPrompt: (item) => (item.prompt ? 'a prompt' : 'no prompt'),
};

/**
 * The lines of a measured cell: each outcome with the clients that had it, in table order, the most common
 * last as "every other client" ("Becomes GET: every client" when all agree), the last line pointing at the
 * lab's page. Prompts are counted among browsers only: no other client has one to show.
 */
function measuredCell(property: ComparisonProperty, behaviour: CodeBehaviour | undefined): CellLine[] {
	const word = MEASURED[property]!;
	const ids = CLIENT_IDS.filter((id) => behaviour?.clients[id] && (property !== 'clientPrompt' || /^(chromium|firefox)-/.test(id)));
	if (!behaviour || ids.length === 0) return [{ text: 'Not measured' }];
	const groups = new Map<string, string[]>();
	for (const id of ids) {
		const text = word(behaviour.clients[id]!);
		groups.set(text, [...(groups.get(text) ?? []), CLIENTS[id].label]);
	}
	const kind = property === 'clientPrompt' ? 'browser' : 'client';
	const [common] = [...groups].sort((a, b) => b[1].length - a[1].length)[0];
	const sentence = (text: string, clients: string) => ({ text: `${text[0].toUpperCase()}${text.slice(1)}: ${clients}` });
	const lines: CellLine[] = [
		...[...groups].filter(([text]) => text !== common).map(([text, clients]) => sentence(text, clients.join(', '))),
		sentence(common, groups.size === 1 ? `every ${kind}` : `every other ${kind}`),
	];
	lines[lines.length - 1].cite = { label: 'client lab', href: CLIENTS_URL };
	return lines;
}

export interface ComparisonRow {
	property: ComparisonProperty;
	heading: string;
	/** One cell per code, in column order. */
	cells: CellLine[][];
}

function cell(property: ComparisonProperty, entry: ComparableCode, behaviour: CodeBehaviour | undefined): CellLine[] {
	switch (property) {
		case 'clientPost':
		case 'clientRetry':
		case 'clientPrompt':
			return measuredCell(property, behaviour);
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

/** Rows in the order asked for, each with one cell per code in the order given; the measured rows read `behaviour` (the client lab's data). */
export function buildComparisonTable(
	entries: readonly ComparableCode[],
	properties: readonly ComparisonProperty[],
	behaviour: (code: number) => CodeBehaviour | undefined = () => undefined,
): ComparisonRow[] {
	return properties.map((property) => ({
		property,
		heading: COMPARISON_PROPERTIES[property],
		cells: entries.map((entry) => cell(property, entry, behaviour(entry.code))),
	}));
}
