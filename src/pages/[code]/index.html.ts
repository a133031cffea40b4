/**
 * The `/429` shortcuts, written as `dist/429/index.html` for every code (`src/lib/seo/shortcut-page.ts`),
 * and for a number below 100 one per spelling (`/0/` and `/000/`).
 * An endpoint named `index.html` rather than a page, so that `/404/` and `/500/` are ordinary
 * directories too: as pages, Astro would take them for its error pages and write `404.html` and
 * `500.html`, which plain hosts never serve at `/404` or `/500`.
 */
import type { APIRoute } from 'astro';
import { fullTitle } from '../../lib/codes/codes';
import { getCodes } from '../../lib/content/content';
import { shortcutPage } from '../../lib/seo/shortcut-page';
import { codeSpellings } from '../../lib/seo/urls';

export async function getStaticPaths() {
	return (await getCodes()).flatMap((entry) =>
		codeSpellings(entry.data.code).map((spelling) => ({ params: { code: spelling }, props: { code: entry.data.code, title: fullTitle(entry.data) } })),
	);
}

export const GET: APIRoute<{ code: number; title: string }> = ({ props, site }) =>
	new Response(shortcutPage({ code: props.code, title: props.title, site }), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
