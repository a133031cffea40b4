/**
 * `dist/_headers` and `dist/_redirects` translated for hosts that read neither:
 * an nginx and a Caddy snippet to include in the site's own server block, so that
 * those hosts send the same headers and redirects and the same 404 page as
 * Cloudflare Pages and Netlify. Written by the build (`src/integrations/host-configs.ts`).
 *
 * Each `_headers` rule becomes one regular-expression location (nginx) or matcher
 * (Caddy) with the pattern's Cloudflare meaning (`patternRegExp`). `/*` goes on every
 * response; the other rules must never match the same file, since nginx picks one
 * location per request (`disjointRules`).
 */
import { type HeaderRule, patternRegExp } from './security-headers';

export interface RedirectRule {
	from: string;
	to: string;
	status: number;
}

/** Reads a `_redirects` file of plain `from to status` lines, the only kind the site writes. */
export function parseRedirectsFile(text: string): RedirectRule[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'))
		.map((line) => {
			const [from, to, status = '301', ...rest] = line.split(/\s+/);
			if (rest.length > 0 || !/^\/[^*:]*$/.test(from) || !/^\d{3}$/.test(status)) throw new Error(`_redirects: cannot translate "${line}"`);
			return { from, to, status: Number(status) };
		});
}

/** Host files, read by the host and never served. */
const HOST_FILES = ['/_headers', '/_redirects'];

function quoted(value: string): string {
	if (/["$\\{}\n]/.test(value)) throw new Error(`header value cannot be written to a server config as it is: ${value}`);
	return `"${value}"`;
}

function split(rules: HeaderRule[]): { everywhere: [string, string][]; specific: HeaderRule[] } {
	const everywhere = rules.filter((rule) => rule.pattern === '/*').flatMap((rule) => rule.headers);
	return { everywhere, specific: rules.filter((rule) => rule.pattern !== '/*') };
}

/** The source of a rule's regular expression, anchored, as Cloudflare Pages matches it. */
const regexSource = (pattern: string) => patternRegExp(pattern, 'cloudflare').source;

/** Pairs of rules (other than `/*`) that match one of `paths`: none may, for nginx. */
export function disjointRules(rules: HeaderRule[], paths: Iterable<string>): string[] {
	const { specific } = split(rules);
	const problems: string[] = [];
	for (const path of paths) {
		const matching = specific.filter((rule) => patternRegExp(rule.pattern, 'cloudflare').test(path)).map((rule) => rule.pattern);
		if (matching.length > 1) problems.push(`${path} matches ${matching.join(' and ')}`);
	}
	return problems;
}

const HEADER = '# Written by `astro build` (src/lib/hosting/host-configs.ts) from dist/_headers and dist/_redirects; do not edit.';

/** The nginx variable that carries a header set by rules other than `/*`. */
const variable = (name: string) => `$site_${name.toLowerCase().replace(/-/g, '_')}`;

/**
 * Directives for inside an nginx `server` block whose `root` is `dist/`:
 *
 *     server { listen 443 ssl; server_name example.org; root /srv/site/dist; include /srv/site/deploy/nginx.conf; }
 *
 * A location with an `add_header` of its own loses every inherited one, so the
 * locations only set variables, and the server level sends each header once, from
 * its variable (nginx leaves out a header whose value is empty).
 */
export function nginxConfig(rules: HeaderRule[], redirects: RedirectRule[]): string {
	const { everywhere, specific } = split(rules);
	const names = [...new Set(['Cache-Control', ...specific.flatMap((rule) => rule.headers.map(([name]) => name))])];
	return [
		HEADER,
		'# Include it inside the server block whose root is dist/ (see the README).',
		'index index.html;',
		'# Relative redirects (`/codes/429` → `/codes/429/`), as Cloudflare Pages and Netlify send them.',
		'absolute_redirect off;',
		'error_page 404 /404.html;',
		'gzip on;',
		'gzip_types text/css application/javascript application/json application/xml image/svg+xml;',
		'',
		'# The headers of every response.',
		...everywhere.map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
		'# The headers that depend on the path, set below; empty (so not sent) elsewhere, and reset for the 404 page.',
		...names.flatMap((name) => [`set ${variable(name)} "";`, `add_header ${name} ${variable(name)} always;`]),
		'',
		// nginx serves `/codes/429/` by an internal redirect to `/codes/429/index.html`, which must match too.
		...specific.map((rule) => `location ~ ${regexSource(rule.pattern).replace(/\\\/\$$/, '\\/(index\\.html)?$')} { ${rule.headers.map(([name, value]) => `set ${variable(name)} ${quoted(value)};`).join(' ')} }  # ${rule.pattern}`),
		'# Not to be kept: the address may exist tomorrow (as Cloudflare Pages sends it).',
		`location = /404.html { set ${variable('Cache-Control')} "no-store"; }`,
		'',
		...HOST_FILES.map((path) => `location = ${path} { return 404; }`),
		...redirects.map(({ from, to, status }) => `location = ${from} { return ${status} ${to}$is_args$args; }`),
		'',
	].join('\n');
}

/**
 * Directives for inside a Caddy site block whose `root` is `dist/`:
 *
 *     example.org { root * /srv/site/dist; import /srv/site/deploy/caddy.conf }
 */
export function caddyConfig(rules: HeaderRule[], redirects: RedirectRule[]): string {
	const { everywhere, specific } = split(rules);
	return [
		HEADER,
		'# Import it inside the site block whose root is dist/ (see the README).',
		'encode zstd gzip',
		'',
		'header {',
		...everywhere.map(([name, value]) => `\t${name} ${quoted(value)}`),
		'}',
		...specific.flatMap((rule, i) => [
			`# ${rule.pattern}`,
			`@rule${i + 1} path_regexp ${regexSource(rule.pattern)}`,
			...rule.headers.map(([name, value]) => `header @rule${i + 1} ${name} ${quoted(value)}`),
		]),
		'',
		`@hostFiles path ${HOST_FILES.join(' ')}`,
		'error @hostFiles 404',
		'',
		// Caddy 2.6 (Debian 12) has no placeholder for `?` and the query only when there is one, so these drop the query.
		...redirects.map(({ from, to, status }) => `redir ${from} ${to} ${status}`),
		'',
		'file_server',
		'# Anything missing gets the 404 page, with status 404, not to be kept (as Cloudflare Pages sends it).',
		'handle_errors {',
		'\theader Cache-Control "no-store"',
		'\trewrite * /404.html',
		'\tfile_server',
		'}',
		'',
	].join('\n');
}
