/** `/opensearch.xml`: lets browsers add the site search as a search engine. */
import type { APIRoute } from 'astro';
import { openSearchDescription } from '../lib/seo/site-files';
import { SITE_NAME } from '../lib/seo/site';
import { absoluteUrl, OPENSEARCH_URL, searchUrlTemplate } from '../lib/seo/urls';

export const GET: APIRoute = ({ site }) =>
	new Response(
		openSearchDescription({
			shortName: 'HTTP status',
			description: `${SITE_NAME}: search by number, name, old name, framework constant or symptom`,
			searchTemplate: absoluteUrl(searchUrlTemplate('{searchTerms}'), site),
			selfUrl: absoluteUrl(OPENSEARCH_URL, site),
		}),
		{ headers: { 'Content-Type': 'application/opensearchdescription+xml' } },
	);
