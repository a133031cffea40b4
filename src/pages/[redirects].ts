/**
 * `/_redirects` for Netlify and Cloudflare Pages: a real 301 from `/429` to `/codes/429/`
 * for every code. A dynamic route only because Astro skips page files whose name starts with `_`.
 */
import type { APIRoute } from 'astro';
import { getCodes } from '../lib/content/content';
import { redirectRules } from '../lib/seo/site-files';

export const getStaticPaths = () => [{ params: { redirects: '_redirects' } }];

export const GET: APIRoute = async () => new Response(redirectRules((await getCodes()).map((entry) => entry.data.code)));
