/**
 * Reads the built site in `dist/` for the tests and the benchmark: which pages
 * exist, and what each page's HTML pulls in before the visitor does anything.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL } from './budgets.ts';

export const DIST = 'dist';

export interface BuiltPage {
	/** The URL path the page is served at, e.g. `/codes/429/`; `/404.html` for the not-found page. */
	path: string;
	/** Path of the file inside `dist/`. */
	file: string;
	html: string;
	/** A `/429`-style shortcut: a page that only forwards the visitor (meta refresh). */
	redirect: boolean;
}

export function gzipSize(content: string | Uint8Array): number {
	return gzipSync(content, { level: GZIP_LEVEL }).length;
}

/** `codes/429/index.html` → `/codes/429/`, `404.html` → `/404.html`. */
export function pathOfFile(file: string): string {
	const path = `/${file.split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML page in the build, sorted by path. */
export function builtPages(dist = DIST): BuiltPage[] {
	if (!existsSync(dist)) throw new Error(`no build in ${dist}/: run \`npm run build\` first`);
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => {
			const html = readFileSync(join(dist, file), 'utf8');
			return { path: pathOfFile(file), file, html, redirect: /<meta http-equiv="refresh"/i.test(html) };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** Reads a built file by its URL path (`/_astro/x.js`), or `undefined` when the build has none. */
export function readBuilt(path: string, dist = DIST): Buffer | undefined {
	try {
		return readFileSync(join(dist, decodeURIComponent(new URL(path, 'http://site').pathname)));
	} catch {
		return undefined;
	}
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function attribute(attributes: string, name: string): string | undefined {
	const match = attributes.match(new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i'));
	return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

export interface PageScripts {
	/** Bodies of the inline scripts the browser runs (JSON-LD and other data blocks are not scripts). */
	inline: string[];
	/** `src` of the external scripts. */
	external: string[];
	/** External scripts that block rendering: classic scripts without `async` or `defer`. */
	blocking: string[];
}

export function scriptsOf(html: string): PageScripts {
	const scripts: PageScripts = { inline: [], external: [], blocking: [] };
	for (const [, attributes, body] of html.matchAll(SCRIPT)) {
		const type = (attribute(attributes, 'type') ?? '').toLowerCase();
		if (!JS_TYPES.has(type)) continue;
		const src = attribute(attributes, 'src');
		if (src === undefined) {
			scripts.inline.push(body);
			continue;
		}
		scripts.external.push(src);
		if (type !== 'module' && attribute(attributes, 'async') === undefined && attribute(attributes, 'defer') === undefined) {
			scripts.blocking.push(src);
		}
	}
	return scripts;
}

/** The static imports of a built module (`import"./a.js"`, `from"./b.js"`), resolved against its URL; dynamic `import()` is left out. */
export function staticImports(code: string, url: string): string[] {
	return [...code.matchAll(/(?:\bimport|\bfrom)\s*(["'`])([^"'`]+)\1/g)].map((match) => new URL(match[2], new URL(url, 'http://site')).pathname);
}

/**
 * Every piece of JavaScript a page runs before any interaction: its inline
 * scripts, its external scripts and what they import statically.
 */
export function scriptsBeforeInteraction(html: string, read: (path: string) => Buffer | undefined = readBuilt): string[] {
	const { inline, external } = scriptsOf(html);
	const code = [...inline];
	const seen = new Set<string>();
	const queue = [...external];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (seen.has(url)) continue;
		seen.add(url);
		const source = read(url)?.toString('utf8');
		if (source === undefined) throw new Error(`the page loads ${url}, which is not in the build`);
		code.push(source);
		queue.push(...staticImports(source, url));
	}
	return code;
}

/** The gzip size of all of a page's JavaScript before interaction, compressed together as one response would be. */
export function scriptGzipBeforeInteraction(html: string, read?: (path: string) => Buffer | undefined): number {
	const code = scriptsBeforeInteraction(html, read);
	return code.length === 0 ? 0 : gzipSize(code.join('\n'));
}

/** Bodies of the inline `<style>` elements. */
export function inlineStyles(html: string): string[] {
	return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]);
}

/** `<link>` elements that fetch a font, and `@font-face` rules in the page's CSS (inline, or linked: pass `read`). */
export function fontReferences(html: string, read: (path: string) => Buffer | undefined = readBuilt): string[] {
	const links = [...html.matchAll(/<link\b[^>]*>/gi)]
		.map((match) => match[0])
		.filter((tag) => /\bas\s*=\s*["']?font\b/i.test(tag) || /href\s*=\s*["']?[^"'\s>]+\.(?:woff2?|ttf|otf|eot)\b/i.test(tag) || /fonts\.(?:googleapis|gstatic)\.com/i.test(tag));
	const css = [...inlineStyles(html), ...stylesheetLinks(html).map((href) => read(href)?.toString('utf8') ?? '')];
	const faces = css.flatMap((sheet) => sheet.match(/@font-face/gi) ?? []);
	return [...links, ...faces];
}

/** `href` of the stylesheets the page links (each is a render-blocking request). */
export function stylesheetLinks(html: string): string[] {
	return [...html.matchAll(/<link\b([^>]*)>/gi)]
		.map((match) => match[1])
		.filter((attributes) => /(?:^|\s)stylesheet(?:\s|$)/i.test(attribute(attributes, 'rel') ?? ''))
		.map((attributes) => attribute(attributes, 'href') ?? '');
}

/** `href` of the icons the page links (a browser fetches one on load, so it counts). */
export function iconLinks(html: string): string[] {
	return [...html.matchAll(/<link\b([^>]*)>/gi)]
		.map((match) => match[1])
		.filter((attributes) => /(?:^|\s)icon(?:\s|$)/i.test(attribute(attributes, 'rel') ?? ''))
		.map((attributes) => attribute(attributes, 'href') ?? '');
}

export interface PageWeight {
	/** The HTML document, gzip. */
	html: number;
	/** Linked stylesheets, gzip (inline styles are part of the HTML). */
	css: number;
	/** Scripts before interaction, inline and loaded, gzip as one (`scriptGzipBeforeInteraction`). */
	js: number;
	/** Linked icons, gzip. */
	icon: number;
	/** What the page loads before any interaction: the document, its stylesheets, its loaded scripts and its icon. */
	total: number;
}

/**
 * What a built page weighs before interaction, read from the files as the browser
 * test measures it from the network (`tests/page-load.ts`): each file gzip'd on
 * its own, the document counting its inline styles and scripts. `js` is the
 * script figure of the script budget (inline and loaded, compressed together).
 */
export function pageWeight(html: string, read: (path: string) => Buffer | undefined = readBuilt): PageWeight {
	const file = (path: string) => {
		const body = read(path);
		if (body === undefined) throw new Error(`the page loads ${path}, which is not in the build`);
		return body.length === 0 ? 0 : Math.min(body.length, gzipSize(body));
	};
	const css = stylesheetLinks(html).reduce((sum, href) => sum + file(href), 0);
	const icon = iconLinks(html).reduce((sum, href) => sum + file(href), 0);
	const loaded = scriptsOf(html).external;
	const seen = new Set<string>();
	let loadedScripts = 0;
	const queue = [...loaded];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (seen.has(url)) continue;
		seen.add(url);
		loadedScripts += file(url);
		queue.push(...staticImports(read(url)!.toString('utf8'), url));
	}
	const htmlGzip = gzipSize(html);
	return { html: htmlGzip, css, js: scriptGzipBeforeInteraction(html, read), icon, total: htmlGzip + css + loadedScripts + icon };
}
