/** Words a typical adult reads per minute in non-fiction prose. */
export const WORDS_PER_MINUTE = 230;

/** Strips MDX/Markdown syntax (frontmatter, imports, tags, link targets) to the words a reader sees. */
export function readableText(mdx: string): string {
	return mdx
		.replace(/^---[\s\S]*?\n---/, ' ')
		.replace(/^\s*(?:import|export)\s.*$/gm, ' ')
		.replace(/\s[\w-]+=(?:"[^"]*"|'[^']*')/g, ' ')
		.replace(/\b[\w-]+=\{/g, ' ')
		.replace(/<\/?[A-Za-z][\w.]*|\/?>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#>*_`[\]{}|"]/g, ' ');
}

/** Counts words in a chapter's source. */
export function countWords(mdx: string): number {
	return readableText(mdx)
		.split(/\s+/)
		.filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes to read a text, at least 1. */
export function readingMinutes(mdx: string): number {
	return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
