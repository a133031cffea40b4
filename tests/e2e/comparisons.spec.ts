import { expect, type Locator, test } from '@playwright/test';
import { readContentFiles } from '../../src/lib/content/content-files';
import { citationLabel } from '../../src/lib/content/citations';
import { typeset } from '../../src/lib/content/typography';
import { CACHEABILITY, cacheabilitySpec, HEADER_ROLES, PERMANENCE, REDIRECT_METHOD, RETRY_ADVICE } from '../../src/lib/codes/http-semantics';
import { CLIENTS, type Observation } from '../../src/lib/lab/client-behaviour';
import { behaviourOf } from '../../src/lib/lab/client-data';

/** Comparisons and code entries as written in `content/`, not as the site renders them (the schema typesets shown text). */
interface Comparison {
	slug: string;
	codes: number[];
	properties: string[];
}
interface Entry {
	code: number;
	summary: string;
	cacheable: keyof typeof CACHEABILITY;
	spec?: { document: string; section: string; url: string };
	headers?: { name: string; role: keyof typeof HEADER_ROLES; cite?: string }[];
	retry: { advice: keyof typeof RETRY_ADVICE; note?: string };
	permanence?: { value: keyof typeof PERMANENCE; cite: string };
	redirect?: { method: keyof typeof REDIRECT_METHOD; cite: string };
}
const comparisons = readContentFiles('content/comparisons').map(({ id, frontmatter }) => ({ slug: id, ...(frontmatter as Omit<Comparison, 'slug'>) }));
const entries = new Map(readContentFiles('content/codes').map(({ frontmatter }) => [(frontmatter as Entry).code, frontmatter as Entry]));

/** What each measured row says of one client's observation, straight from the lab's data. */
const MEASURED: Record<string, { browsersOnly?: boolean; word(observation: Observation): string }> = {
	clientPost: { word: (item) => (!item.post ? 'Not followed' : item.post.method !== 'POST' ? `Becomes ${item.post.method}` : item.post.body ? 'Stays a POST with its body' : 'Stays a POST, body lost') },
	clientRetry: { word: (item) => (item.retries === 0 ? 'No retry' : item.waited ? 'Retried after Retry-After' : 'Retried at once') },
	clientPrompt: { browsersOnly: true, word: (item) => (item.prompt ? 'A prompt' : 'No prompt') },
};

/** A measured cell: one line per outcome naming its clients, the most common last as "every (other) client"; the lab's page linked. */
async function expectMeasuredCell(cell: Locator, property: string, code: number) {
	const { browsersOnly, word } = MEASURED[property];
	const measured = Object.entries(behaviourOf(code)!.clients).filter(([id]) => !browsersOnly || /^(chromium|firefox)-/.test(id));
	const lines = await cell.locator('p').allTextContents();
	expect(lines).toHaveLength(new Set(measured.map(([, observation]) => word(observation!))).size);
	expect(lines.at(-1)).toMatch(/: every (other )?(client|browser) \(client lab\)$/);
	for (const [id, observation] of measured) {
		const line = lines.find((text) => text.startsWith(`${word(observation!)}:`));
		expect(line, `${code} ${id}`).toBeDefined();
		if (line !== lines.at(-1)) expect(line!.split(': ')[1].split(', '), `${code} ${id}`).toContain(CLIENTS[id as keyof typeof CLIENTS].label);
	}
	await expect(cell.locator('a')).toHaveAttribute('href', '/clients/');
}

/** What each row must show for an entry, straight from its fields. */
async function expectCell(cell: Locator, property: string, entry: Entry) {
	if (property in MEASURED) return expectMeasuredCell(cell, property, entry.code);
	switch (property) {
		case 'summary':
			return expect(cell).toHaveText(typeset(entry.summary));
		case 'cacheable':
			await expect(cell).toHaveText(`${CACHEABILITY[entry.cacheable].label} (${citationLabel(cacheabilitySpec(entry.code))})`);
			return expect(cell.locator('a')).toHaveAttribute('href', cacheabilitySpec(entry.code));
		case 'permanence':
			if (!entry.permanence) return expect(cell).toHaveText('Not stated');
			await expect(cell).toHaveText(`${PERMANENCE[entry.permanence.value]} (${citationLabel(entry.permanence.cite)})`);
			return expect(cell.locator('a')).toHaveAttribute('href', entry.permanence.cite);
		case 'method':
			if (!entry.redirect) return expect(cell).toHaveText('Not a redirect');
			await expect(cell).toHaveText(`${REDIRECT_METHOD[entry.redirect.method]} (${citationLabel(entry.redirect.cite)})`);
			return expect(cell.locator('a')).toHaveAttribute('href', entry.redirect.cite);
		case 'headers':
			if (!entry.headers?.length) return expect(cell).toHaveText('None in particular');
			return expect(cell.locator('p')).toHaveText(entry.headers.map((header) => `${header.name}: ${HEADER_ROLES[header.role]}${header.cite ? ` (${citationLabel(header.cite)})` : ''}`));
		case 'retry':
			return expect(cell).toHaveText(RETRY_ADVICE[entry.retry.advice] + (entry.retry.note ? ` ${typeset(entry.retry.note)}` : ''));
		case 'spec':
			await expect(cell).toHaveText(`${entry.spec!.document} §${entry.spec!.section}`);
			return expect(cell.locator('a')).toHaveAttribute('href', entry.spec!.url);
		default:
			throw new Error(`no expectation for property ${property}`);
	}
}

