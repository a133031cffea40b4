/**
 * `/codes/000/`: the other spellings of a number below 100 under `/codes/`, each a page that
 * forwards to the canonical `/codes/0/` (`src/lib/seo/shortcut-page.ts`); `_redirects` makes them 301s.
 * Three-digit codes have none.
 */
import type { APIRoute } from 'astro';
import { fullTitle } from '../../../lib/codes/codes';
import { getCodes } from '../../../lib/content/content';
import { shortcutPage } from '../../../lib/seo/shortcut-page';
import { codeSpellings } from '../../../lib/seo/urls';

export async function getStaticPaths() {
	return (await getCodes()).flatMap((entry) =>
		codeSpellings(entry.data.code)
			.slice(1)
			.map((spelling) => ({ params: { alias: spelling }, props: { code: entry.data.code, title: fullTitle(entry.data) } })),
	);
}

export const GET: APIRoute<{ code: number; title: string }> = ({ props, site }) =>
	new Response(shortcutPage({ code: props.code, title: props.title, site }), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
