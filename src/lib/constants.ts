/** Framework constant names of a code; kept apart from `codes.ts` because it reads the reference tables. */
import type { CodeInfo } from './codes';
import { type ConstantName, type Language, LANGUAGES, languageConstants } from './reference-data';

/** Framework constants: from the reference table for registry codes, else from the entry itself. */
export function constantsFor(info: Pick<CodeInfo, 'code' | 'constants'>): Record<Language, ConstantName[]> {
	const fromTable = languageConstants.get(info.code);
	return Object.fromEntries(
		LANGUAGES.map((language) => [language, fromTable?.[language] ?? info.constants?.[language] ?? []]),
	) as Record<Language, ConstantName[]>;
}
