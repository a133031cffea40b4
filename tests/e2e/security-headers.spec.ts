/**
 * The site under its own security headers, served by the Cloudflare Pages runtime
 * with `dist/_headers`: every kind of page and the search work with no
 * Content-Security-Policy violation, and the policy admits every inline script
 * of every built page, and nothing else inline.
 */
import type { ConsoleMessage, Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeadersFile } from '../../src/lib/hosting/security-headers';
import { builtPages, DIST, expect, MISSING_CODE_PATH, pageTypes, readPage, test } from './built-site';
import { searchFor } from './search-box';

const [rule] = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const headers = Object.fromEntries(rule.headers.map(([name, value]) => [name.toLowerCase(), value]));
const policy = headers['content-security-policy'];
const directive = (name: string) => policy.split(';').map((part) => part.trim().split(/\s+/)).find(([key]) => key === name)?.slice(1) ?? [];

/** Console errors and warnings (which include CSP reports) from the page and its workers, and uncaught errors. */
function watch(page: Page): string[] {
	const problems: string[] = [];
	const onConsole = (message: ConsoleMessage) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
	};
	page.on('console', onConsole);
	page.on('worker', (worker) => worker.on('console', onConsole));
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	return problems;
}

test.beforeEach(async ({ context }) => {
	// Playwright injects this itself, outside the page's CSP; it reports violations the console might not show.
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`));
	});
});

test.describe('security headers', () => {
	test('_headers sets a strict policy and the other security headers for every path', () => {
		expect(rule.pattern).toBe('/*');
		expect(directive('default-src')).toEqual(["'none'"]);
		expect(directive('frame-ancestors')).toEqual(["'none'"]);
		expect(directive('script-src').filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
		expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBeTruthy();
		expect(headers['permissions-policy']).toBeTruthy();
	});

	test('every inline script on every built page is admitted by its hash, and nothing inline bypasses the policy', () => {
		const scriptSources = new Set(directive('script-src'));
		const styleSources = new Set(directive('style-src'));
		const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
		const problems: string[] = [];
		let scripts = 0;
		for (const page of builtPages()) {
			const document = parse(readPage(page));
			for (const script of document.querySelectorAll('script:not([src])')) {
				const type = script.getAttribute('type') ?? '';
				if (type === 'application/ld+json') continue; // a data block, never executed
				scripts++;
				if (!scriptSources.has(hash(script.rawText))) problems.push(`${page.path}: inline <script type="${type}"> is not in script-src`);
			}
			for (const style of document.querySelectorAll('style')) {
				if (!styleSources.has(hash(style.rawText))) problems.push(`${page.path}: <style> is not in style-src`);
			}
			for (const element of document.querySelectorAll('*')) {
				for (const name of Object.keys(element.attributes)) {
					if (/^on/i.test(name)) problems.push(`${page.path}: inline handler ${name} on <${element.tagName.toLowerCase()}>`);
					if (name.toLowerCase() === 'style') problems.push(`${page.path}: style attribute on <${element.tagName.toLowerCase()}>; use a class`);
				}
				if (/^\s*javascript:/i.test(element.getAttribute('href') ?? '')) problems.push(`${page.path}: javascript: URL`);
			}
		}
		console.log(`CSP: ${scripts} inline scripts on ${builtPages().length} pages, all matched against ${scriptSources.size - 2} hashes`);
		expect(problems).toEqual([]);
	});

	for (const path of pageTypes()) {
		test(`${path} works under the policy: scripts run, search works, no violation`, async ({ page }) => {
			const problems = watch(page);
			const response = await page.goto(path);
			expect(response?.headers()['content-security-policy']).toBe(policy);
			expect(response?.headers()['x-frame-options']).toBe(headers['x-frame-options']);
			expect(response?.status()).toBe(path === MISSING_CODE_PATH ? 404 : 200);
			await page.waitForLoadState('networkidle');
			// The inline theme script ran before paint.
			await expect(page.locator('html')).toHaveAttribute('data-js', '');
			const workers: string[] = [];
			page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
			const links = await searchFor(page, 'rate limit');
			await expect(links.first()).toHaveAttribute('href', '/codes/429/');
			expect(workers, 'Pagefind searches on the main thread; the policy forbids workers').toEqual([]);
			const toggle = page.locator('[data-theme-toggle]');
			const pressed = await toggle.getAttribute('aria-pressed');
			await toggle.click();
			await expect(toggle).not.toHaveAttribute('aria-pressed', pressed ?? '');
			// The browser logs the not-found page's own 404 status; that one is intended.
			expect(problems.filter((problem) => !problem.endsWith(`status of 404 (Not Found) (${page.url()})`))).toEqual([]);
		});
	}
});
