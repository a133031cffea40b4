/** `/robots.txt`: crawl everything, and where the sitemap is. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/site-files';
import { absoluteUrl, SITEMAP_URL } from '../lib/seo/urls';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(absoluteUrl(SITEMAP_URL, site)));
