/**
 * The reference tables in `src/data/` (copied from the project's shared data),
 * parsed once. They are facts to check entries against, never prose to copy.
 */
import ianaCsv from '../data/iana-http-status-codes.csv?raw';
import constantsCsv from '../data/language-constants.csv?raw';
import unofficialCsv from '../data/unofficial-http-status-codes.csv?raw';
import { parseCsv } from './csv';

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

export const LANGUAGES = ['go', 'python', 'rust', 'dotnet', 'spring', 'symfony', 'rack'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface ConstantName {
	name: string;
	deprecated: boolean;
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

/** Parses one cell of `language-constants.csv`: `A;B (deprecated)` → two names, the second deprecated. */
export function parseConstantCell(cell: string): ConstantName[] {
	return cell
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const deprecated = part.endsWith(' (deprecated)');
			return { name: deprecated ? part.slice(0, -' (deprecated)'.length) : part, deprecated };
		});
}

export const languageConstants: ReadonlyMap<number, Record<Language, ConstantName[]>> = new Map(
	parseCsv(constantsCsv).map((row) => [
		Number(row.code),
		Object.fromEntries(LANGUAGES.map((language) => [language, parseConstantCell(row[language])])) as Record<
			Language,
			ConstantName[]
		>,
	]),
);
