/**
 * Hosts the site may link to. Specifications come only from the RFC Editor and
 * the IETF datatracker; vendor documentation hosts are listed one by one so a
 * typo or a link to a content farm fails validation instead of shipping.
 */
export const SPEC_HOSTS = ['www.rfc-editor.org', 'datatracker.ietf.org'] as const;

export const REFERENCE_HOSTS = [
	...SPEC_HOSTS,
	'www.iana.org',
	'developer.mozilla.org',
	'httpwg.org',
	'nginx.org',
	'developers.cloudflare.com',
	'blog.cloudflare.com',
	'docs.claude.com',
	'platform.claude.com',
	'yandex.ru',
	'api.docs.cpanel.net',
	'docs.aws.amazon.com',
	'repost.aws',
	'learn.microsoft.com',
	'laravel.com',
	'developer.x.com',
	'docs.spring.io',
	'shopify.dev',
	'developers.arcgis.com',
	'enterprise.arcgis.com',
	'docs.pantheon.io',
	'docs.cpanel.net',
	'docs.cloudlinux.com',
	'github.com',
	'httpd.apache.org',
	'pkg.go.dev',
	'docs.python.org',
	'docs.rs',
	'symfony.com',
	'rubydoc.info',
	'expressjs.com',
	'fastify.dev',
	'nodejs.org',
	'www.w3.org',
	'html.spec.whatwg.org',
	'fetch.spec.whatwg.org',
	'xhr.spec.whatwg.org',
	'www.envoyproxy.io',
	'docs.oracle.com',
	'docs.unity3d.com',
	'support.microsoft.com',
	'devcenter.heroku.com',
	'vercel.com',
	'help.aliyun.com',
	'developer.yahoo.com',
	'developers.google.com',
	'vercel.com',
	'cloud.google.com',
	'docs.stripe.com',
	'varnish-cache.org',
	'www.varnish-software.com',
	'curl.se',
	'bugzilla.mozilla.org',
	'bugs.webkit.org',
	'lists.w3.org',
	'marco.org',
	'everything.curl.dev',
	'docs.djangoproject.com',
	'docs.nestjs.com',
] as const;

/** Whether `value` is an https URL on one of `hosts`. */
export function isLinkTo(value: string, hosts: readonly string[]): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' && hosts.includes(url.hostname);
	} catch {
		return false;
	}
}
