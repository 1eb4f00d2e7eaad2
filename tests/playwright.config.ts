import { defineConfig, devices } from '@playwright/test';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';

// The site's modules import JSON data files as the bundler allows (named imports); see the hook.
register('./support/json-modules.mjs', import.meta.url);

const port = Number(process.env.PORT ?? 4321);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: './e2e',
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: 'list',
	// Long chapters run axe twice (light and dark); a loaded 2-core machine needs the headroom.
	timeout: 150_000,
	// Every wait is on state (a locator, a poll): on a loaded 2-core machine hydration, a first
	// search or a lazy chunk can take far longer than Playwright's 5 s default, and a passing check
	// returns as soon as the state is there, so a generous limit costs nothing when all is well.
	expect: { timeout: 30_000 },
	use: {
		baseURL,
		trace: 'off',
		// Debian's Chromium where it exists, else Playwright's own.
		launchOptions: chromiumLaunchOptions(),
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		url: `${baseURL}/`,
		cwd: fileURLToPath(new URL('..', import.meta.url)),
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
