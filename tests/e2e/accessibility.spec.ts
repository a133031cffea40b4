import { expect, type Page, test } from '@playwright/test';
import { PAGE_TYPES } from '../budgets';
import { builtPages } from '../built-site';
import { servedAt } from './built-site';

const contentPages = builtPages().filter((built) => !built.redirect);

/** What the focused element shows: whether it has a focus ring, and where it sits. */
async function focused(page: Page) {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return undefined;
		const style = getComputedStyle(element);
		const box = element.getBoundingClientRect();
		return {
			description: `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`,
			key: element.dataset.walk ?? '',
			ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
			onScreen: box.width >= 1 && box.height >= 1 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
		};
	});
}

/** Marks every element a keyboard user should be able to reach, and returns how many there are. */
async function markReachable(page: Page): Promise<number> {
	return page.evaluate(() => {
		const candidates = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]');
		let count = 0;
		for (const element of candidates) {
			const disabled = 'disabled' in element && (element as HTMLButtonElement).disabled;
			if (disabled || element.tabIndex < 0 || !element.checkVisibility({ visibilityProperty: true })) continue;
			element.dataset.walk = String(count++);
		}
		return count;
	});
}

test.describe('keyboard', () => {
	test('the first Tab shows a skip link that moves on to the main content', async ({ page }) => {
		await page.goto('/codes/429/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		expect(await focused(page)).toMatchObject({ ring: true, onScreen: true });
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
	});

	test('after the skip link come the site name, the search box and the theme toggle, which Space switches', async ({ page }) => {
		await page.goto('/codes/418/');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('banner').getByRole('link', { name: 'HTTP status codes' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.locator('[data-search-input]')).toBeFocused();
		await page.keyboard.press('Tab');
		const toggle = page.locator('[data-theme-toggle]');
		await expect(toggle).toBeFocused();
		const pressed = await toggle.getAttribute('aria-pressed');
		await page.keyboard.press('Space');
		await expect(toggle).not.toHaveAttribute('aria-pressed', pressed!);
	});

	for (const { name, path } of PAGE_TYPES) {
		test(`Tab reaches every control of the ${name} in turn, each with a visible focus ring`, async ({ page }) => {
			await page.goto(path);
			const total = await markReachable(page);
			expect(total, 'controls found on the page').toBeGreaterThan(3);
			// A page of links such as the table of all codes takes one step per control.
			test.setTimeout(30_000 + total * 500);
			const reached = new Set<string>();
			const problems: string[] = [];
			for (let step = 0; step < total + 5; step++) {
				await page.keyboard.press('Tab');
				const current = await focused(page);
				if (!current) break; // Focus left the document: the walk is complete.
				if (current.key && reached.has(current.key)) break;
				reached.add(current.key);
				if (!current.ring) problems.push(`${current.description} has no focus ring`);
				if (!current.onScreen) problems.push(`${current.description} is focused off screen`);
			}
			const missed = await page.evaluate(
				(keys) => [...document.querySelectorAll<HTMLElement>('[data-walk]')].filter((element) => !keys.includes(element.dataset.walk!)).map((element) => element.outerHTML.slice(0, 80)),
				[...reached],
			);
			expect(problems).toEqual([]);
			expect(missed, 'controls Tab never reached').toEqual([]);
		});
	}
});

test.describe('motion', () => {
	test('with reduced motion asked for, nothing transitions or animates', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/codes/429/');
		const moving = await page.evaluate(() => {
			// A transition and an animation as any component might add them, to show the rule also covers future ones.
			const probe = document.createElement('div');
			probe.style.transition = 'opacity 1s';
			probe.style.animation = 'probe 2s infinite';
			document.body.append(probe);
			const seconds = (value: string) => Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))));
			return [...document.querySelectorAll('*')]
				.map((element) => ({ element, style: getComputedStyle(element) }))
				.filter(({ style }) => seconds(style.transitionDuration) > 0.001 || (style.animationName !== 'none' && (seconds(style.animationDuration) > 0.001 || style.animationIterationCount !== '1')))
				.map(({ element }) => element.outerHTML.slice(0, 80));
		});
		expect(moving).toEqual([]);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
	});
});

test.describe('reflow', () => {
	const widths = [
		{ name: '320 px', viewport: { width: 320, height: 640 } },
		// A 1280 × 800 screen at 200 % zoom lays out like a 640 × 400 one.
		{ name: '200 % zoom', viewport: { width: 640, height: 400 } },
	];
	for (const { name, viewport } of widths) {
		test(`no page scrolls sideways at ${name}; wide code blocks scroll inside named, focusable regions`, async ({ page }) => {
			test.setTimeout(60_000 + contentPages.length * 2_000);
			await page.setViewportSize(viewport);
			for (const built of contentPages) {
				await page.goto(servedAt(built.path));
				const layout = await page.evaluate(() => ({
					overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
					unreachable: [...document.querySelectorAll<HTMLElement>('pre')]
						.filter((pre) => pre.scrollWidth > pre.clientWidth)
						.filter((pre) => !(pre.tabIndex === 0 && pre.getAttribute('role') === 'region' && pre.getAttribute('aria-label')))
						.map((pre) => pre.textContent!.slice(0, 40)),
				}));
				expect.soft(layout.overflow, `${built.path} scrolls sideways`).toBeLessThanOrEqual(0);
				expect.soft(layout.unreachable, `${built.path}: code blocks a keyboard cannot scroll`).toEqual([]);
			}
		});
	}

	test('a code block too wide for a phone scrolls with the arrow keys once focused', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/codes/463/');
		const wide = page.locator('pre[role="region"]');
		const index = await wide.evaluateAll((blocks) => blocks.findIndex((pre) => pre.scrollWidth > pre.clientWidth));
		expect(index).toBeGreaterThanOrEqual(0);
		const block = wide.nth(index);
		await block.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => block.evaluate((pre) => pre.scrollLeft)).toBeGreaterThan(0);
	});
});
