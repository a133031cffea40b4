/**
 * The built site behind nginx and Caddy with the configs the build wrote
 * (`deploy/nginx.conf`, `deploy/caddy.conf`): the same headers, redirects and 404
 * page as `_headers` and `_redirects` give on Cloudflare Pages. Needs Debian's
 * `nginx` and `caddy` (`scripts/setup.mjs --browser` installs them); without them
 * the tests are skipped, except in CI.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IMMUTABLE, parseHeadersFile, REVALIDATE } from '../../src/lib/hosting/security-headers';
import { DIST } from '../built-site';
import { readDist } from './dist';

const has = (command: string) => {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};

const policy = parseHeadersFile(readDist('/_headers'))[0].headers.find(([name]) => name === 'Content-Security-Policy')![1];
const script = readDist('/').match(/\/_astro\/[\w.-]+\.js/)![0];
const meta = `/pagefind/pagefind.${Object.values<{ hash: string }>(JSON.parse(readDist('/pagefind/pagefind-entry.json')).languages)[0].hash}.pf_meta`;

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	await new Promise((done) => server.close(done));
	return port;
}

async function waitFor(url: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(url);
			return;
		} catch {
			await new Promise((done) => setTimeout(done, 100));
		}
	}
	throw new Error(`${url} did not answer`);
}

interface Host {
	name: string;
	binary: string;
	/** Starts the server on `port` with its config in `dir`; returns the process. */
	start: (dir: string, port: number) => ChildProcess;
	/** The status of the redirect from `/codes/429` to `/codes/429/`, the host's own. */
	slashRedirect: number;
	/** Whether the shortcut redirects keep the query (Caddy 2.6 cannot). */
	keepsQuery: boolean;
}

const root = resolve(DIST);
const deploy = resolve('deploy');

const hosts: Host[] = [
	{
		name: 'nginx',
		binary: 'nginx',
		slashRedirect: 301,
		keepsQuery: true,
		start: (dir, port) => {
			const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${dir};`).join(' ');
			writeFileSync(
				join(dir, 'nginx.conf'),
				`daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn; events {}
http { include /etc/nginx/mime.types; access_log off; ${temp}
  server { listen 127.0.0.1:${port}; root ${root}; include ${deploy}/nginx.conf; } }`,
			);
			return spawn('nginx', ['-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
		},
	},
	{
		name: 'Caddy',
		binary: 'caddy',
		slashRedirect: 308,
		keepsQuery: false,
		start: (dir, port) => {
			writeFileSync(join(dir, 'Caddyfile'), `{\n\tadmin off\n\tauto_https off\n}\nhttp://127.0.0.1:${port} {\n\troot * ${root}\n\timport ${deploy}/caddy.conf\n}\n`);
			return spawn('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], { stdio: 'ignore', env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir } });
		},
	},
];

for (const host of hosts) {
	const available = has(host.binary) && existsSync(join(deploy, 'nginx.conf'));
	if (!available && process.env.CI) throw new Error(`${host.binary} or deploy/ is missing: run \`node scripts/setup.mjs --browser\` and \`npm run build\``);

	describe.skipIf(!available)(`${host.name} with the config the build wrote`, () => {
		let dir: string;
		let server: ChildProcess;
		let base: string;
		const get = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { redirect: 'manual', ...init });

		beforeAll(async () => {
			dir = mkdtempSync(join(tmpdir(), `site-${host.binary}-`));
			const port = await freePort();
			base = `http://127.0.0.1:${port}`;
			server = host.start(dir, port);
			await waitFor(`${base}/`);
		});

		afterAll(async () => {
			server.kill('SIGTERM');
			await new Promise((done) => server.once('exit', done));
			rmSync(dir, { recursive: true, force: true });
		});

		test('pages revalidate and carry the security headers', async () => {
			for (const path of ['/', '/guide/', '/codes/429/', '/429/', '/404/']) {
				const response = await get(path);
				expect(response.status, path).toBe(200);
				expect(response.headers.get('cache-control'), path).toBe(REVALIDATE);
				expect(response.headers.get('content-security-policy'), path).toBe(policy);
				expect(response.headers.get('x-frame-options'), path).toBe('DENY');
			}
		});

		test('content-hashed files are immutable, the others not', async () => {
			for (const path of [script, meta]) expect((await get(path)).headers.get('cache-control'), path).toBe(IMMUTABLE);
			for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) expect((await get(path)).headers.get('cache-control'), path).not.toBe(IMMUTABLE);
		});

		test('the JSON data can be read by other sites', async () => {
			for (const path of ['/codes.json', '/codes/429.json', '/codes.schema.json']) {
				const response = await get(path);
				expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
				expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
			}
			expect((await get('/')).headers.get('access-control-allow-origin')).toBeNull();
		});

		test('the shortcuts /429, /404 and /500 are 301s to the code pages', async () => {
			for (const code of [429, 404, 500]) {
				const response = await get(`/${code}?from=chat`);
				expect(response.status).toBe(301);
				expect(response.headers.get('location')).toBe(`/codes/${code}/${host.keepsQuery ? '?from=chat' : ''}`);
				expect(response.headers.get('content-security-policy')).toBe(policy);
			}
		});

		test('a page asked for without its slash is redirected to it', async () => {
			const response = await get('/codes/429');
			expect(response.status).toBe(host.slashRedirect);
			expect(response.headers.get('location')).toBe('/codes/429/');
		});

		test('anything missing, and the host files, get the 404 page with status 404, not to be kept', async () => {
			for (const path of ['/codes/600/', '/codes/600', '/600', '/nonexistent', '/_headers', '/_redirects']) {
				const response = await get(path);
				expect(response.status, path).toBe(404);
				expect(response.headers.get('cache-control'), path).toBe('no-store');
				expect(response.headers.get('content-security-policy'), path).toBe(policy);
				expect(await response.text(), path).toContain('Page not found');
			}
		});
	});
}
