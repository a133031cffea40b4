/** Plain-text files for crawlers, browsers and static hosts: robots.txt, the OpenSearch description, `_redirects`. */
import { codeAliasUrls, codeUrl, shortcutUrls } from './urls';

/** Everything may be crawled; the sitemap lists what is worth it. */
export function robotsTxt(sitemapUrl: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[char]};`);
}

export interface OpenSearchOptions {
	/** At most 16 characters (OpenSearch 1.1). */
	shortName: string;
	description: string;
	/** Absolute URL with `{searchTerms}` where the query goes. */
	searchTemplate: string;
	/** Absolute URL of the description itself, so browsers can update it. */
	selfUrl: string;
}

/** An OpenSearch 1.1 description: lets a browser add the site as a search engine. */
export function openSearchDescription({ shortName, description, searchTemplate, selfUrl }: OpenSearchOptions): string {
	if (shortName.length > 16) throw new Error(`OpenSearch ShortName "${shortName}" is longer than 16 characters`);
	return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
	<ShortName>${escapeXml(shortName)}</ShortName>
	<Description>${escapeXml(description)}</Description>
	<InputEncoding>UTF-8</InputEncoding>
	<Url type="text/html" method="get" template="${escapeXml(searchTemplate)}"/>
	<Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(selfUrl)}"/>
</OpenSearchDescription>
`;
}

/**
 * `_redirects` for Netlify and Cloudflare Pages: a permanent redirect from `/429` to `/codes/429/`
 * for every code, and from each other spelling of a number (`/000`, `/codes/000` for 0).
 */
export function redirectRules(codes: readonly number[]): string {
	return [...codes]
		.sort((a, b) => a - b)
		.flatMap((code) => [...shortcutUrls(code), ...codeAliasUrls(code)].map((path) => `${path} ${codeUrl(code)} 301\n`))
		.join('');
}
