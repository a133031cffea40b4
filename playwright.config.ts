import { defineConfig, devices } from '@playwright/test';

/** `E2E_PORT` lets two checkouts run their tests side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4321);

/**
 * End-to-end tests against the built site (`npm run build` first), served by
 * `astro preview`. Chromium is the system one: Playwright cannot download its own here.
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
		command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		timeout: 60_000,
		reuseExistingServer: !process.env.CI,
	},
});
