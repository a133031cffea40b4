/**
 * The framework constants table, `src/data/language-constants.csv`: one row per
 * constant name, with the library versions that added, deprecated and removed it
 * (sources in `src/data/README.md`). Parsing checks every row, so a bad row fails
 * the build with its line, its constant and the field at fault.
 */
import { parseCsv } from '../content/csv';

/** The columns of the "In code" table and the keys of `constants` in the JSON data. */
export const LANGUAGES = ['go', 'python', 'rust', 'dotnet', 'spring', 'symfony', 'rack'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LibraryInfo {
	/** The `constants` key it is listed under. */
	language: Language;
	/** Row label on the page. */
	label: string;
	/** How a name is written, qualifier included; a name in another form is a data error. */
	pattern: RegExp;
	/**
	 * The oldest release line still in wide use. A name added after it shows its
	 * version on the page ("3.13+"); older names show none.
	 */
	baseline: string;
	/** Put before a version on the page, e.g. `.NET 8`. */
	versionPrefix?: string;
}

/**
 * Every library the table covers, in page order. ASP.NET Core is listed under
 * `dotnet` but is its own library: `Microsoft.AspNetCore.Http.StatusCodes`, not
 * `System.Net.HttpStatusCode`; its row shows only where it has a name the other lacks.
 */
export const LIBRARIES = {
	go: { language: 'go', label: 'Go (net/http)', pattern: /^http\.Status[A-Za-z]+$/, baseline: '1.19' },
	python: { language: 'python', label: 'Python (http)', pattern: /^HTTPStatus\.[A-Z_]+$/, baseline: '3.9' },
	rust: { language: 'rust', label: 'Rust (http crate)', pattern: /^http::StatusCode::[A-Z_]+$/, baseline: '0.2' },
	dotnet: {
		language: 'dotnet',
		label: '.NET (System.Net)',
		pattern: /^HttpStatusCode\.[A-Za-z]+$/,
		baseline: '6.0',
		versionPrefix: '.NET ',
	},
	aspnetcore: {
		language: 'dotnet',
		label: 'ASP.NET Core (Microsoft.AspNetCore.Http)',
		pattern: /^StatusCodes\.Status\d{3}[A-Za-z]+$/,
		baseline: '6.0',
	},
	spring: { language: 'spring', label: 'Spring', pattern: /^HttpStatus\.[A-Z_]+$/, baseline: '6.2' },
	symfony: { language: 'symfony', label: 'Symfony', pattern: /^Response::HTTP_[A-Z_]+$/, baseline: '5.4' },
	rack: { language: 'rack', label: 'Ruby (Rack, Rails)', pattern: /^:[a-z_]+$/, baseline: '2.2' },
} as const satisfies Record<string, LibraryInfo>;
export type Library = keyof typeof LIBRARIES;
export const LIBRARY_IDS = Object.keys(LIBRARIES) as Library[];

/** One row of the table. Versions are the library's own release numbers, e.g. `3.13`, `6.0.5`. */
export interface ConstantRow {
	code: number;
	library: Library;
	/** As written in code, qualifier included: `HTTPStatus.CONTENT_TOO_LARGE`, `:content_too_large`. */
	name: string;
	/** First release with the name; absent when not recorded. */
	since?: string;
	/** Release that deprecated it. */
	deprecated?: string;
	/** First release without it. */
	removed?: string;
	/** Last release line that still had it (with `removed`). */
	last?: string;
	/** The older name of the same code and library that this one supersedes. */
	replaces?: string;
}

/** A constant as the pages and the JSON data give it. */
export interface ConstantName {
	name: string;
	/** Not for new code: deprecated, or removed (then `removedIn` says since when). */
	deprecated: boolean;
	library: Library;
	since?: string;
	deprecatedSince?: string;
	removedIn?: string;
	lastIn?: string;
	replaces?: string;
}

export const CONSTANT_COLUMNS = ['code', 'library', 'name', 'since', 'deprecated', 'removed', 'last', 'replaces'] as const;
export const VERSION_PATTERN = /^\d+(\.\d+){0,2}$/;

/** Orders release numbers: `-1` when a is older, `0` when equal (`7.0` = `7.0.0`), `1` when newer. */
export function compareVersions(a: string, b: string): number {
	const left = a.split('.').map(Number);
	const right = b.split('.').map(Number);
	for (let i = 0; i < Math.max(left.length, right.length); i++) {
		const difference = (left[i] ?? 0) - (right[i] ?? 0);
		if (difference !== 0) return Math.sign(difference);
	}
	return 0;
}

function isLibrary(value: string): value is Library {
	return Object.hasOwn(LIBRARIES, value);
}

/** Parses and checks the table; throws one error listing every bad row, by line and field. */
export function parseConstantTable(text: string, file = 'src/data/language-constants.csv'): ConstantRow[] {
	const problems: string[] = [];
	const header = text.split(/\r?\n/, 1)[0];
	if (header !== CONSTANT_COLUMNS.join(',')) {
		throw new Error(`${file}: the header must be "${CONSTANT_COLUMNS.join(',')}", not "${header}"`);
	}
	const rows: ConstantRow[] = [];
	const lines = new Map<ConstantRow, number>();
	parseCsv(text).forEach((record, index) => {
		const line = index + 2;
		const where = `${file} line ${line} (${record.code} ${record.library} ${record.name || '?'})`;
		const fail = (field: string, message: string) => problems.push(`${where}: ${field}: ${message}`);
		if (!/^\d{3}$/.test(record.code)) fail('code', `"${record.code}" is not a three-digit status code`);
		if (!isLibrary(record.library)) {
			fail('library', `"${record.library}" is not one of ${LIBRARY_IDS.join(', ')}`);
			return;
		}
		const info: LibraryInfo = LIBRARIES[record.library];
		if (!info.pattern.test(record.name)) fail('name', `"${record.name}" is not written like a ${info.label} constant (${info.pattern})`);
		for (const field of ['since', 'deprecated', 'removed', 'last'] as const) {
			if (record[field] && !VERSION_PATTERN.test(record[field])) fail(field, `"${record[field]}" is not a release number such as 3.13 or 6.0.5`);
		}
		const row: ConstantRow = {
			code: Number(record.code),
			library: record.library,
			name: record.name,
			...(record.since && { since: record.since }),
			...(record.deprecated && { deprecated: record.deprecated }),
			...(record.removed && { removed: record.removed }),
			...(record.last && { last: record.last }),
			...(record.replaces && { replaces: record.replaces }),
		};
		const valid = (value?: string): value is string => value !== undefined && VERSION_PATTERN.test(value);
		if (row.removed && !row.last) fail('last', 'a removed name needs the last release line that had it');
		if (row.last && !row.removed) fail('removed', 'a name with a last release needs the release that removed it');
		if (valid(row.last) && valid(row.removed) && compareVersions(row.last, row.removed) >= 0) fail('last', `${row.last} is not before the removal in ${row.removed}`);
		if (valid(row.since) && valid(row.deprecated) && compareVersions(row.since, row.deprecated) > 0) fail('deprecated', `${row.deprecated} is before the name appeared in ${row.since}`);
		if (valid(row.since) && valid(row.removed) && compareVersions(row.since, row.removed) >= 0) fail('removed', `${row.removed} is not after the name appeared in ${row.since}`);
		if (valid(row.deprecated) && valid(row.removed) && compareVersions(row.deprecated, row.removed) > 0) fail('deprecated', `${row.deprecated} is after the removal in ${row.removed}`);
		if (row.replaces === row.name) fail('replaces', 'a name cannot replace itself');
		if (rows.some((other) => other.code === row.code && other.library === row.library && other.name === row.name)) fail('name', 'is listed twice for this code and library');
		rows.push(row);
		lines.set(row, line);
	});
	for (const row of rows) {
		if (row.replaces && !rows.some((other) => other.code === row.code && other.library === row.library && other.name === row.replaces)) {
			problems.push(`${file} line ${lines.get(row)} (${row.code} ${row.library} ${row.name}): replaces: "${row.replaces}" has no row of its own for ${row.code} in ${row.library}`);
		}
	}
	for (const row of rows) {
		let current: ConstantRow | undefined = row;
		for (let step = 0; current?.replaces && step <= rows.length; step++) {
			const target: string = current.replaces;
			current = rows.find((other) => other.code === row.code && other.library === row.library && other.name === target);
			if (current === row) {
				problems.push(`${file} line ${lines.get(row)} (${row.code} ${row.library} ${row.name}): replaces: the names replace each other in a circle`);
				break;
			}
		}
	}
	if (problems.length > 0) throw new Error(`Framework constants table:\n${problems.join('\n')}`);
	return rows;
}

/** A row as the pages and the JSON data give it. */
export function toConstantName(row: ConstantRow): ConstantName {
	return {
		name: row.name,
		deprecated: Boolean(row.deprecated || row.removed),
		library: row.library,
		...(row.since && { since: row.since }),
		...(row.deprecated && { deprecatedSince: row.deprecated }),
		...(row.removed && { removedIn: row.removed }),
		...(row.last && { lastIn: row.last }),
		...(row.replaces && { replaces: row.replaces }),
	};
}

/** The rows by code, then by language, in table order. */
export function groupByCode(rows: readonly ConstantRow[]): Map<number, Record<Language, ConstantName[]>> {
	const byCode = new Map<number, Record<Language, ConstantName[]>>();
	for (const row of rows) {
		let languages = byCode.get(row.code);
		if (!languages) {
			languages = Object.fromEntries(LANGUAGES.map((language) => [language, []])) as unknown as Record<Language, ConstantName[]>;
			byCode.set(row.code, languages);
		}
		languages[LIBRARIES[row.library].language].push(toConstantName(row));
	}
	return byCode;
}
