import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, headersFile, headersSetTwice, inlineScriptHashes, inlineStyleHashes, siteHeaderRules } from '../lib/hosting/security-headers';

/**
 * Writes `dist/_headers` at the end of `astro build`: the security headers for every
 * path, with a Content-Security-Policy that admits exactly the inline scripts and
 * styles of the built pages; caching by kind of file; CORS for the JSON data.
 * The CSP is computed here rather than with Astro's `security.csp`, which skips
 * `is:inline` scripts (the theme script) and can only emit a `<meta>` policy, where
 * `frame-ancestors` has no effect. The build fails rather than write a file that a
 * host would read only in part (`headersFile`) or that gives a file the same header twice.
 */
export function securityHeadersFile(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(root.length));
				const pages = files.filter((file) => file.endsWith('.html'));
				const scripts = new Set<string>();
				const styles = new Set<string>();
				for (const page of pages) {
					const html = await readFile(join(root, page), 'utf8');
					for (const hash of inlineScriptHashes(html)) scripts.add(hash);
					for (const hash of inlineStyleHashes(html)) styles.add(hash);
				}
				const urlOf = (file: string) => `/${file.split(sep).join('/')}`.replace(/\/index\.html$/, '/');
				// `404.html` is served for missing paths, not at a path of its own.
				const pagePaths = pages.filter((page) => page !== '404.html').map(urlOf);
				const rules = siteHeaderRules(contentSecurityPolicy(scripts, styles), pagePaths);
				const twice = headersSetTwice(rules, [...files.map(urlOf), ...pagePaths]);
				if (twice.length > 0) throw new Error(`_headers: ${twice.slice(0, 5).join('; ')}`);
				await writeFile(join(root, '_headers'), headersFile(rules));
				logger.info(`_headers: ${rules.length} rules; the CSP admits ${scripts.size} inline scripts and ${styles.size} inline styles from ${pages.length} pages`);
			},
		},
	};
}
