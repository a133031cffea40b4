import { describe, expect, test } from 'vitest';
import {
	contentSecurityPolicy,
	cspHash,
	HASHED_PATTERNS,
	headersFile,
	headersFor,
	headersSetTwice,
	htmlPatterns,
	IMMUTABLE,
	inlineScriptHashes,
	inlineStyleHashes,
	MAX_HEADER_LINE,
	MAX_HEADER_RULES,
	parseHeadersFile,
	patternRegExp,
	REVALIDATE,
	securityHeaders,
	siteHeaderRules,
} from './security-headers';

describe('cspHash', () => {
	test('is the base64 SHA-256 of the text, as in the CSP specification example', () => {
		// CSP Level 3, "script-src" example: the hash of `alert('Hello, world.');`.
		expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
	});

	test('hashes CRLF text as the browser sees it, with LF newlines', () => {
		expect(cspHash('a();\r\nb();')).toBe(cspHash('a();\nb();'));
	});
});

describe('inlineScriptHashes', () => {
	test('hashes classic, module and import-map scripts, but not external scripts or data blocks', () => {
		const html = [
			'<script>one()</script>',
			'<script type="module">two()</script>',
			"<script type='text/javascript'>three()</script>",
			'<script type="importmap">{"imports":{}}</script>',
			'<script type="module" src="/_astro/a.js"></script>',
			'<script type="application/ld+json">{"@type":"WebPage"}</script>',
		].join('\n');
		expect(inlineScriptHashes(html)).toEqual([cspHash('one()'), cspHash('two()'), cspHash('three()'), cspHash('{"imports":{}}')]);
	});

	test('keeps the script text byte for byte, whitespace included', () => {
		expect(inlineScriptHashes('<SCRIPT>\n\tgo();\n</SCRIPT>')).toEqual([cspHash('\n\tgo();\n')]);
	});
});

describe('inlineStyleHashes', () => {
	test('hashes every style element', () => {
		expect(inlineStyleHashes('<style>a{color:red}</style><p>x</p><style media="print">b{}</style>')).toEqual([cspHash('a{color:red}'), cspHash('b{}')]);
	});
});

describe('contentSecurityPolicy', () => {
	const policy = contentSecurityPolicy([cspHash('b()'), cspHash('a()'), cspHash('a()')], [cspHash('s{}')]);

	test('admits only the site itself and the given hashes, once each', () => {
		const directives = Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive]));
		expect(directives['default-src']).toBe("default-src 'none'");
		expect(directives['script-src']).toBe(`script-src 'self' 'wasm-unsafe-eval' ${[cspHash('a()'), cspHash('b()')].sort().join(' ')}`);
		expect(directives['style-src']).toBe(`style-src 'self' ${cspHash('s{}')}`);
		expect(directives['frame-ancestors']).toBe("frame-ancestors 'none'");
		expect(directives['worker-src']).toBe("worker-src 'none'");
	});

	test('has no directive an engine reports as unknown (WebKitGTK logs a console error for manifest-src)', () => {
		expect(policy).not.toMatch(/manifest-src/);
	});

	test('never allows inline code or styles wholesale, nor other hosts', () => {
		expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'strict-dynamic'|https?:|\*/);
	});

	test('has no directive for what the site does not have (a web app manifest)', () => {
		expect(policy).not.toContain('manifest-src');
	});
});

describe('headersFile', () => {
	test('writes each pattern with its headers indented below, and reads back the same', () => {
		const rules = [
			{ pattern: '/*', headers: securityHeaders("default-src 'none'") },
			{ pattern: '/_astro/*', headers: [['Cache-Control', IMMUTABLE]] as [string, string][] },
		];
		const file = headersFile(rules);
		expect(file.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
			'/*',
			"  Content-Security-Policy: default-src 'none'",
			'  Strict-Transport-Security: max-age=63072000; includeSubDomains',
			'  X-Content-Type-Options: nosniff',
			'  X-Frame-Options: DENY',
			'  Referrer-Policy: strict-origin-when-cross-origin',
			'  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
			'  Cross-Origin-Opener-Policy: same-origin',
			'/_astro/*',
			'  Cache-Control: public, max-age=31536000, immutable',
			'',
		]);
		expect(parseHeadersFile(file)).toEqual(rules);
	});

	test('refuses a line longer than Cloudflare Pages reads, which it would drop without a word', () => {
		const rule = (length: number) => [{ pattern: '/*', headers: [['Content-Security-Policy', 'x'.repeat(length - '  Content-Security-Policy: '.length)]] as [string, string][] }];
		expect(headersFile(rule(MAX_HEADER_LINE))).toContain('x'.repeat(100));
		expect(() => headersFile(rule(MAX_HEADER_LINE + 1))).toThrow(/2001 characters.*over 2000/);
	});

	test('refuses more rules than Cloudflare Pages reads', () => {
		const rules = Array.from({ length: MAX_HEADER_RULES + 1 }, (_, i) => ({ pattern: `/${i}`, headers: [['X-A', '1']] as [string, string][] }));
		expect(() => headersFile(rules)).toThrow(/101 rules/);
		expect(() => headersFile(rules.slice(1))).not.toThrow();
	});
});

