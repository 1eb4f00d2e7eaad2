// @ts-check
// ESLint for TypeScript, TSX and .astro. Formatting is Prettier's job (npm run format), so no
// stylistic rules here. Every rule turned off or adjusted says why on its line.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Type information (typescript-eslint's type-aware rules, `npm run lint:types`) catches promises
// left floating or misused (in a browser test, a missing `await` on `expect`, which makes the test
// unable to fail) and casts that assert nothing. It is opt-in because the TypeScript program it
// builds more than doubles the run: about 55 s of CPU against 30 s here, and `npm run lint` must
// stay well under a minute on a 2-core machine.
const typed = process.env.LINT_TYPES === '1';
/** The files linted with type information: the site's code and the browser tests. */
const TYPED = [
	'src/**/*.{ts,tsx}',
	'tests/e2e/**/*.ts',
	'tests/support/**/*.ts',
	'tests/perf/**/*.ts',
];

export default defineConfig(
	globalIgnores([
		'dist/',
		'dist-*/',
		'.astro/',
		'.cache/',
		'.bench/',
		'test-results/',
		'playwright-report/',
	]),

	{ linterOptions: { reportUnusedDisableDirectives: 'error' } },

	js.configs.recommended,

	// TypeScript and TSX; with LINT_TYPES=1, type-aware rules from tsconfig.json (project service).
	{ files: ['**/*.{ts,tsx}'], extends: [tseslint.configs.recommended] },
	typed
		? {
				files: TYPED,
				extends: [tseslint.configs.recommendedTypeChecked],
				languageOptions: {
					parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
				},
			}
		: [],

	// .astro files: TypeScript's syntax rules only; `astro check` type-checks them.
	{ files: ['**/*.astro'], extends: [tseslint.configs.recommended] },
	astro.configs.recommended,
	astro.configs['jsx-a11y-recommended'],

	// React islands: accessibility of the JSX and the rules of hooks.
	{
		files: ['src/islands/**/*.tsx'],
		extends: [jsxA11y.configs.recommended, reactHooks.configs.flat['recommended-latest']],
		rules: {
			// The prerendered HTML has no query string, so islands read the URL (and what a reader typed
			// before hydration) in an effect after mount and set state from it: the documented way to
			// avoid a hydration mismatch, which this rule reports as a cascading render.
			'react-hooks/set-state-in-effect': 'off',
			// Islands keep the latest render's values in a ref for callbacks that finish after a module
			// loads; the write during render is idempotent. The rule guards code the React Compiler
			// rewrites, and the site does not use the compiler.
			'react-hooks/refs': 'off',
			// Reports only that the React Compiler would skip a component; the compiler is not used.
			'react-hooks/preserve-manual-memoization': 'off',
		},
	},

	{
		rules: {
			// Reading hostile input means matching control characters on purpose (cleaning queries,
			// asserting none reach the page).
			'no-control-regex': 'off',
		},
	},
	{
		files: ['**/*.{ts,tsx,astro}'],
		rules: {
			// Destructuring leaves a key out of the rest (`const { deadline: _, ...rest } = parsers`).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ ignoreRestSiblings: true, varsIgnorePattern: '^_' },
			],
		},
	},
	{
		files: ['**/*.{ts,tsx}'],
		rules: {
			// `IsoDate` is a string alias; unions such as `IsoDate | 'none' | 'unsure'` name the special
			// values a field may hold, which is worth more to a reader than the collapsed type.
			'@typescript-eslint/no-redundant-type-constituents': 'off',
		},
	},
	{
		// They import .astro components, whose types only `astro check` knows (to the TypeScript
		// program ESLint uses, an .astro import does not resolve).
		files: ['src/components/*/index.ts'],
		rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
	},
	typed
		? [
				{
					files: TYPED,
					rules: {
						// React and addEventListener ignore a handler's return value; every async handler
						// here catches its own failures (a refused clipboard, a failed import) and says so.
						'@typescript-eslint/no-misused-promises': [
							'error',
							{ checksVoidReturn: { attributes: false } },
						],
					},
				},
				// Tests: Playwright's and Vitest's asymmetric matchers (expect.stringContaining…) and
				// JSON.parse are typed `any`; what a test does with them is checked when it runs.
				{
					files: ['tests/{e2e,support,perf}/**/*.ts'],
					rules: {
						'@typescript-eslint/no-unsafe-assignment': 'off',
						'@typescript-eslint/no-unsafe-member-access': 'off',
						'@typescript-eslint/no-unsafe-argument': 'off',
						// A list in a failure message reads as "a,b,c", which is what the message wants.
						'@typescript-eslint/restrict-template-expressions': ['error', { allowArray: true }],
					},
				},
			]
		: [],
	{
		// It breaks the assumptions file in every way the schema must catch; data that fails the schema
		// has no type but `any`.
		files: ['tests/unit/estimator/assumptions.test.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},

	// Where code runs: the browser (pages' scripts, islands, .astro client scripts) or Node (the
	// build, the tests, configuration).
	{
		files: ['src/scripts/**', 'src/islands/**', '**/*.astro', '**/*.astro/*.{js,ts}'],
		languageOptions: { globals: globals.browser },
	},
	{
		files: ['*.{js,mjs}', 'src/**/*.ts', 'tests/**'],
		languageOptions: { globals: globals.node },
	},
);
