import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveRequest, serveStatic, type StaticServer } from './static-server';

let root: string;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'bench-server-'));
	mkdirSync(join(root, 'codes/429'), { recursive: true });
	writeFileSync(join(root, 'codes/429/index.html'), '<h1>429</h1>');
	writeFileSync(join(root, '404.html'), '<h1>Not found</h1>');
	writeFileSync(join(root, 'app.js'), 'go()');
	writeFileSync(join(root, '_headers'), '/*\n  X-A: 1\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('resolveRequest', () => {
	test('serves a directory from its index.html and a file as it is', () => {
		expect(resolveRequest(root, '/codes/429/')).toEqual({ status: 200, file: join(root, 'codes/429/index.html') });
		expect(resolveRequest(root, '/app.js')).toEqual({ status: 200, file: join(root, 'app.js') });
	});

	test('redirects a directory without its slash, keeping the query', () => {
		expect(resolveRequest(root, '/codes/429', '?q=1')).toEqual({ status: 301, location: '/codes/429/?q=1' });
	});

	test('answers anything else, host files and traversal with the 404 page', () => {
		for (const path of ['/codes/999', '/codes/429/garbage', '/codes/429%00', '/%E0%A4%A', '/_headers', '/codes/%2e%2e/%2e%2e/x']) {
			expect(resolveRequest(root, path), path).toEqual({ status: 404, file: join(root, '404.html') });
		}
	});
});

describe('serveStatic', () => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serveStatic(root, { missingStatus: 200 });
	});
	afterAll(() => server.close());

	test('compresses text and serves the 404 page with the status asked for', async () => {
		const page = await fetch(`${server.origin}/codes/429/`);
		expect(page.headers.get('content-encoding')).toBe('gzip');
		expect(await page.text()).toBe('<h1>429</h1>');
		const missing = await fetch(`${server.origin}/nothing`);
		expect(missing.status).toBe(200);
		expect(await missing.text()).toBe('<h1>Not found</h1>');
	});
});
