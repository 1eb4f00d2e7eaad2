/**
 * Checks that only read the built site (dist/ and dist-base/): HTML validity, links and anchors,
 * byte budgets, the URL ledger, share tags, the sitemap, the search index (through Pagefind's own
 * API in Node). They need no browser, so they run here in
 * seconds instead of in the Playwright suite; run them after `npm run build` and `npm run build:base`.
 */
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: ['tests/dist/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
	},
});
