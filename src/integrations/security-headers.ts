import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, headersFile, inlineScriptHashes, inlineStyleHashes, securityHeaders } from '../lib/security-headers';

/**
 * Writes `dist/_headers` at the end of `astro build`, with a Content-Security-Policy
 * that admits exactly the inline scripts and styles of the built pages. Computed
 * here rather than with Astro's `security.csp`, which skips `is:inline` scripts
 * (the theme script) and can only emit a `<meta>` policy, where `frame-ancestors`
 * has no effect.
 */
export function securityHeadersFile(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
				const scripts = new Set<string>();
				const styles = new Set<string>();
				for (const page of pages) {
					const html = await readFile(join(root, page), 'utf8');
					for (const hash of inlineScriptHashes(html)) scripts.add(hash);
					for (const hash of inlineStyleHashes(html)) styles.add(hash);
				}
				await writeFile(join(root, '_headers'), headersFile(securityHeaders(contentSecurityPolicy(scripts, styles))));
				logger.info(`_headers: CSP admits ${scripts.size} inline scripts and ${styles.size} inline styles from ${pages.length} pages`);
			},
		},
	};
}
