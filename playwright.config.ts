import { defineConfig, devices } from '@playwright/test';
import { freePort, WRANGLER_ENV, wranglerCommand } from './tests/wrangler';

// Chosen once, when the main process loads this file, and handed to the worker processes
// (which load it again) through the environment they inherit, so all use one server and
// `npm test` runs beside `npm start` on 4321. Set `E2E_PORT` to use a server already running.
process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_INSPECTOR_PORT ??= String(await freePort());
const PORT = Number(process.env.E2E_PORT);

/**
 * End-to-end tests against the built site (`npm run build` first), served by the
 * Cloudflare Pages runtime (`tests/wrangler.ts`) with its `_headers` and `_redirects`.
 * Chromium is the system one: Playwright cannot download its own here.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
				},
			},
		},
	],
	webServer: {
		command: wranglerCommand('dist', PORT, Number(process.env.E2E_INSPECTOR_PORT)),
		env: WRANGLER_ENV,
		url: `http://127.0.0.1:${PORT}/`,
		// wrangler takes 5–15 s to start on a busy machine.
		timeout: 120_000,
		reuseExistingServer: !process.env.CI,
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
	},
});