describe('parseHeadersFile', () => {
	test('reads comments, blank lines and values that contain colons', () => {
		expect(parseHeadersFile('# c\n/*\n  A: 1\n  B: x: y\n\n/p\n  C: 2\n')).toEqual([
			{ pattern: '/*', headers: [['A', '1'], ['B', 'x: y']] },
			{ pattern: '/p', headers: [['C', '2']] },
		]);
	});
});

describe('patternRegExp', () => {
	const matches = (pattern: string, host: 'cloudflare' | 'netlify', paths: string[]) => paths.filter((path) => patternRegExp(pattern, host).test(path));
	const paths = ['/', '/guide/', '/codes/429/', '/codes/429.json', '/codes.json', '/_astro/a.js', '/pagefind/pagefind.en_1.pf_meta', '/pagefind/pagefind.js', '/CODES/429.JSON'];

	test('Cloudflare Pages: `*` any text, `:name` one segment, case and trailing slash exact', () => {
		expect(matches('/*', 'cloudflare', paths)).toEqual(paths);
		expect(matches('/:page/', 'cloudflare', paths)).toEqual(['/guide/']);
		expect(matches('/codes/*.json', 'cloudflare', paths)).toEqual(['/codes/429.json']);
		expect(matches('/pagefind/*.pf_meta', 'cloudflare', paths)).toEqual(['/pagefind/pagefind.en_1.pf_meta']);
		expect(matches('/', 'cloudflare', paths)).toEqual(['/']);
	});

	test('Netlify: the same, but the trailing slash optional and case ignored', () => {
		expect(matches('/:page/', 'netlify', paths)).toEqual(['/guide/', '/codes.json']);
		expect(matches('/codes/*.json', 'netlify', paths)).toEqual(['/codes/429.json', '/CODES/429.JSON']);
		expect(matches('/codes/*', 'netlify', ['/codes', '/codes/', '/codes/429/'])).toEqual(['/codes', '/codes/', '/codes/429/']);
		expect(matches('/', 'netlify', paths)).toEqual(['/']);
	});
});

describe('the site rules', () => {
	const pages = ['/', '/guide/', '/429/', '/codes/429/', '/codes/4xx/', '/compare/401-403-404/'];
	const rules = siteHeaderRules("default-src 'none'", pages);
	const files = ['/_astro/search-loader.9jRnHa5j.js', '/pagefind/index/en_15f99e7.pf_index', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/filter/en_2.pf_filter', '/pagefind/pagefind.en_7ede8f1ace.pf_meta'];
	const unhashed = ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/search-results.json', '/og/429.png', '/favicon.svg'];
	const data = ['/codes.json', '/codes/429.json', '/codes.schema.json', '/clients.json', '/clients.schema.json'];

	test('cover every page by its depth and first folder', () => {
		expect(htmlPatterns(pages)).toEqual(['/', '/:p1/', '/codes/:p2/', '/compare/:p2/']);
		expect(htmlPatterns(['/a/b/c/'])).toEqual(['/a/:p2/:p3/']);
		expect(() => htmlPatterns(['/404.html'])).toThrow(/not a directory page/);
	});

	for (const host of ['cloudflare', 'netlify'] as const) {
		test(`${host}: hashed files are immutable, pages revalidate, the JSON data is open to other sites, and all get the security headers`, () => {
			for (const path of files) expect(headersFor(rules, path, host)['cache-control'], path).toBe(IMMUTABLE);
			for (const path of pages) expect(headersFor(rules, path, host)['cache-control'], path).toBe(REVALIDATE);
			for (const path of unhashed) expect(headersFor(rules, path, host)['cache-control'], path).not.toBe(IMMUTABLE);
			for (const path of data) expect(headersFor(rules, path, host)['access-control-allow-origin'], path).toBe('*');
			for (const path of [...pages, '/search-results.json', '/pagefind/pagefind-entry.json']) expect(headersFor(rules, path, host)['access-control-allow-origin'], path).toBeUndefined();
			for (const path of [...files, ...pages, ...unhashed, ...data]) expect(headersFor(rules, path, host)['content-security-policy'], path).toBe("default-src 'none'");
		});
	}

	test('no path gets a header from two rules, which the hosts would join into one contradictory value', () => {
		expect(headersSetTwice(rules, [...pages, ...files, ...unhashed, ...data])).toEqual([]);
		const overlapping = [...rules, { pattern: '/*', headers: [['Cache-Control', REVALIDATE]] as [string, string][] }];
		expect(headersSetTwice(overlapping, ['/_astro/a.js'])).toEqual(['/_astro/a.js gets cache-control from two rules on cloudflare', '/_astro/a.js gets cache-control from two rules on netlify']);
	});

	test('hashed patterns are exactly the content-addressed files', () => {
		expect(HASHED_PATTERNS).toEqual(['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*', '/pagefind/*.pf_meta']);
	});
});
