/**
 * The sections of a code page in the order the page shows them, for its
 * "On this page" list (`PageContents.astro`). Some come from the entry body's
 * level-2 headings, the others from components that appear only when the entry
 * has their data (messages, vendor meanings, what clients do, related codes, comparisons).
 */

export interface PageSection {
	/** The heading's id, the target of `#id`. */
	id: string;
	/** The heading's text. */
	label: string;
	/** A shorter, plainer label for the line of links under the summary; only the sections a visitor jumps to have one. */
	short?: string;
}

/** The sections the line under the summary offers on a small screen, with their labels there. */
export const KEY_SECTIONS: Readonly<Record<string, string>> = {
	'when-you-receive-it': 'Causes and fixes',
	example: 'Example',
	'in-code': 'In code',
};

export interface PageSectionsInput {
	/** The entry body's headings, as Astro's `render()` gives them. */
	headings: readonly { depth: number; slug: string; text: string }[];
	/** Whether the page shows "What you may see". */
	messages: boolean;
	/** The title of the vendor meanings section, when there is one ("Who sends it"). */
	vendors?: string;
	/** Whether the page shows "What clients do" (the client lab measured the code). */
	clients?: boolean;
	related: boolean;
	comparisons: boolean;
}

export function pageSections({ headings, messages, vendors, clients, related, comparisons }: PageSectionsInput): PageSection[] {
	const section = (id: string, label: string): PageSection => (KEY_SECTIONS[id] ? { id, label, short: KEY_SECTIONS[id] } : { id, label });
	const body = headings.filter((heading) => heading.depth === 2).map((heading) => section(heading.slug, heading.text));
	return [
		...(messages ? [section('what-you-may-see', 'What you may see')] : []),
		...(vendors ? [section('vendor-meanings', vendors)] : []),
		...(clients ? [section('clients', 'What clients do')] : []),
		...body,
		...(related ? [section('related-codes', 'Related codes')] : []),
		...(comparisons ? [section('compare-with', 'Compare with…')] : []),
	];
}
