// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { hostConfigs } from './src/integrations/host-configs';
import { moduleUrl } from './src/integrations/module-url';
import { pagefind } from './src/integrations/pagefind';
import { pruneCssPerPage } from './src/integrations/prune-css';
import { securityHeadersFile } from './src/integrations/security-headers';
import { socialCards } from './src/integrations/social-cards';
import { inCodeSnippets } from './src/lib/markup/in-code-snippets';
import { isShortcutPath } from './src/lib/seo/urls';

/** The one place the public URL of the site is set (canonical links, sitemap, structured data). */
const SITE_URL = process.env.SITE_URL ?? 'https://httpstatus.dev';

export default defineConfig({
	site: SITE_URL,
	trailingSlash: 'ignore',
	build: { format: 'directory', inlineStylesheets: 'always' },
	// Code blocks are highlighted by `CodeBlock.astro`; the plugin sets the examples of "In code" apart for their own page.
	markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [inCodeSnippets] }) },
	integrations: [
		mdx(),
		// The `/429` shortcuts are redirect pages, not pages of their own (404 and 500 pages are left out by the integration itself).
		sitemap({ filter: (page) => !isShortcutPath(new URL(page).pathname) }),
		pagefind(),
		socialCards(),
		// Before the headers: the CSP hashes each inline style as it ends up.
		pruneCssPerPage(),
		securityHeadersFile(),
		// After `_headers` exists: the same rules for nginx and Caddy.
		hostConfigs(),
	],
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
