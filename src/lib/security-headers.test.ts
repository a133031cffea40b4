import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, cspHash, headersFile, inlineScriptHashes, inlineStyleHashes, MAX_HEADER_LINE, securityHeaders } from './security-headers';

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
});

describe('headersFile', () => {
	test('applies every header to every path', () => {
		const file = headersFile(securityHeaders("default-src 'none'"));
		expect(file.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
			'/*',
			"  Content-Security-Policy: default-src 'none'",
			'  Strict-Transport-Security: max-age=63072000; includeSubDomains',
			'  X-Content-Type-Options: nosniff',
			'  X-Frame-Options: DENY',
			'  Referrer-Policy: strict-origin-when-cross-origin',
			'  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
			'  Cross-Origin-Opener-Policy: same-origin',
			'',
		]);
	});

	test('refuses a header line longer than static hosts accept', () => {
		expect(() => headersFile([['Content-Security-Policy', 'x'.repeat(MAX_HEADER_LINE)]])).toThrow(/at most 2000/);
	});
});
