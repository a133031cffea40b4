/**
 * Numbers people take for HTTP status codes that are none: the Warning header's warn-codes
 * (110–299, obsolete since RFC 9111) and the WinINet error numbers Internet Explorer put in
 * `XMLHttpRequest.status` (12002–12152). One page explains them (`/not-status-codes/`), with
 * an anchor per number, and each number is its own search record pointing at that anchor.
 * Pure: the tables come in as CSV text (`src/data/warn-codes.csv`, `src/data/wininet-errors.csv`).
 */
import { parseCsv } from '../content/csv';
import { isLinkTo, REFERENCE_HOSTS } from '../hosting/reference-hosts';
import { typeset } from '../content/typography';
import { NOT_STATUS_CODES_URL } from '../seo/urls';

export interface NotStatusNumber {
	/** The number as people see it, e.g. 110 or 12029. */
	number: number;
	/** What the number is called: the warn-code's name or the Windows constant. */
	name: string;
	/** One or two sentences, the project's own wording. */
	meaning: string;
	/** The primary source for this number. */
	source: string;
	/** The source's label, e.g. `RFC 7234 §5.5.1`. */
	sourceLabel: string;
	/** The anchor of its explanation on the page, e.g. `warn-110`. */
	anchor: string;
}

export interface NotStatusGroup {
	/** Section id on the page: `warning` or `wininet`. */
	id: 'warning' | 'wininet';
	/** Heading of the section and label of each search result. */
	title: string;
	/** What a search result says under the title. */
	tagline: string;
	/** Words a visitor may type for any number of the group. */
	keywords: string[];
	numbers: NotStatusNumber[];
}

const RFC7234 = 'https://www.rfc-editor.org/rfc/rfc7234';
export const WININET_ERRORS_DOC = 'https://learn.microsoft.com/en-us/windows/win32/wininet/wininet-errors';

function required(row: Record<string, string>, field: string, file: string, line: number): string {
	const value = row[field]?.trim();
	if (!value) throw new Error(`${file} line ${line}: ${field} is empty`);
	return value;
}

function number(row: Record<string, string>, file: string, line: number, min: number, max: number): number {
	const value = Number(required(row, 'code', file, line));
	if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${file} line ${line}: code ${row.code} is not between ${min} and ${max}`);
	return value;
}

/** Checks what every group must hold: unique numbers in ascending order, sources on the reference allow-list. */
function checked(group: NotStatusGroup, file: string): NotStatusGroup {
	group.numbers.forEach((item, index) => {
		if (!isLinkTo(item.source, REFERENCE_HOSTS)) throw new Error(`${file}: the source of ${item.number} is not an https link to a reference host`);
		if (index > 0 && item.number <= group.numbers[index - 1].number) throw new Error(`${file}: ${item.number} is out of order or repeated`);
	});
	return group;
}

/** `warn-codes.csv`: code, name, section of RFC 7234, meaning. Warn-codes are three digits, 1xx or 2xx (RFC 7234 §5.5). */
export function parseWarnCodes(csv: string, file = 'src/data/warn-codes.csv'): NotStatusGroup {
	const numbers = parseCsv(csv).map((row, index) => {
		const line = index + 2;
		const code = number(row, file, line, 100, 299);
		const section = required(row, 'section', file, line);
		if (!/^5\.5\.\d$/.test(section)) throw new Error(`${file} line ${line}: section ${section} is not in RFC 7234 §5.5`);
		return {
			number: code,
			name: required(row, 'name', file, line),
			meaning: typeset(required(row, 'meaning', file, line)),
			source: `${RFC7234}#section-${section}`,
			sourceLabel: `RFC 7234 §${section}`,
			anchor: `warn-${code}`,
		};
	});
	return checked(
		{
			id: 'warning',
			title: 'Warning header code',
			tagline: 'Not a status code: a warn-code of the obsolete Warning header',
			keywords: ['warning header', 'warn code', 'warn-code', 'cache warning', 'obsolete'],
			numbers,
		},
		file,
	);
}

/** `wininet-errors.csv`: code, Windows constant, meaning. WinINet's own errors are numbered from 12000 (`INTERNET_ERROR_BASE`). */
export function parseWininetErrors(csv: string, file = 'src/data/wininet-errors.csv'): NotStatusGroup {
	const numbers = parseCsv(csv).map((row, index) => {
		const line = index + 2;
		const code = number(row, file, line, 12000, 12999);
		const name = required(row, 'constant', file, line);
		if (!/^ERROR_[A-Z_]+$/.test(name)) throw new Error(`${file} line ${line}: ${name} is not a Windows error constant`);
		return { number: code, name, meaning: typeset(required(row, 'meaning', file, line)), source: `${WININET_ERRORS_DOC}#${name}`, sourceLabel: `Microsoft: ${name}`, anchor: `wininet-${code}` };
	});
	return checked(
		{
			id: 'wininet',
			title: 'Windows (WinINet) error',
			tagline: 'Not a status code: a Windows network error Internet Explorer reported as the status',
			keywords: ['wininet', 'internet explorer', 'ie', 'xmlhttprequest status', 'xhr status', 'windows error'],
			numbers,
		},
		file,
	);
}

/** The link to one number's explanation. */
export function notStatusUrl(item: Pick<NotStatusNumber, 'anchor'>): string {
	return `${NOT_STATUS_CODES_URL}#${item.anchor}`;
}

/** A search record in the shape of Pagefind's `addCustomRecord`. */
export interface SearchRecord {
	url: string;
	content: string;
	language: 'en';
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/**
 * One search record per number, so that "110" or "12029" finds its own explanation rather
 * than the whole page. The records carry the same metadata as code pages (title, tagline,
 * class, kind) so the results table shows them like any other result; they have no `code`
 * filter, which is reserved for numbers with a code page.
 */
export function searchRecords(groups: readonly NotStatusGroup[]): SearchRecord[] {
	return groups.flatMap((group) =>
		group.numbers.map((item) => {
			const terms = [`${item.number}`, `http ${item.number}`, `status ${item.number}`, `error ${item.number}`, ...group.keywords];
			return {
				url: notStatusUrl(item),
				content: `${item.number} ${item.name}. ${group.title} ${item.number}, not an HTTP status code. ${item.meaning} ${terms.join(', ')}.`,
				language: 'en',
				meta: { title: `${item.number} ${item.name}`, tagline: group.tagline, class: 'Not a status code', kind: 'not-a-status' },
				filters: { kind: ['not-a-status'] },
			};
		}),
	);
}
