/**
 * Typographic quotes for text that does not pass through the Markdown processor
 * (frontmatter fields, strings in components): the same result smartypants gives
 * the MDX prose, so an apostrophe looks the same in a summary and in a paragraph.
 */

/** Straight quotes to curly ones: an apostrophe inside or after a word, and opening or closing double quotes. */
export function typeset(text: string): string {
	return (
		text
			// An apostrophe that follows a letter, digit or closing punctuation closes (don’t, users’, 90’s).
			.replace(/(?<=[\p{L}\p{N}.,!?)\]])'/gu, '’')
			// Before a digit it stands for left-out digits (’90s); anywhere else it opens a quotation.
			.replace(/'(?=\d)/g, '’')
			.replace(/'/g, '‘')
			// A double quote at the start or after a space or opening bracket opens; any other closes.
			.replace(/(^|[\s([{\u2014\u2013-])"/gu, '$1“')
			.replace(/"/g, '”')
	);
}

/**
 * A name cut before its last word (`Upload Resumption ` and `Supported`), so that
 * a badge after it can be glued to that word and never sit alone on a line.
 */
export function splitLastWord(text: string): { head: string; last: string } {
	const cut = text.lastIndexOf(' ') + 1;
	return { head: text.slice(0, cut), last: text.slice(cut) };
}
