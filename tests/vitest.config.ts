import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Worker threads that keep their module cache between files: the tests are pure (no module
		// mocks, no global stubs), and importing the site's modules afresh for each of 70 files
		// doubled the processor time of the run.
		pool: 'threads',
		isolate: false,
		// Property tests run 10,000 cases each: a test fails on a wrong answer, not on a busy machine.
		testTimeout: 120_000,
	},
});
