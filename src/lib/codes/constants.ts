/** Framework constant names of a code, and how the "In code" table shows them; apart from `codes.ts` because it reads the reference tables. */
import type { CodeInfo } from './codes';
import { compareVersions, type ConstantName, type Library, LIBRARIES, LIBRARY_IDS } from './constant-table';
import { type Language, LANGUAGES, languageConstants } from '../content/reference-data';

/**
 * Framework constants: from the reference table when it has rows for the code
 * (every registry code, and the vendor numbers it covers), else from the entry's
 * own frontmatter.
 */
export function constantsFor(info: Pick<CodeInfo, 'code' | 'constants'>): Record<Language, ConstantName[]> {
	const fromTable = languageConstants.get(info.code);
	if (fromTable) return fromTable;
	return Object.fromEntries(
		LANGUAGES.map((language) => [
			language,
			(info.constants?.[language] ?? []).map(({ name, deprecated }) => ({ name, deprecated, library: language })),
		]),
	) as Record<Language, ConstantName[]>;
}

/** One name as the table shows it: `NAME (3.13+; before: OLD)` or `NAME (removed in 7.0; last in 6.2)`. */
export interface ConstantItem {
	name: string;
	/** `3.13+`, when the name is newer than the library's baseline release. */
	since?: string;
	/** Older names it replaces that still work, shown with it instead of on their own. */
	before: { name: string; state?: string }[];
	/** `deprecated in 7.0`, `removed in 7.0; last in 6.2`, or `deprecated` when no release is recorded. */
	state?: string;
}

export interface ConstantRowView {
	library: Library;
	label: string;
	items: ConstantItem[];
}

/** The release as the page writes it: `.NET 8` for .NET, the bare number elsewhere. */
export function versionLabel(library: Library, version: string): string {
	const info = LIBRARIES[library];
	return 'versionPrefix' in info ? `${info.versionPrefix}${version.replace(/\.0$/, '')}` : version;
}

function state(constant: ConstantName): string | undefined {
	if (constant.removedIn) {
		const last = constant.lastIn ? `; last in ${versionLabel(constant.library, constant.lastIn)}` : '';
		return `removed in ${versionLabel(constant.library, constant.removedIn)}${last}`;
	}
	if (constant.deprecatedSince) return `deprecated in ${versionLabel(constant.library, constant.deprecatedSince)}`;
	return constant.deprecated ? 'deprecated' : undefined;
}

/** `REQUEST_ENTITY_TOO_LARGE` for `HTTPStatus.REQUEST_ENTITY_TOO_LARGE` after `HTTPStatus.CONTENT_TOO_LARGE`: the shared qualifier is said once. */
function withoutSharedQualifier(name: string, beside: string): string {
	const qualifier = /^(.*(?:\.|::))/.exec(beside)?.[1];
	return qualifier && name.startsWith(qualifier) ? name.slice(qualifier.length) : name;
}

/**
 * The rows of the "In code" table: the seven main libraries always (empty ones
 * say none), other libraries (ASP.NET Core) only where they have a name. An older
 * name that still works is shown with the name that replaces it ("before: …")
 * rather than on its own; a removed name always stands alone, marked removed.
 */
export function constantsTable(constants: Record<Language, ConstantName[]>): ConstantRowView[] {
	const all = LANGUAGES.flatMap((language) => constants[language]);
	return LIBRARY_IDS.flatMap((library) => {
		const names = all.filter((constant) => constant.library === library);
		if (names.length === 0 && !(LANGUAGES as readonly string[]).includes(library)) return [];
		const replacedBy = new Map(names.filter((constant) => constant.replaces).map((constant) => [constant.replaces as string, constant]));
		const folded = (constant: ConstantName): boolean => {
			const newer = replacedBy.get(constant.name);
			return newer !== undefined && !constant.removedIn && !folded(newer);
		};
		const items = names
			.filter((constant) => !folded(constant))
			.map((constant): ConstantItem => {
				const older = names.find((other) => other.name === constant.replaces && folded(other));
				const since = constant.since && compareVersions(constant.since, LIBRARIES[library].baseline) > 0 ? `${versionLabel(library, constant.since)}+` : undefined;
				const itemState = state(constant);
				return {
					name: constant.name,
					...(since && { since }),
					before: older ? [{ name: withoutSharedQualifier(older.name, constant.name), ...(state(older) && { state: state(older) }) }] : [],
					...(itemState && { state: itemState }),
				};
			});
		return [{ library, label: LIBRARIES[library].label, items }];
	});
}

/**
 * A constant name as HTML that wraps between its parts, never inside a word. The
 * qualified parts (`http::`, `StatusCode::`, `BAD_GATEWAY`) are inline blocks, so a
 * line breaks after `.` or `::` first; only a part longer than the line (and
 * than 16 characters) breaks inside, after `_` or before a capital (`Too|Many`). `<wbr>` adds no character,
 * so a copied name stays intact.
 */
export function breakableName(name: string): string {
	return name
		.split(/(?<=\.|::)(?=.)/)
		.map((part) => {
			const escaped = part.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
			// A short part fits any column; only a long one needs places to break.
			const breakable = part.length > 16 ? escaped.replace(/_(?=.)|(?<=[a-z\d])(?=[A-Z])/g, '$&<wbr>') : escaped;
			return `<span class="inline-block">${breakable}</span>`;
		})
		.join('<wbr>');
}
