import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caddyConfig, disjointRules, nginxConfig, parseRedirectsFile } from '../lib/hosting/host-configs';
import { parseHeadersFile } from '../lib/hosting/security-headers';

/**
 * Writes `deploy/nginx.conf` and `deploy/caddy.conf` beside `dist/` at the end of
 * `astro build`, from `dist/_headers` and `dist/_redirects` (so it runs after the
 * integration that writes `_headers`): the same headers, redirects and 404 page on
 * hosts that read neither file. Outside `dist/`, so no host serves them.
 */
export function hostConfigs(): AstroIntegration {
	return {
		name: 'host-configs',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
				const redirects = parseRedirectsFile(await readFile(join(root, '_redirects'), 'utf8'));
				const files = (await readdir(root, { recursive: true, withFileTypes: true }))
					.filter((entry) => entry.isFile())
					.map((entry) => `/${join(entry.parentPath, entry.name).slice(root.length).split(sep).join('/')}`.replace(/\/index\.html$/, '/'));
				const overlaps = disjointRules(rules, files);
				if (overlaps.length > 0) throw new Error(`host configs: one location per request cannot give ${overlaps.slice(0, 5).join('; ')}`);
				const out = fileURLToPath(new URL('../deploy/', dir));
				await mkdir(out, { recursive: true });
				await writeFile(join(out, 'nginx.conf'), nginxConfig(rules, redirects));
				await writeFile(join(out, 'caddy.conf'), caddyConfig(rules, redirects));
				logger.info(`deploy/nginx.conf and deploy/caddy.conf: ${rules.length} header rules, ${redirects.length} redirects`);
			},
		},
	};
}
