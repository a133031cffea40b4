/**
 * Syntax highlighting of the entry bodies' code blocks, at build time, with
 * classes instead of colours: the Content-Security-Policy refuses style
 * attributes, and one small set of class rules (`global.css`, `.hl-*`) covers
 * the light and the dark theme. Shiki tokenizes with a theme of its own whose
 * "colours" are only markers for five kinds of token; every other token is
 * left as plain text, so a block costs few extra bytes.
 */
import { type BundledLanguage, createHighlighter, type ThemeRegistrationRaw } from 'shiki';

/** The kinds of token that get a colour, and the class each one gets. */
export const TOKEN_CLASSES = {
	comment: 'hl-c',
	keyword: 'hl-k',
	string: 'hl-s',
	number: 'hl-n',
	name: 'hl-a',
} as const;
type Kind = keyof typeof TOKEN_CLASSES;

/** TextMate scopes of each kind; a more specific scope wins, as in any theme. */
const SCOPES: Record<Kind | 'plain', string[]> = {
	comment: ['comment', 'punctuation.definition.comment', 'string.comment'],
	keyword: ['keyword', 'storage.type', 'storage.modifier', 'keyword.control', 'variable.language'],
	string: ['string', 'punctuation.definition.string', 'markup.inline.raw'],
	number: ['constant.numeric', 'constant.language', 'support.constant', 'constant.other.symbol'],
	name: ['entity.name.tag', 'support.type.property-name', 'entity.other.attribute-name', 'meta.object-literal.key'],
	// Operators, punctuation, function and type names stay plain: each span costs bytes on every page.
	plain: ['keyword.operator', 'punctuation', 'meta.brace', 'http.headers keyword.other.http'],
};

const PLAIN = '#000000';
/** Kind → marker colour of the tokenizing theme, and back. */
const MARKERS = Object.fromEntries((Object.keys(TOKEN_CLASSES) as Kind[]).map((kind, index) => [kind, `#00000${index + 1}`])) as Record<Kind, string>;
const BY_MARKER = new Map(Object.entries(MARKERS).map(([kind, marker]) => [marker, TOKEN_CLASSES[kind as Kind]]));

const theme: ThemeRegistrationRaw = {
	name: 'markers',
	type: 'light',
	settings: [
		{ settings: { foreground: PLAIN, background: '#ffffff' } },
		...(Object.entries(SCOPES) as [Kind | 'plain', string[]][]).map(([kind, scope]) => ({ scope, settings: { foreground: kind === 'plain' ? PLAIN : MARKERS[kind] } })),
	],
};

/** The fence languages the entries use, as Shiki names them (aliases such as `js`, `sh` and `bash` come with them). */
export const LANGUAGES = ['http', 'javascript', 'typescript', 'python', 'go', 'java', 'csharp', 'nginx', 'shellscript', 'json', 'php', 'ruby', 'sql', 'toml', 'apache'] as const;

let highlighter: ReturnType<typeof createHighlighter> | undefined;

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * `code` as HTML: its text escaped, tokens of a known kind in `<span class="hl-…">`.
 * The text content of the result is exactly `code`. A language Shiki does not
 * know here (`text`, none) gives the escaped text alone.
 */
export async function highlight(code: string, language: string | undefined): Promise<string> {
	// The first text tokenized after the theme is set came out with wrong kinds (seen with Shiki 4.6), so a line of each language goes first.
	highlighter ??= createHighlighter({ themes: [theme], langs: [...LANGUAGES] }).then((shiki) => {
		for (const lang of LANGUAGES) shiki.codeToTokensBase('x', { lang, theme });
		return shiki;
	});
	const shiki = await highlighter;
	if (!language || !shiki.getLoadedLanguages().includes(language)) return escape(code);
	const lines = shiki.codeToTokensBase(code, { lang: language as BundledLanguage, theme });
	return lines
		.map((tokens) => {
			let html = '';
			let open: string | undefined;
			for (const token of tokens) {
				// Whitespace between two tokens of a kind stays inside their span.
				const kind = token.content.trim() === '' ? open : BY_MARKER.get(token.color?.toLowerCase() ?? PLAIN);
				if (kind !== open) {
					if (open) html += '</span>';
					if (kind) html += `<span class="${kind}">`;
					open = kind;
				}
				html += escape(token.content);
			}
			return open ? `${html}</span>` : html;
		})
		.join('\n');
}
