/**
 * The page behind a `/429` shortcut: it forwards at once to the canonical code page,
 * with a link for anyone whose browser does not follow the meta refresh. Hosts that
 * read `_redirects` answer `/429` with a real 301 instead; every other host serves
 * this page at `/429/`. Written as a string rather than an Astro page so that `/404/`
 * and `/500/` get the same page: Astro reserves the routes `/404` and `/500` for its
 * error pages and would write them as `404.html` and `500.html`.
 */
import { codeUrl } from './urls';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

export interface ShortcutPageOptions {
	code: number;
	/** The code's full title, e.g. `429 Too Many Requests`. */
	title: string;
	/** The public site URL, for the canonical link. */
	site: URL | undefined;
}

export function shortcutPage({ code, title, site }: ShortcutPageOptions): string {
	const target = codeUrl(code);
	const canonical = site ? new URL(target, site).href : target;
	const [t, href, name] = [escapeHtml(title), escapeHtml(target), escapeHtml(canonical)];
	return (
		'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
		`<title>${t}: redirecting</title><meta http-equiv="refresh" content="0;url=${href}"><meta name="robots" content="noindex">` +
		`<link rel="canonical" href="${name}"></head>` +
		`<body><main><h1>${t}</h1><p>This page has moved to <a href="${href}">${href}</a>.</p></main></body></html>`
	);
}
