import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type CssUsage, mergeUsage, mergeVariants, pruneCss, type StyleVariant, usageOf } from '../lib/markup/css-prune';

const STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;
/**
 * Distinct inline styles the build may end with. Each is a hash in the
 * Content-Security-Policy, whose line Cloudflare ignores past 2,000 characters
 * (`src/lib/hosting/security-headers.ts`); with 16, a page carries on average about
 * 35 B gzip more than a stylesheet of its own would, and the heaviest pages none.
 */
export const MAX_INLINE_STYLES = 16;

interface Page {
	file: string;
	html: string;
	usage: CssUsage;
	/** gzip bytes of the page with its own pruned stylesheet. */
	weight: number;
}

/**
 * At the end of `astro build`, cuts each page's inline stylesheet down to the
 * rules it can use (`src/lib/markup/css-prune.ts`): every page carries the whole
 * site's utilities otherwise, a third of what it loads before interaction.
 * Pages left with the same rules share one stylesheet, and variants are merged,
 * sparing the heaviest pages, until at most `MAX_INLINE_STYLES` remain. The scripts a
 * page may run are the build's modules (`_astro/*.js`, search code included)
 * and its own inline scripts. Must run before `securityHeadersFile`, which
 * hashes the styles as they end up.
 */
export function pruneCssPerPage(): AstroIntegration {
	return {
		name: 'prune-css',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = await readdir(root, { recursive: true });
				const modules = await Promise.all(files.filter((file) => file.startsWith('_astro') && file.endsWith('.js')).map((file) => readFile(join(root, file), 'utf8')));
				const variants = new Map<string, StyleVariant<Page>>();
				for (const file of files.filter((name) => name.endsWith('.html'))) {
					const html = await readFile(join(root, file), 'utf8');
					const sheets = Array.from(html.matchAll(STYLE), (match) => match[2]);
					if (sheets.length === 0) continue;
					if (sheets.length > 1) throw new Error(`prune-css: ${file} has ${sheets.length} inline stylesheets; expected Astro's one`);
					const usage = usageOf(html, [...modules, ...Array.from(html.matchAll(INLINE_SCRIPT), (match) => match[1])]);
					const css = pruneCss(sheets[0], usage);
					const page = { file, html, usage, weight: gzipSync(withStyle(html, css)).length };
					const key = `${sheets[0]}\0${css}`;
					const variant = variants.get(key) ?? { sheet: sheets[0], css, pages: [] };
					variant.pages.push(page);
					variants.set(key, variant);
				}
				const sheets = new Set([...variants.values()].map((variant) => variant.sheet));
				const merged = mergeVariants([...variants.values()], MAX_INLINE_STYLES, (page) => page.weight).map((variant) => ({
					...variant,
					css: variant.css || pruneCss(variant.sheet, mergeUsage(variant.pages.map((page) => page.usage))),
				}));
				let before = 0;
				let after = 0;
				for (const { sheet, css, pages } of merged) {
					for (const page of pages) await writeFile(join(root, page.file), withStyle(page.html, css));
					before += gzipSync(sheet).length * pages.length;
					after += gzipSync(css).length * pages.length;
				}
				const count = merged.reduce((sum, variant) => sum + variant.pages.length, 0);
				logger.info(`inline CSS of ${count} pages cut to what they use (${sheets.size} stylesheets → ${merged.length}): ${Math.round(before / count)} → ${Math.round(after / count)} B gzip on average`);
			},
		},
	};
}

/** `html` with `css` as the body of its one inline stylesheet. */
function withStyle(html: string, css: string): string {
	return html.replace(STYLE, (_, open: string, _css: string, close: string) => `${open}${css}${close}`);
}
