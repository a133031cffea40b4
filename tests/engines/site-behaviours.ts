/**
 * What the site must do in every engine, written once and run per engine by
 * `firefox.test.ts` and `webkit.test.ts` (node:test, one process each, in
 * parallel). The site is served with its `_headers` (`server.ts`), so its
 * Content-Security-Policy applies; every test ends by checking that the engine
 * reported no console error, uncaught exception, CSP violation or failed
 * request (how each engine reports them: `firefox.ts`, `webkit.ts`). A failure
 * names the engine and the page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { GUIDE, type GuideQuestion, isResult, stepId } from '../../src/lib/compare/guide.ts';
import { nearestCodes } from '../../src/lib/codes/nearest.ts';
import { PAGE_TYPES } from '../budgets.ts';
import { type Engine, type EnginePage, type LaunchEngine, waitFor } from './engine.ts';
import { type Site, startSite } from './server.ts';

const SEARCH_INPUT = '[data-search-input]';

/** The search results as the page shows them, once they are those of `query` (the search box contract). */
function shownResults(query: string): string[] | undefined {
	const results = document.querySelector('[data-search-results]');
	if (results?.getAttribute('data-search-query') !== query || results.getAttribute('aria-busy') === 'true') return undefined;
	return [...results.querySelectorAll('a[href]')].map((link) => new URL((link as HTMLAnchorElement).href).pathname);
}

/** The text of the guide's headings a visitor can see: with the CSS stepper, only the current step's. */
function visibleGuideHeadings(): string[] {
	return [...document.querySelectorAll('[data-guide] h2')]
		.filter((heading) => heading.getClientRects().length > 0 && getComputedStyle(heading).visibility !== 'hidden')
		.map((heading) => heading.textContent!.trim());
}

export function siteBehaviours(name: string, launch: LaunchEngine): void {
	describe(name, () => behaviours(launch));
}

