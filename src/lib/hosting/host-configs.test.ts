import { describe, expect, test } from 'vitest';
import { caddyConfig, disjointRules, nginxConfig, parseRedirectsFile } from './host-configs';
import type { HeaderRule } from './security-headers';

const rules: HeaderRule[] = [
	{ pattern: '/*', headers: [['X-Frame-Options', 'DENY'], ['Content-Security-Policy', "default-src 'none'"]] },
	{ pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
	{ pattern: '/codes/:p2/', headers: [['Cache-Control', 'public, max-age=0, must-revalidate']] },
];
const redirects = parseRedirectsFile('/100 /codes/100/ 301\n/429 /codes/429/ 301\n');

describe('parseRedirectsFile', () => {
	test('reads plain redirects and refuses what it cannot translate', () => {
		expect(redirects).toEqual([
			{ from: '/100', to: '/codes/100/', status: 301 },
			{ from: '/429', to: '/codes/429/', status: 301 },
		]);
		expect(() => parseRedirectsFile('/a/* /b/:splat 301')).toThrow(/cannot translate/);
		expect(() => parseRedirectsFile('/a /b 301!')).toThrow(/cannot translate/);
	});
});

describe('nginxConfig', () => {
	const config = nginxConfig(rules, redirects);

	test('sends the headers of every path once, and those of the other rules from variables their locations set', () => {
		expect(config).toContain(`add_header X-Frame-Options "DENY" always;\nadd_header Content-Security-Policy "default-src 'none'" always;`);
		expect(config).toContain('set $site_cache_control "";\nadd_header Cache-Control $site_cache_control always;');
		expect(config).toContain('location ~ ^\\/_astro\\/.*$ { set $site_cache_control "public, max-age=31536000, immutable"; }  # /_astro/*');
		expect(config).toContain('location ~ ^\\/codes\\/[^/]+\\/(index\\.html)?$ { set $site_cache_control "public, max-age=0, must-revalidate"; }  # /codes/:p2/');
		expect(config).toContain('location = /404.html { set $site_cache_control "no-store"; }');
		// One add_header per header: a location with its own would lose the server's.
		expect(config.match(/add_header Content-Security-Policy/g)).toHaveLength(1);
		expect(config).not.toMatch(/\{[^}]*add_header/);
	});

	test('redirects as _redirects does, keeping the query; hides the host files; serves the 404 page', () => {
		expect(config).toContain('location = /429 { return 301 /codes/429/$is_args$args; }');
		expect(config).toContain('location = /_headers { return 404; }');
		expect(config).toContain('error_page 404 /404.html;');
		expect(config).toContain('absolute_redirect off;');
	});

	test('refuses a value it would have to escape', () => {
		expect(() => nginxConfig([{ pattern: '/*', headers: [['X', 'a"b']] }], [])).toThrow(/cannot be written/);
	});
});

describe('caddyConfig', () => {
	const config = caddyConfig(rules, redirects);

	test('sets the headers of every path, then each rule on its own matcher', () => {
		expect(config).toContain(`header {\n\tX-Frame-Options "DENY"\n\tContent-Security-Policy "default-src 'none'"\n}`);
		expect(config).toContain('@rule1 path_regexp ^\\/_astro\\/.*$\nheader @rule1 Cache-Control "public, max-age=31536000, immutable"');
	});

	test('redirects as _redirects does, hides the host files, and answers anything missing with the 404 page', () => {
		expect(config).toContain('redir /429 /codes/429/ 301');
		expect(config).toContain('@hostFiles path /_headers /_redirects\nerror @hostFiles 404');
		expect(config).toContain('handle_errors {\n\theader Cache-Control "no-store"\n\trewrite * /404.html\n\tfile_server\n}');
	});
});

describe('disjointRules', () => {
	test('names a path that two rules other than /* match, since nginx applies one location', () => {
		expect(disjointRules(rules, ['/_astro/a.js', '/codes/429/', '/'])).toEqual([]);
		const overlapping = [...rules, { pattern: '/codes/*', headers: [['X-A', '1']] as [string, string][] }];
		expect(disjointRules(overlapping, ['/codes/429/'])).toEqual(['/codes/429/ matches /codes/:p2/ and /codes/*']);
	});
});
