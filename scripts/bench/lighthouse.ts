/**
 * Lighthouse with its default mobile settings (simulated throttling), in a fresh
 * headless Chromium for every run, driven through chrome-launcher.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './stats.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface LighthouseResult {
	scores: Record<Category, number>;
	/** Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift unitless. */
	lcp: number;
	tbt: number;
	cls: number;
	/** Audits that did not pass, to say why a score is below 100. */
	failed: string[];
}

async function runOnce(url: string, chromePath: string): Promise<LighthouseResult> {
	// chrome-launcher kills Chromium with SIGKILL, which leaves its profile behind: give it one to remove.
	const userDataDir = await mkdtemp(join(tmpdir(), 'bench-chromium-'));
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, userDataDir, logLevel: 'silent' });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as Record<Category, number>;
		const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
		const failed = Object.values(lhr.audits)
			.filter((audit) => (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'metricSavings') && audit.score !== null && audit.score < 1)
			.map((audit) => audit.id);
		return { scores, lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'), failed };
	} finally {
		chrome.kill();
		await rm(userDataDir, { recursive: true, force: true });
	}
}

/** `runs` runs of one page; each score and metric is the median over the runs. */
export async function runLighthouse(url: string, chromePath: string, runs: number): Promise<LighthouseResult> {
	const results: LighthouseResult[] = [];
	for (let run = 0; run < runs; run++) results.push(await runOnce(url, chromePath));
	return {
		scores: Object.fromEntries(CATEGORIES.map((category) => [category, median(results.map((result) => result.scores[category]))])) as Record<Category, number>,
		lcp: median(results.map((result) => result.lcp)),
		tbt: median(results.map((result) => result.tbt)),
		cls: median(results.map((result) => result.cls)),
		failed: [...new Set(results.flatMap((result) => result.failed))].sort(),
	};
}
