/**
 * schema.org JSON-LD for search engines: a code page is a TechArticle about a
 * DefinedTerm in the set of HTTP status codes; pages with breadcrumbs carry a
 * BreadcrumbList; the home page describes the WebSite and its search.
 */
import { type CodeInfo, fullTitle } from '../codes/codes';
import { SITE_DESCRIPTION, SITE_NAME } from './site';
import { absoluteUrl, codeUrl, HOME_URL, searchUrlTemplate, socialCardUrl } from './urls';

type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

function websiteId(site: URL | undefined): string {
	return `${absoluteUrl(HOME_URL, site)}#website`;
}

/** The site, with the SearchAction that opens its search box with a query (`/?q=`). */
export function webSiteJsonLd(site: URL | undefined): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'WebSite',
		'@id': websiteId(site),
		name: SITE_NAME,
		url: absoluteUrl(HOME_URL, site),
		description: SITE_DESCRIPTION,
		inLanguage: 'en',
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: absoluteUrl(searchUrlTemplate('{search_term_string}'), site) },
			'query-input': 'required name=search_term_string',
		},
	};
}

/** A code page: the article and the term it defines, linked to each other and to the set of all codes. */
export function codePageJsonLd(info: Pick<CodeInfo, 'code' | 'name' | 'knownAs' | 'summary'>, site: URL | undefined): JsonLd {
	const url = absoluteUrl(codeUrl(info.code), site);
	const title = fullTitle(info);
	return {
		'@context': CONTEXT,
		'@graph': [
			{
				'@type': 'TechArticle',
				'@id': `${url}#article`,
				headline: title,
				description: info.summary,
				url,
				mainEntityOfPage: url,
				image: absoluteUrl(socialCardUrl(info.code), site),
				inLanguage: 'en',
				isPartOf: { '@id': websiteId(site) },
				about: { '@id': `${url}#term` },
			},
			{
				'@type': 'DefinedTerm',
				'@id': `${url}#term`,
				name: title,
				termCode: String(info.code),
				description: info.summary,
				url,
				inDefinedTermSet: {
					'@type': 'DefinedTermSet',
					'@id': `${absoluteUrl(HOME_URL, site)}#codes`,
					name: SITE_NAME,
					url: absoluteUrl(HOME_URL, site),
				},
			},
		],
	};
}

/** The trail the page shows, as a BreadcrumbList; the last item is the current page, which needs no link. */
export function breadcrumbJsonLd(items: readonly { label: string; href?: string }[], site: URL | undefined): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: item.label,
			...(item.href && { item: absoluteUrl(item.href, site) }),
		})),
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script element. */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
