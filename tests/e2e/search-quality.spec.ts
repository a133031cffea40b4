/**
 * A query set of our own, different from the shared evaluator's, run through the
 * real search box. Ranks are deterministic, so this fails only when relevance
 * really drops: below 90 % of queries with the expected code first.
 */
import { expect, test } from '@playwright/test';

const QUERIES: [query: string, code: number][] = [
	['404', 404],
	['http 503', 503],
	['created', 201],
	['no content', 204],
	['see other', 303],
	['precondition failed', 412],
	['unsupported media type', 415],
	['misdirected request', 421],
	['request entity too large', 413],
	['requested range not satisfiable', 416],
	['unprocesable content', 422],
	['tmeout gateway', 504],
	['servce unavailable', 503],
	['HTTP_PRECONDITION_REQUIRED', 428],
	['HttpStatusCode.Gone', 410],
	['http.StatusUnauthorized', 401],
	['HttpStatus.LOCKED', 423],
	[':expectation_failed', 417],
	['nginx no response', 444],
	['cloudflare 524', 524],
	['laravel csrf token mismatch', 419],
	['esri invalid token', 498],
	['linkedin 999', 999],
	['too many requests', 429],
	['login required wifi hotel', 511],
	['upload file too big nginx', 413],
	['redirect keep post method permanent', 308],
	['cached copy still valid etag', 304],
	['server is down for maintenance', 503],
	['censored legal reasons', 451],
];

test('our own query set finds the expected code first at least 90 % of the time', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	const input = page.locator('[data-search-input]');
	const results = page.locator('[data-search-results]');
	const misses: string[] = [];
	for (const [query, code] of QUERIES) {
		await input.fill(query);
		await expect(results).toHaveAttribute('data-search-query', query);
		await expect(results).not.toHaveAttribute('aria-busy', 'true');
		const first = await results.locator('a[href]').first().getAttribute('href');
		if (first !== `/codes/${code}/`) misses.push(`${query} → ${first} (want ${code})`);
	}
	const share = (QUERIES.length - misses.length) / QUERIES.length;
	expect(share, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
	console.log(`top-1 ${(share * 100).toFixed(1)} %${misses.length ? `; misses: ${misses.join('; ')}` : ''}`);
});
