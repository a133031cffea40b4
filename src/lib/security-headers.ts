/**
 * The HTTP security headers of the site, as a `_headers` file for static hosts
 * (Netlify and Cloudflare Pages syntax). The Content-Security-Policy allows no
 * inline script or style except the exact ones the build wrote, by hash, so
 * the hashes are taken from the built pages rather than maintained by hand.
 */
import { createHash } from 'node:crypto';

/** Script types a browser runs, so CSP governs them; anything else (e.g. `application/ld+json`) is an inert data block. */
const EXECUTED_SCRIPT_TYPE = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script)$/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/** Cloudflare Pages ignores a `_headers` line longer than this. */
export const MAX_HEADER_LINE = 2000;

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

/** The `_headers` file: one rule for every path. Throws if a line would be too long for Cloudflare Pages. */
export function headersFile(headers: [string, string][]): string {
	const lines = headers.map(([name, value]) => `  ${name}: ${value}`);
	const tooLong = lines.find((line) => line.length > MAX_HEADER_LINE);
	if (tooLong) {
		throw new Error(`_headers: "${tooLong.slice(0, 40)}…" is ${tooLong.length} characters; static hosts accept at most ${MAX_HEADER_LINE}. Fewer distinct inline scripts or styles would shorten it.`);
	}
	return ['# Written by `astro build` (src/integrations/security-headers.ts) from the built pages; do not edit.', '/*', ...lines, ''].join('\n');
}
