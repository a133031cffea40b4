/**
 * The HTTP headers of the site, as a `_headers` file for static hosts (Netlify and
 * Cloudflare Pages syntax): security headers for every path, caching by kind of
 * file, and CORS for the JSON data. The Content-Security-Policy allows no inline
 * script or style except the exact ones the build wrote, by hash, so the hashes
 * are taken from the built pages rather than maintained by hand.
 */
import { createHash } from 'node:crypto';

/** Script types a browser runs, so CSP governs them; anything else (e.g. `application/ld+json`) is an inert data block. */
const EXECUTED_SCRIPT_TYPE = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script)$/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/** Cloudflare Pages ignores a `_headers` line longer than this, silently. */
export const MAX_HEADER_LINE = 2000;

/** Cloudflare Pages reads no more rules than this. */
export const MAX_HEADER_RULES = 100;

/** `'sha256-…'` of a script or style text, as the browser computes it (after the HTML parser's newline normalisation). */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

function attribute(attributes: string, name: string): string | undefined {
	const match = attributes.match(new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+)))?`, 'i'));
	return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** Hashes of the inline scripts in `html` that the browser would execute. */
export function inlineScriptHashes(html: string): string[] {
	return [...html.matchAll(SCRIPT)]
		.filter(([, attributes]) => attribute(attributes, 'src') === undefined && EXECUTED_SCRIPT_TYPE.test((attribute(attributes, 'type') ?? '').trim()))
		.map(([, , text]) => cspHash(text));
}

/** Hashes of the `<style>` elements in `html`. */
export function inlineStyleHashes(html: string): string[] {
	return [...html.matchAll(STYLE)].map(([, text]) => cspHash(text));
}

/**
 * The policy: everything from the site itself, nothing from anywhere else.
 * Pagefind compiles WebAssembly (`'wasm-unsafe-eval'`) and fetches its index
 * (`connect-src 'self'`) on the main thread: the site starts it without its
 * worker, so no worker may run at all (`worker-src 'none'`). No `manifest-src`: the
 * site has no manifest (`default-src 'none'` covers it), and WebKitGTK, which does
 * not know the directive, logs a console error for it on every page.
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>, styleHashes: Iterable<string>): string {
	const sorted = (hashes: Iterable<string>) => [...new Set(hashes)].sort();
	return [
		"default-src 'none'",
		["script-src 'self' 'wasm-unsafe-eval'", ...sorted(scriptHashes)].join(' '),
		["style-src 'self'", ...sorted(styleHashes)].join(' '),
		"img-src 'self'",
		"connect-src 'self'",
		"worker-src 'none'",
		"form-action 'self'",
		"base-uri 'none'",
		"frame-ancestors 'none'",
	].join('; ');
}

/** Every header, in the order they are written. */
export function securityHeaders(policy: string): [string, string][] {
	return [
		['Content-Security-Policy', policy],
		['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
		['X-Content-Type-Options', 'nosniff'],
		['X-Frame-Options', 'DENY'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
	];
}

/** A `_headers` rule: a path pattern and the headers of every response whose path it matches. */
export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
}

/** For content-hashed files: a changed file gets a new name, so browsers may keep one for a year without asking. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** For everything whose content can change under the same URL: cache, but ask the server each time. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * The content-hashed files: Astro's bundles, and the Pagefind files Pagefind itself
 * writes as immutable (index chunks, fragments, filters and the `.pf_meta` the entry
 * file names). `pagefind.js`, `pagefind-entry.json` and `wasm.*.pagefind` keep their
 * names from build to build, so they revalidate like everything else.
 */
export const HASHED_PATTERNS = ['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*', '/pagefind/*.pf_meta'];

/** The public JSON data (`/codes.json`, `/codes/429.json`, the client lab's `/clients.json`, their schemas), readable by scripts on any site. */
export const PUBLIC_JSON_PATTERNS = ['/codes.json', '/codes/*.json', '/codes.schema.json', '/clients.json', '/clients.schema.json'];

/**
 * Patterns that cover every HTML page (`htmlPaths`, e.g. `/`, `/guide/`, `/codes/429/`)
 * and no hashed file: `/`, `/:p1/` for the pages one level down, `/codes/:p1/` for
 * those of `/codes/`, and so on. Both hosts give a response the headers of every
 * rule that matches it and join a header set twice, so no two rules may set
 * `Cache-Control` on one path: `/*` cannot carry it, and neither can `/codes/*`,
 * which on Netlify also matches `/codes.json`.
 */
