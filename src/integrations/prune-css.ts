import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pruneCss, usageOf } from '../lib/css-prune';

const STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * At the end of `astro build`, cuts each page's inline stylesheet down to the
 * rules the page can use (`src/lib/css-prune.ts`): every page carries the whole
 * site's utilities otherwise, a third of what it loads before interaction. The
 * scripts a page may run are the build's modules (`_astro/*.js`, search code
 * included) and its own inline scripts. Must run before `securityHeadersFile`,
 * which hashes the inline styles as they end up.
 */
export function pruneCssPerPage(): AstroIntegration {
	return {
		name: 'prune-css',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = await readdir(root, { recursive: true });
				const modules = await Promise.all(files.filter((file) => file.startsWith('_astro') && file.endsWith('.js')).map((file) => readFile(join(root, file), 'utf8')));
				let before = 0;
				let after = 0;
				let pages = 0;
				for (const file of files.filter((name) => name.endsWith('.html'))) {
					const html = await readFile(join(root, file), 'utf8');
					if (!html.includes('<style')) continue;
					const usage = usageOf(html, [...modules, ...Array.from(html.matchAll(INLINE_SCRIPT), (match) => match[1])]);
					const pruned = html.replace(STYLE, (_, open: string, css: string, close: string) => {
						const kept = pruneCss(css, usage);
						before += gzipSync(css).length;
						after += gzipSync(kept).length;
						return `${open}${kept}${close}`;
					});
					await writeFile(join(root, file), pruned);
					pages += 1;
				}
				if (pages > 0) logger.info(`inline CSS of ${pages} pages cut to what each uses: ${Math.round(before / pages)} → ${Math.round(after / pages)} B gzip on average`);
			},
		},
	};
}
