/** `dist/_headers` as the build wrote it: whole on Cloudflare Pages, and one value per header on every built file. */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, headersSetTwice, IMMUTABLE, MAX_HEADER_LINE, parseHeadersFile, REVALIDATE } from '../../src/lib/hosting/security-headers';
import { DIST } from '../built-site';
import { readDist } from './dist';

const text = readDist('/_headers');
const rules = parseHeadersFile(text);
/** Every built file by its URL path, pages by their directory (`/codes/429/`). */
const paths = readdirSync(DIST, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile())
	.map((entry) => `/${entry.parentPath.slice(DIST.length + 1)}/${entry.name}`.replace(/^\/\//, '/').replace(/\/index\.html$/, '/'));

describe('_headers', () => {
	test('has no line over 2,000 characters, which Cloudflare Pages would drop without a word', () => {
		const long = text.split('\n').filter((line) => line.trim().length > MAX_HEADER_LINE);
		expect(long.map((line) => line.slice(0, 60))).toEqual([]);
	});

	test('sends the Content-Security-Policy, on one line, for every path', () => {
		const csp = text.split('\n').filter((line) => /^\s+Content-Security-Policy:/.test(line));
		expect(csp).toHaveLength(1);
		expect(csp[0]).toMatch(/default-src 'none'; script-src 'self'/);
		expect(rules[0].pattern).toBe('/*');
		expect(rules[0].headers.map(([name]) => name)).toContain('Content-Security-Policy');
	});

	test('gives no built file the same header from two rules, on Cloudflare Pages or Netlify', () => {
		expect(paths.length).toBeGreaterThan(300);
		expect(headersSetTwice(rules, paths)).toEqual([]);
	});

	for (const host of ['cloudflare', 'netlify'] as const) {
		test(`on ${host}: every content-hashed file is immutable, every page and every other file not`, () => {
			const hashed = paths.filter((path) => /^\/_astro\/|^\/pagefind\/(index|fragment|filter)\/|^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(path));
			expect(hashed.some((path) => path.startsWith('/_astro/'))).toBe(true);
			expect(hashed.some((path) => path.endsWith('.pf_meta'))).toBe(true);
			for (const path of paths) {
				const cache = headersFor(rules, path, host)['cache-control'];
				if (hashed.includes(path)) expect(cache, path).toBe(IMMUTABLE);
				else expect(cache, path).not.toBe(IMMUTABLE);
				if (path.endsWith('/')) expect(cache, path).toBe(REVALIDATE);
			}
		});

		test(`on ${host}: every JSON data file, and no other, can be read by other sites`, () => {
			const data = paths.filter((path) => /^\/(codes|clients)(\.schema)?\.json$|^\/codes\/\d+\.json$/.test(path));
			expect(data.length).toBeGreaterThan(90);
			for (const path of paths) {
				expect(headersFor(rules, path, host)['access-control-allow-origin'], path).toBe(data.includes(path) ? '*' : undefined);
			}
		});
	}
});
