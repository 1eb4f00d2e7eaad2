// @ts-check
// Matches the style the code was written in, so formatting changes as few lines as possible.
/** @type {import('prettier').Config} */
export default {
	useTabs: true,
	singleQuote: true,
	printWidth: 100,
	trailingComma: 'all',
	overrides: [
		// Frontmatter and data files quote with double quotes.
		{ files: ['*.yaml', '*.md', '*.mdx'], options: { singleQuote: false } },
	],
};
