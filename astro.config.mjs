// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { moduleUrl } from './src/integrations/module-url';
import { pagefind } from './src/integrations/pagefind';

/** The one place the public URL of the site is set (canonical links, sitemap, structured data). */
const SITE_URL = process.env.SITE_URL ?? 'https://httpstatus.dev';

export default defineConfig({
	site: SITE_URL,
	trailingSlash: 'ignore',
	build: { format: 'directory', inlineStylesheets: 'always' },
	markdown: { syntaxHighlight: false },
	integrations: [mdx(), pagefind()],
	vite: {
		plugins: [tailwindcss(), moduleUrl()],
		build: {
			rollupOptions: {
				// Every MDX module carries Astro's "use astro:head-inject" directive; the bundler's warning about it is noise (astro#18087).
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
});
