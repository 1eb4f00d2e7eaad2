/**
 * Checks that only read the built site (dist/ and dist-base/): HTML validity, links and anchors,
 * byte budgets, the URL ledger, share tags, the sitemap, the search index (through Pagefind's own
 * API in Node), the e-books' files. They need no browser, so they run here instead of in the
 * Playwright suite; run them after `npm run pdf` (the build with both e-books) and `npm run build:base`.
 */
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: ['tests/dist/**/*.test.ts'],
		environment: 'node',
		// Reading the PDF or running EPUBCheck takes a minute or more on a loaded 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 120_000,
	},
});
