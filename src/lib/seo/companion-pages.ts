/**
 * A code page answers; the long lookup lists of a code live on two companion
 * pages beside it, so that the code page stays within the byte budget:
 * `/codes/500/messages/` (every message, the IIS sub-statuses in full) and
 * `/codes/502/code/` (the body's examples, what raises or returns the code by
 * default, the constants again). What the code page says about them, and what
 * they say about themselves, is worded here.
 */
import { languageName } from '../markup/code-blocks';
import { exceptionGroups } from '../codes/framework-exceptions';
import { inCodeLanguages } from '../markup/in-code-snippets';
import { exceptionsFor } from '../content/reference-data';

/** Messages the code page shows itself: enough to recognise the common cases on a phone's first screen or two. */
export const SHOWN_MESSAGES = 4;

interface MessagesData {
	messages: readonly unknown[];
	subStatuses: readonly unknown[];
}

/** Whether the code has a messages page: messages beyond those its page shows, or sub-statuses, whose causes and fixes only that page has. */
export function hasMessagesPage({ messages, subStatuses }: MessagesData): boolean {
	return messages.length > SHOWN_MESSAGES || subStatuses.length > 0;
}

const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const capitalised = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;

export interface InCodeSummary {
	code: number;
	/** Fence languages of the examples (`js`, `python`), as `src/lib/markup/in-code-snippets.ts` lists them. */
	languages: readonly string[];
	/** How many frameworks raise or return the code by default (`src/data/framework-exceptions.csv`). */
	frameworks: number;
}

/** What the "in code" page of `code` has, from the entry body's examples and the table of exceptions. */
export function inCodeSummary(code: number, body: string): InCodeSummary {
	return { code, languages: inCodeLanguages(body), frameworks: exceptionGroups(exceptionsFor(code)).length };
}

/** What the "in code" page has besides the constants, e.g. ["examples in JavaScript and Go", "what raises or returns 502 by default in 3 frameworks"]. */
function inCodeParts({ code, languages, frameworks }: InCodeSummary): string[] {
	return [
		...(languages.length > 0 ? [`examples in ${list.format(languages.map(languageName))}`] : []),
		...(frameworks > 0 ? [`what raises or returns ${code} by default in ${plural(frameworks, 'framework')}`] : []),
	];
}

/** The code page's link to its "in code" page: "Examples in JavaScript and Go, and what raises or returns 502 by default in 3 frameworks". */
export function inCodeLinkText(summary: InCodeSummary): string {
	return capitalised(inCodeParts(summary).join(', and '));
}

/** The code page's link to its messages page, when it has more messages than it shows. */
export function allMessagesLinkText(count: number): string {
	return `All ${count} messages, with where each appears`;
}

/** The description of a messages page, from what it lists; the page's title names the code. */
export function messagesPageDescription(code: number, { messages, subStatuses }: MessagesData): string {
	const parts = [
		...(messages.length > 0 ? [`${plural(messages.length, 'message')} that software prints, logs or returns with status ${code}, with where each appears and its source`] : []),
		...(subStatuses.length > 0 ? [`${plural(subStatuses.length, 'IIS and ASP.NET Core sub-status code')}, with meaning, cause and fix`] : []),
	];
	return `${capitalised(parts.join('; '))}.`;
}

/** The description of a code's "in code" page; the page's title names the code. */
export function inCodePageDescription(summary: InCodeSummary): string {
	return `${capitalised([...inCodeParts(summary), `the constants frameworks name ${summary.code} by`].join('; '))}.`;
}
