/**
 * The reference tables in `src/data/` (copied from the project's shared data),
 * parsed once. They are facts to check entries against, never prose to copy.
 */
import exceptionsCsv from '../../data/framework-exceptions.csv?raw';
import ianaCsv from '../../data/iana-http-status-codes.csv?raw';
import constantsCsv from '../../data/language-constants.csv?raw';
import unofficialCsv from '../../data/unofficial-http-status-codes.csv?raw';
import { type ConstantName, type ConstantRow, groupByCode, type Language, parseConstantTable } from '../codes/constant-table';
import { parseCsv } from './csv';
import { type FrameworkException, type FrameworkExceptionRow, groupExceptionsByCode, parseFrameworkExceptions } from '../codes/framework-exceptions';

export { type ConstantName, type Language, LANGUAGES } from '../codes/constant-table';

export const REGISTRY_STATUSES = ['registered', 'unused', 'temporary', 'obsoleted'] as const;
export type RegistryStatus = (typeof REGISTRY_STATUSES)[number];

export interface RegistryRow {
	code: number;
	/** Reason phrase exactly as the IANA registry spells it, e.g. `Content Too Large` or `(Unused)`. */
	name: string;
	/** Registry reference without spaces, e.g. `RFC9110`. */
	reference: string;
	section: string;
	status: RegistryStatus;
}

export interface UnofficialRow {
	code: number;
	name: string;
	vendor: string;
	note: string;
}

function isRegistryStatus(value: string): value is RegistryStatus {
	return (REGISTRY_STATUSES as readonly string[]).includes(value);
}

export const ianaRegistry: ReadonlyMap<number, RegistryRow> = new Map(
	parseCsv(ianaCsv).map((row) => {
		if (!isRegistryStatus(row.status)) throw new Error(`Unknown registry status ${row.status}`);
		const code = Number(row.code);
		return [code, { code, name: row.name, reference: row.reference, section: row.section, status: row.status }];
	}),
);

export const unofficialCodes: readonly UnofficialRow[] = parseCsv(unofficialCsv).map((row) => ({
	code: Number(row.code),
	name: row.name,
	vendor: row.vendor,
	note: row.note,
}));

/** Every row of `language-constants.csv`, checked (a bad row throws, naming its line and field). */
export const constantTable: readonly ConstantRow[] = parseConstantTable(constantsCsv);

/** Framework constants by code and language, in table order; codes without a row are absent. */
export const languageConstants: ReadonlyMap<number, Record<Language, ConstantName[]>> = groupByCode(constantTable);

/** Every row of `framework-exceptions.csv`, checked (a bad row throws, naming its line and field). */
export const frameworkExceptionTable: readonly FrameworkExceptionRow[] = parseFrameworkExceptions(exceptionsCsv);

const exceptionsByCode: ReadonlyMap<number, FrameworkException[]> = groupExceptionsByCode(frameworkExceptionTable);

/** What raises or returns the code by default, by framework in page order; empty when no framework has anything. */
export function exceptionsFor(code: number): FrameworkException[] {
	return exceptionsByCode.get(code) ?? [];
}
