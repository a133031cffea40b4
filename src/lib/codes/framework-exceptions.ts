/**
 * What raises or returns a code by default in popular web frameworks,
 * `src/data/framework-exceptions.csv`: one row per code, framework and name
 * (sources in `src/data/README.md`). Parsing checks every row, so a bad row
 * fails the build with its line, its name and the field at fault.
 */
import { parseCsv } from '../content/csv';
import { isLinkTo, REFERENCE_HOSTS } from '../hosting/reference-hosts';

/** The frameworks, in page order, with the label the page shows. */
export const FRAMEWORKS = {
	django: 'Django',
	drf: 'Django REST framework',
	rails: 'Rails',
	spring: 'Spring',
	aspnetcore: 'ASP.NET Core',
	express: 'Express',
	nestjs: 'NestJS',
	fastapi: 'FastAPI',
	laravel: 'Laravel',
	flask: 'Flask (Werkzeug)',
	go: 'Go (net/http)',
} as const;
export type Framework = keyof typeof FRAMEWORKS;
export const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as Framework[];

/**
 * `exception`: raised or thrown, and turned into the code by the framework;
 * `helper`: a function, method or response class that returns the code;
 * `built-in`: the framework answers with the code on its own (router, server,
 * middleware, a setting's default).
 */
export const EXCEPTION_KINDS = ['exception', 'helper', 'built-in'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export const EXCEPTION_COLUMNS = ['code', 'framework', 'name', 'kind', 'note', 'source'] as const;
export const EXCEPTION_NOTE_MAX_LENGTH = 80;

/** One row: a name that produces `code` by default, as `/codes/<code>.json` gives it (without the code). */
export interface FrameworkException {
	framework: Framework;
	/** As written in code: `django.http.Http404`, `ActiveRecord::RecordNotFound`, `Results.NotFound()`. */
	name: string;
	kind: ExceptionKind;
	/** A few words: what triggers it by default. */
	note: string;
	/** The line or file in the framework's source, or its documentation. */
	source: string;
}

export interface FrameworkExceptionRow extends FrameworkException {
	code: number;
}

function isFramework(value: string): value is Framework {
	return Object.hasOwn(FRAMEWORKS, value);
}

function isKind(value: string): value is ExceptionKind {
	return (EXCEPTION_KINDS as readonly string[]).includes(value);
}

/** Parses and checks the table; throws one error listing every bad row, by line and field. */
export function parseFrameworkExceptions(text: string, file = 'src/data/framework-exceptions.csv'): FrameworkExceptionRow[] {
	const header = text.split(/\r?\n/, 1)[0];
	if (header !== EXCEPTION_COLUMNS.join(',')) {
		throw new Error(`${file}: the header must be "${EXCEPTION_COLUMNS.join(',')}", not "${header}"`);
	}
	const problems: string[] = [];
	const rows: FrameworkExceptionRow[] = [];
	parseCsv(text).forEach((record, index) => {
		const where = `${file} line ${index + 2} (${record.code} ${record.framework} ${record.name || '?'})`;
		const fail = (field: string, message: string) => problems.push(`${where}: ${field}: ${message}`);
		let valid = true;
		if (!/^[1-5]\d\d$/.test(record.code)) {
			fail('code', `"${record.code}" is not a status code from 100 to 599`);
			valid = false;
		}
		if (!isFramework(record.framework)) {
			fail('framework', `"${record.framework}" is not one of ${FRAMEWORK_IDS.join(', ')}`);
			valid = false;
		}
		if (!/^\S(.*\S)?$/.test(record.name)) {
			fail('name', 'is empty or starts or ends with a space');
			valid = false;
		} else if (record.name.includes('`')) {
			fail('name', 'is written without backticks');
			valid = false;
		}
		if (!isKind(record.kind)) {
			fail('kind', `"${record.kind}" is not one of ${EXCEPTION_KINDS.join(', ')}`);
			valid = false;
		}
		if (!/^\S(.*\S)?$/.test(record.note)) {
			fail('note', 'is empty or starts or ends with a space');
			valid = false;
		} else if (record.note.length > EXCEPTION_NOTE_MAX_LENGTH) {
			fail('note', `has ${record.note.length} characters; a few words (at most ${EXCEPTION_NOTE_MAX_LENGTH}) say what triggers it`);
			valid = false;
		} else if (/`|\*\*|\[[^\]]*\]\(/.test(record.note)) {
			fail('note', 'is plain text: no backticks, ** or [text](link)');
			valid = false;
		} else if (/['"]/.test(record.note)) {
			fail('note', 'is shown as typeset text: write ’ and “ ” instead of straight quotes');
			valid = false;
		}
		if (!isLinkTo(record.source, REFERENCE_HOSTS)) {
			fail('source', `"${record.source}" is not an https link to a known reference host (src/lib/hosting/reference-hosts.ts)`);
			valid = false;
		}
		if (!valid || !isFramework(record.framework) || !isKind(record.kind)) return;
		const row: FrameworkExceptionRow = {
			code: Number(record.code),
			framework: record.framework,
			name: record.name,
			kind: record.kind,
			note: record.note,
			source: record.source,
		};
		if (rows.some((other) => other.code === row.code && other.framework === row.framework && other.name === row.name)) {
			fail('name', 'is listed twice for this code and framework');
			return;
		}
		rows.push(row);
	});
	if (problems.length > 0) throw new Error(`Framework exceptions table:\n${problems.join('\n')}`);
	return rows;
}

/** The rows by code, each code's rows in page order: by framework, then as the table lists them. */
export function groupExceptionsByCode(rows: readonly FrameworkExceptionRow[]): Map<number, FrameworkException[]> {
	const byCode = new Map<number, FrameworkException[]>();
	const sorted = rows
		.map((row, index) => ({ row, index }))
		.sort((a, b) => FRAMEWORK_IDS.indexOf(a.row.framework) - FRAMEWORK_IDS.indexOf(b.row.framework) || a.index - b.index);
	for (const { row } of sorted) {
		const { code, ...exception } = row;
		const list = byCode.get(code) ?? [];
		list.push(exception);
		byCode.set(code, list);
	}
	return byCode;
}

/** A framework's rows for one code, as the page groups them. */
export interface ExceptionGroup {
	framework: Framework;
	label: string;
	items: FrameworkException[];
}

/** Groups one code's rows by framework, frameworks in page order, rows in their given order. */
export function exceptionGroups(exceptions: readonly FrameworkException[]): ExceptionGroup[] {
	return FRAMEWORK_IDS.flatMap((framework) => {
		const items = exceptions.filter((exception) => exception.framework === framework);
		return items.length > 0 ? [{ framework, label: FRAMEWORKS[framework], items }] : [];
	});
}

/**
 * What search indexes a name under: the name without its qualifier and
 * arguments (`Results.NotFound()` → `NotFound`, `django.http.Http404` →
 * `Http404`), and only when that is an identifier no prose would use
 * (`ModelNotFoundException`, `get_object_or_404`), not a plain word such as
 * `json`, `Redirect` or `Server`, which would match unrelated searches.
 */
export function exceptionSearchTerm(name: string): string | undefined {
	const bare = name.replace(/\(.*$/s, '').replace(/^.*(?:::|\.|->)(?=[A-Za-z_])/, '');
	return /[a-z][A-Z]|[A-Z]{2}[a-z]|_|\d/.test(bare) ? bare : undefined;
}