test.describe('comparisons', () => {
	test('the index links every comparison', async ({ page }) => {
		await page.goto('/compare/');
		const links = await page.locator('main ul a').evaluateAll((items) => items.map((item) => item.getAttribute('href')));
		expect(links.sort()).toEqual(comparisons.map((comparison) => `/compare/${comparison.slug}/`).sort());
	});

	for (const comparison of comparisons) {
		test(`/compare/${comparison.slug}/ tabulates each code's own fields`, async ({ page }) => {
			const response = await page.goto(`/compare/${comparison.slug}/`);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toHaveText(comparison.codes.join(' vs '));
			const table = page.locator('table');
			expect(await table.locator('thead th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(comparison.codes.map((code) => `/codes/${code}/`));
			expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-property')))).toEqual(comparison.properties);
			for (const property of comparison.properties) {
				for (const code of comparison.codes) {
					await expectCell(table.locator(`tr[data-property="${property}"] td[data-code="${code}"]`), property, entries.get(code)!);
				}
			}
		});
	}

	test('each code page links to the comparisons that include it', async ({ page }) => {
		for (const code of [301, 404, 503]) {
			await page.goto(`/codes/${code}/`);
			const section = page.locator('section[aria-labelledby="compare-with"]');
			const expected = comparisons.filter((comparison) => comparison.codes.includes(code)).map((comparison) => `/compare/${comparison.slug}/`);
			const links = section.locator('a[href^="/compare/"]');
			expect(await links.evaluateAll((items) => items.map((link) => link.getAttribute('href')))).toEqual(expect.arrayContaining(expected));
			await expect(links).toHaveCount(expected.length);
		}
		await page.goto('/codes/418/');
		await expect(page.locator('section[aria-labelledby="compare-with"]')).toHaveCount(0);
	});

	test('links name the section they cite, the code they lead to or the client lab, never the fact itself', async ({ page }) => {
		for (const comparison of comparisons) {
			await page.goto(`/compare/${comparison.slug}/`);
			const texts = await page.locator('.comparison a').allTextContents();
			// The measured rows name their source, the client lab.
			const bare = texts.filter((text) => !/^(RFC \d+|draft-[\w-]+)( (§|App\. )[\w.]+)?$/.test(text.trim()) && !/^\d{3} /.test(text.trim()) && text.trim() !== 'client lab');
			expect(bare, comparison.slug).toEqual([]);
		}
	});

	test('on a phone, each code gets a card with every row heading and the same facts as the table; the table shows on wide screens', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		for (const comparison of comparisons) {
			await page.goto(`/compare/${comparison.slug}/`);
			await expect(page.locator('.comparison table')).toBeHidden();
			const cards = page.locator('.comparison .card');
			await expect(cards).toHaveCount(comparison.codes.length);
			expect(await cards.evaluateAll((items) => items.map((item) => item.getAttribute('data-code')))).toEqual(comparison.codes.map(String));
			await expect(cards.first()).toBeVisible();
			// Each card row against the table: the row heading and the cell of that code, as text.
			const pairs = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.comparison .card')].flatMap((card) =>
					[...card.querySelectorAll<HTMLElement>('dl > [data-property]')].map((row) => {
						const property = row.dataset.property!;
						const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
						return {
							card: [card.dataset.code, text(card.querySelector('h3')), property, text(row.querySelector('dt')), text(row.querySelector('dd'))],
							table: [card.dataset.code, text(document.querySelector(`thead th[data-code="${card.dataset.code}"]`)), property, text(document.querySelector(`tr[data-property="${property}"] th`)), text(document.querySelector(`tr[data-property="${property}"] td[data-code="${card.dataset.code}"]`))],
						};
					}),
				),
			);
			expect(pairs.map((pair) => pair.card)).toEqual(pairs.map((pair) => pair.table));
			expect(pairs).toHaveLength(comparison.codes.length * comparison.properties.length);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), comparison.slug).toBeLessThanOrEqual(0);
		}
		await page.setViewportSize({ width: 1280, height: 900 });
		for (const comparison of comparisons) {
			await page.goto(`/compare/${comparison.slug}/`);
			await expect(page.locator('.comparison table'), comparison.slug).toBeVisible();
			await expect(page.locator('.comparison .cards'), comparison.slug).toBeHidden();
		}
		await context.close();
	});

	test('the comparisons, the guide and the cheat sheet do not scroll sideways at 320 px', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		for (const path of ['/compare/301-302-303-307-308/', '/guide/', '/cheat-sheet/', '/compare/']) {
			await page.goto(path);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});
});