function behaviours(launch: LaunchEngine): void {
	let site: Site;
	let engine: Engine;
	let page: EnginePage;

	before(async () => {
		site = await startSite();
		engine = await launch(site.baseURL);
		page = engine.page;
		console.log(`# ${engine.version} against ${site.baseURL}`);
	});
	after(async () => {
		await engine?.close();
		await site?.close();
	});

	/** A test whose failure message starts with the engine and the page it was on. */
	const check = (name: string, body: () => Promise<void>) =>
		test(name, async () => {
			await page.takeErrors(); // whatever an earlier, failed test left behind
			try {
				await body();
			} catch (error) {
				if (error instanceof Error) {
					// Errors the page reported are often the cause of what failed.
					const errors = await page.takeErrors().catch(() => []);
					const reported = errors.length > 0 ? `\nerrors reported:\n  ${errors.join('\n  ')}` : '';
					const message = `${engine.name} ${page.path}: ${error.message}${reported}`;
					error.stack = error.stack?.replace(error.message, message);
					error.message = message;
				}
				throw error;
			}
		});

	const expectNoErrors = async () => {
		const errors = await page.takeErrors();
		if (errors.length > 0) assert.fail(`${errors.length} error(s) reported:\n  ${errors.join('\n  ')}`);
	};

	const until = <T>(what: string, check: () => Promise<T | false | undefined | null>, timeout?: number) => waitFor(check, what, timeout);

	check('the error capture sees a console error, a CSP violation and a failed request (self-check)', async () => {
		await page.goto('/');
		await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.inlineScriptRan = true';
			document.head.append(script);
			console.error('engine-tests probe');
			await fetch('/engine-tests-missing.json');
		});
		const errors = await page.takeErrors();
		const got = `; got:\n  ${errors.join('\n  ')}`;
		assert.ok(errors.some((error) => error.includes('engine-tests probe')), `console.error not captured${got}`);
		assert.ok(errors.some((error) => /content.security.policy|CSP violation/i.test(error) && /script/i.test(error)), `the CSP violation of an inline script was not captured${got}`);
		assert.ok(errors.some((error) => /\b404\b/.test(error)), `the 404 of a fetch was not captured${got}`);
		assert.equal(await page.evaluate(() => (window as { inlineScriptRan?: boolean }).inlineScriptRan === true), false, 'the CSP let an inline script run');
	});

	for (const { name, path } of PAGE_TYPES) {
		const notFound = name === '404';
		check(`${path} (${name}) loads with its styles and scripts and no console errors`, async () => {
			// Pages revalidate (max-age=0, must-revalidate), so a page seen earlier in the run comes back 304.
			const status = await page.goto(path);
			if (notFound) assert.equal(status, 404, 'HTTP status');
			else assert.ok(status === 200 || status === 304, `HTTP status ${status}`);
			const state = await page.evaluate(() => ({
				h1: document.querySelector('h1')?.textContent?.trim(),
				// Set by the inline theme script, which only runs if the CSP admits its hash.
				scripted: document.documentElement.hasAttribute('data-js'),
				// Custom elements (the search box) are defined by the page's module script.
				undefinedElements: [...document.querySelectorAll(':not(:defined)')].map((element) => element.localName),
				// The site's stylesheet paints the page; without it the background stays transparent.
				background: getComputedStyle(document.documentElement).backgroundColor,
			}));
			assert.ok(state.h1, 'the page has no h1 text');
			assert.ok(state.scripted, 'the inline theme script did not run (html has no data-js)');
			assert.deepEqual(state.undefinedElements, [], 'custom elements left undefined: the module script did not run');
			assert.notEqual(state.background, 'rgba(0, 0, 0, 0)', 'the stylesheet did not apply');
			await expectNoErrors();
		});
	}

	check('search: typing "rate limit" lists 429 first, and Enter opens it', async () => {
		await page.goto('/');
		await page.type(SEARCH_INPUT, 'rate limit');
		const results = await until('the results of "rate limit"', () => page.evaluate(shownResults, 'rate limit'), 20_000);
		assert.equal(results[0], '/codes/429/', `first result (all: ${results.join(' ')})`);
		await page.pressEnter(SEARCH_INPUT);
		await until('/codes/429/ to open', async () => (await page.evaluate(() => location.pathname)) === '/codes/429/');
		await expectNoErrors();
	});

	check('search: typing a code lists it first, and Enter opens its page', async () => {
		await page.goto('/codes/4xx/');
		await page.type(SEARCH_INPUT, '418');
		const results = await until('the results of "418"', () => page.evaluate(shownResults, '418'), 20_000);
		assert.equal(results[0], '/codes/418/', `first result (all: ${results.join(' ')})`);
		await page.pressEnter(SEARCH_INPUT);
		await until('/codes/418/ to open', async () => (await page.evaluate(() => location.pathname)) === '/codes/418/');
		assert.match((await page.evaluate(() => document.querySelector('h1')?.textContent)) ?? '', /418/);
		await expectNoErrors();
	});

	check('search: Enter pressed as soon as a code is typed, before search has loaded, opens its page', async () => {
		await page.goto('/codes/5xx/');
		await page.type(SEARCH_INPUT, '503');
		await page.pressEnter(SEARCH_INPUT);
		await until('/codes/503/ to open', async () => (await page.evaluate(() => location.pathname)) === '/codes/503/', 20_000);
		// Errors are not checked here: leaving the page cancels the index loads still running, and WebKit
		// reports each cancelled fetch as a console error ("cannot load … due to access control checks"),
		// as does Pagefind. The test above checks the same search without leaving mid-load.
		await page.takeErrors();
	});

	check('guide: from #start, each answer clicked shows the next step alone', async () => {
		await page.goto('/guide/#start');
		assert.deepEqual(await page.evaluate(visibleGuideHeadings), [GUIDE.question], 'visible headings at #start');
		// The first answer that leads to another question, then that question's first answer: a code.
		const first = GUIDE.answers.find((answer) => !isResult(answer.next))!;
		const question = first.next as GuideQuestion;
		const last = question.answers[0];
		assert.ok(isResult(last.next));
		const path = stepId(first.id);

		await page.click(`li[id="${path}"] > a.guide-answer`);
		await until(`#${path} to show "${question.question}" alone`, async () => {
			const [hash, headings] = await Promise.all([page.evaluate(() => location.hash), page.evaluate(visibleGuideHeadings)]);
			return hash === `#${path}` && headings.length === 1 && headings[0] === question.question;
		});

		const leaf = `${path}.${last.id}`;
		await page.click(`li[id="${leaf}"] > a.guide-answer`);
		const code = last.next.code;
		await until(`#${leaf} to show the code to use, ${code}, alone`, async () => {
			const headings = await page.evaluate(visibleGuideHeadings);
			return headings.length === 1 && headings[0].startsWith(`Use ${code} `) && (await page.evaluate(() => location.hash)) === `#${leaf}`;
		});
		await expectNoErrors();
	});

	check('theme toggle: switches the theme, keeps it after a reload, switches back', async () => {
		const read = () =>
			page.evaluate(() => ({
				theme: document.documentElement.dataset.theme ?? null,
				pressed: document.querySelector('[data-theme-toggle]')!.getAttribute('aria-pressed'),
				background: getComputedStyle(document.documentElement).backgroundColor,
			}));
		try {
			await page.goto('/codes/429/');
			const initial = await read();
			assert.equal(initial.theme, null, 'a theme is chosen before the visitor chose one');
			await page.click('[data-theme-toggle]');
			const toggled = await until('the theme to switch', async () => {
				const state = await read();
				return state.pressed !== initial.pressed && state.background !== initial.background && state;
			});
			assert.equal(toggled.theme, initial.pressed === 'true' ? 'light' : 'dark');

			await page.goto('/codes/429/');
			assert.deepEqual(await read(), toggled, 'after a reload');

			await page.click('[data-theme-toggle]');
			const back = await until('the theme to switch back', async () => {
				const state = await read();
				return state.pressed === initial.pressed && state;
			});
			assert.equal(back.background, initial.background);
			await expectNoErrors();
		} finally {
			await page.evaluate(() => localStorage.removeItem('theme')).catch(() => {});
		}
	});

	check('404 page: an unknown code answers 404 and lists the nearest codes', async () => {
		const { codes } = JSON.parse(readFileSync('dist/codes.json', 'utf8')) as { codes: { code: number }[] };
		const target = 600;
		assert.equal(await page.goto(`/codes/${target}/`), 404, 'HTTP status');
		const shown = await until('the nearest codes', () =>
			page.evaluate(() => {
				const section = document.querySelector<HTMLElement>('[data-nearest]');
				if (!section || section.hidden) return undefined;
				return {
					heading: section.querySelector('h2')!.textContent,
					codes: [...section.querySelectorAll('[data-nearest-list] a')].map((link) => parseInt(link.textContent!)),
				};
			}),
		);
		assert.equal(shown.heading, `${target} is not a status code this site knows. The nearest ones:`);
		assert.deepEqual(shown.codes, nearestCodes(codes.map((entry) => entry.code), target, 5));
		await expectNoErrors();
	});
}
