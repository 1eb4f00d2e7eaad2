import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Property tests run 10,000 cases each: a test fails on a wrong answer, not on a busy machine.
		testTimeout: 120_000,
	},
});
