/**
 * Query sets of our own, written apart from the shared evaluator's and from the
 * aliases, run through the real search box. Ranks are deterministic, so this
 * fails only when relevance really drops.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { searchFor } from './search-box';

interface Query {
	q: string;
	/** Acceptable codes, best first. */
	expect: number[];
	kind: string;
}

const QUERIES: Query[] = JSON.parse(readFileSync(new URL('../search-queries.json', import.meta.url), 'utf8'));

test('our own query set finds an expected code first at least 90 % of the time and in the top 3 at least 97 %', async ({ page }) => {
	test.setTimeout(240_000);
	await page.goto('/');
	const misses: string[] = [];
	let top3 = 0;
	for (const { q, expect: codes } of QUERIES) {
		const hrefs = await (await searchFor(page, q)).evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
		const wanted = codes.map((code) => `/codes/${code}/`);
		if (hrefs.some((href) => wanted.includes(href!))) top3 += 1;
		if (!wanted.includes(hrefs[0]!)) misses.push(`${q} → ${hrefs[0]} (want ${codes.join(' or ')})`);
	}
	const top1Share = (QUERIES.length - misses.length) / QUERIES.length;
	const top3Share = top3 / QUERIES.length;
	console.log(`${QUERIES.length} queries: top-1 ${(top1Share * 100).toFixed(1)} %, top-3 ${(top3Share * 100).toFixed(1)} %${misses.length ? `; misses: ${misses.join('; ')}` : ''}`);
	expect(top1Share, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
	expect(top3Share).toBeGreaterThanOrEqual(0.97);
});