export function htmlPatterns(htmlPaths: Iterable<string>): string[] {
	const patterns = new Set<string>();
	for (const path of htmlPaths) {
		if (!path.endsWith('/')) throw new Error(`_headers: the page ${path} is not a directory page`);
		const segments = path.split('/').filter(Boolean);
		const placeholders = segments.map((_, i) => `:p${i + 1}`);
		patterns.add(['', ...(segments.length > 1 ? [segments[0], ...placeholders.slice(1)] : placeholders), ''].join('/'));
	}
	return [...patterns].sort();
}

/** Every rule of the site's `_headers`, in order: security for all paths, then caching and CORS on disjoint paths. */
export function siteHeaderRules(policy: string, htmlPaths: Iterable<string>): HeaderRule[] {
	return [
		{ pattern: '/*', headers: securityHeaders(policy) },
		...HASHED_PATTERNS.map((pattern): HeaderRule => ({ pattern, headers: [['Cache-Control', IMMUTABLE]] })),
		...htmlPatterns(htmlPaths).map((pattern): HeaderRule => ({ pattern, headers: [['Cache-Control', REVALIDATE]] })),
		...PUBLIC_JSON_PATTERNS.map((pattern): HeaderRule => ({ pattern, headers: [['Access-Control-Allow-Origin', '*']] })),
	];
}

/**
 * The `_headers` file. Throws if Cloudflare Pages would drop part of it: a line longer
 * than it reads (the CSP line grows with every distinct inline script or style), or
 * more rules than it reads.
 */
export function headersFile(rules: HeaderRule[]): string {
	if (rules.length > MAX_HEADER_RULES) throw new Error(`_headers: ${rules.length} rules; Cloudflare Pages reads at most ${MAX_HEADER_RULES}.`);
	const lines = rules.flatMap(({ pattern, headers }) => [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)]);
	const tooLong = lines.find((line) => line.length > MAX_HEADER_LINE);
	if (tooLong) {
		throw new Error(`_headers: "${tooLong.slice(0, 40)}…" is ${tooLong.length} characters; Cloudflare Pages ignores any line over ${MAX_HEADER_LINE}. Fewer distinct inline scripts or styles would shorten it.`);
	}
	return ['# Written by `astro build` (src/integrations/security-headers.ts) from the built pages; do not edit.', ...lines, ''].join('\n');
}

/** Reads a `_headers` file: a path pattern at the start of a line, its headers indented below it. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const separator = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || separator === -1) throw new Error(`_headers: cannot read line "${line}"`);
		rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
	}
	return rules;
}

export type Host = 'cloudflare' | 'netlify';

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * A `_headers` pattern as each host matches it. Cloudflare Pages (workers-shared
 * `generateRuleRegExp`): `*` is any text, `:name` one segment, the rest literal, the
 * whole path. Netlify (`@netlify/headers-parser` `getForRegExp`): the same per segment,
 * but a lone `*` segment also matches nothing, a trailing slash is optional, and case
 * is ignored.
 */
export function patternRegExp(pattern: string, host: Host): RegExp {
	if (host === 'cloudflare') {
		const source = pattern
			.split(/(\*|:[A-Za-z]\w*)/)
			.map((part) => (part === '*' ? '.*' : /^:[A-Za-z]/.test(part) ? '[^/]+' : escapeRegExp(part)))
			.join('');
		return new RegExp(`^${source}$`);
	}
	const segments = pattern
		.split('/')
		.filter(Boolean)
		.map((part) => (part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : part.split('*').map(escapeRegExp).join('(.*)')));
	return new RegExp(`^/${segments.join('/')}/?$`, 'iu');
}

/** The headers a host sends for `path`; a header set by several matching rules is joined with commas, as Cloudflare Pages does. */
export function headersFor(rules: HeaderRule[], path: string, host: Host): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules.filter((item) => patternRegExp(item.pattern, host).test(path))) {
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
		}
	}
	return headers;
}

/**
 * Paths that two rules give the same header, on either host: Cloudflare Pages would
 * send both values joined (`max-age=0, …, max-age=31536000`), Netlify one or the other.
 */
export function headersSetTwice(rules: HeaderRule[], paths: Iterable<string>): string[] {
	const problems: string[] = [];
	for (const path of paths) {
		for (const host of ['cloudflare', 'netlify'] as const) {
			const names = rules.filter((rule) => patternRegExp(rule.pattern, host).test(path)).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
			const twice = names.filter((name, i) => names.indexOf(name) !== i);
			if (twice.length > 0) problems.push(`${path} gets ${[...new Set(twice)].join(', ')} from two rules on ${host}`);
		}
	}
	return problems;
}
