/**
 * The book as its authors wrote it, read from content/ (the single source the site is built from),
 * so tests compare against the real chapters instead of a copied list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { root } from './built.ts';

export const CHAPTERS_DIR = join(root, 'content/chapters');

export interface ChapterSource {
	slug: string;
	/** The frontmatter, as written. */
	data: Record<string, unknown>;
	body: string;
}

/** Every chapter file (drafts included), by file name order. */
export function chapterSources(): ChapterSource[] {
	return readdirSync(CHAPTERS_DIR)
		.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
		.sort()
		.map((f) => {
			const raw = readFileSync(join(CHAPTERS_DIR, f), 'utf8');
			const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
			if (!m) throw new Error(`${f}: no frontmatter`);
			return {
				slug: f.replace(/\.mdx$/, ''),
				data: (parseYaml(m[1]!) ?? {}) as Record<string, unknown>,
				body: m[2]!,
			};
		});
}

/** Slugs of the chapters a production build publishes (drafts left out), in reading order. */
export function publishedChapterSlugs(): string[] {
	return chapterSources()
		.filter((c) => c.data.draft !== true)
		.sort((a, b) => Number(a.data.order) - Number(b.data.order))
		.map((c) => c.slug);
}
