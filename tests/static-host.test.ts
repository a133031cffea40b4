import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile, resolveRequest, type StaticHost, startStaticHost } from './static-host';

let root: string;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'static-host-'));
	mkdirSync(join(root, 'codes/429'), { recursive: true });
	writeFileSync(join(root, 'codes/429/index.html'), '<h1>429</h1>');
	writeFileSync(join(root, '404.html'), '<h1>Not found</h1>');
	writeFileSync(join(root, 'app.js'), 'go()');
	writeFileSync(join(root, '_headers'), '# comment\n/*\n  X-One: 1\n  X-Two: a: b\n/codes/*\n  X-One: 2\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('resolveRequest', () => {
	test('serves a directory from its index.html and a file as it is', () => {
		expect(resolveRequest(root, '/codes/429/')).toEqual({ status: 200, file: join(root, 'codes/429/index.html') });
		expect(resolveRequest(root, '/app.js')).toEqual({ status: 200, file: join(root, 'app.js') });
	});

	test('serves /page from page.html', () => {
		expect(resolveRequest(root, '/404')).toEqual({ status: 200, file: join(root, '404.html') });
	});

	test('redirects a directory without its slash to the slash form, keeping the query', () => {
		expect(resolveRequest(root, '/codes/429', '?q=1')).toEqual({ status: 301, location: '/codes/429/?q=1' });
	});

	test('answers anything else, host files and traversal with the 404 page', () => {
		const notFound = { status: 404, file: join(root, '404.html') };
		for (const path of ['/codes/999', '/codes/429/garbage', '/codes/429.html', '/codes/429%00', '/%E0%A4%A', '/_headers', '/codes/../../etc/passwd', '/codes/%2e%2e/%2e%2e/x']) {
			expect(resolveRequest(root, path), path).toEqual(notFound);
		}
	});
});

describe('_headers', () => {
	test('reads path patterns with their indented headers, values may contain colons', () => {
		expect(parseHeadersFile('# c\n/*\n  A: 1\n  B: x: y\n\n/p\n  C: 2\n')).toEqual([
			{ pattern: '/*', headers: [['A', '1'], ['B', 'x: y']] },
			{ pattern: '/p', headers: [['C', '2']] },
		]);
	});

	test('matches splats and placeholders', () => {
		expect(matchesPattern('/*', '/codes/429/')).toBe(true);
		expect(matchesPattern('/codes/:code/', '/codes/429/')).toBe(true);
		expect(matchesPattern('/codes/:code/', '/codes/429/x/')).toBe(false);
		expect(matchesPattern('/a.b', '/aXb')).toBe(false);
	});

	test('joins a header set by several matching rules with a comma', () => {
		const rules = parseHeadersFile('/*\n  X-One: 1\n/codes/*\n  X-One: 2\n');
		expect(headersFor(rules, '/codes/429/')).toEqual({ 'X-One': '1, 2' });
		expect(headersFor(rules, '/')).toEqual({ 'X-One': '1' });
	});
});

describe('startStaticHost', () => {
	let host: StaticHost;
	beforeAll(async () => {
		host = await startStaticHost(root);
	});
	afterAll(() => host.close());

	test('sends the _headers headers with the page, and 404 with the 404 page', async () => {
		const page = await fetch(`${host.url}/codes/429/`);
		expect(page.status).toBe(200);
		expect(page.headers.get('x-one')).toBe('1, 2');
		expect(page.headers.get('x-two')).toBe('a: b');
		expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
		const missing = await fetch(`${host.url}/nothing`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toBe('<h1>Not found</h1>');
		expect(missing.headers.get('x-one')).toBe('1');
	});

	test('redirects without following', async () => {
		const response = await fetch(`${host.url}/codes/429`, { redirect: 'manual' });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/codes/429/');
	});
});
