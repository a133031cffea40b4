/**
 * Names for the code blocks of an entry body. Each block scrolls inside its own
 * labelled region, and landmarks on one page need distinct names, so the second
 * HTTP block is "HTTP example 2".
 */

const LANGUAGE_NAMES: Record<string, string> = {
	apache: 'Apache configuration',
	bash: 'Shell',
	csharp: 'C#',
	go: 'Go',
	http: 'HTTP',
	java: 'Java',
	js: 'JavaScript',
	json: 'JSON',
	nginx: 'nginx configuration',
	php: 'PHP',
	python: 'Python',
	ruby: 'Ruby',
	sh: 'Shell',
	sql: 'SQL',
	toml: 'TOML',
	ts: 'TypeScript',
};

/** The fence language of a rendered block (`<code class="language-http">` → `http`). */
export function languageOf(html: string): string | undefined {
	return html.match(/<code\b[^>]*\bclass="[^"]*\blanguage-([\w+#-]+)/)?.[1];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text of a rendered block (`<code class="language-http">GET / …</code>`),
 * entities decoded: what the entry's fence holds, byte for byte.
 */
export function codeText(html: string): string {
	return html
		.replace(/^\s*<code\b[^>]*>/, '')
		.replace(/<\/code>\s*$/, '')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
			if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
			return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
		});
}

/** What a reader calls the language; an unknown or missing one is plain "Code". */
export function languageName(language: string | undefined): string {
	if (!language || language === 'text') return 'Code';
	return LANGUAGE_NAMES[language] ?? language.toUpperCase();
}

/** The next block's name on a page; `seen` counts the names given so far on that page. */
export function codeBlockLabel(language: string | undefined, seen: Map<string, number>): string {
	const name = `${languageName(language)} example`;
	const count = (seen.get(name) ?? 0) + 1;
	seen.set(name, count);
	return count === 1 ? name : `${name} ${count}`;
}
