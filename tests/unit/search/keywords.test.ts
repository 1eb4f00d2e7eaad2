import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAPTER_KEYWORDS, chapterKeywords } from '../../../src/lib/search/keywords';

const chapterSlugs = readdirSync(new URL('../../../content/chapters/', import.meta.url))
	.filter((f) => /^[^_].*\.mdx$/.test(f))
	.map((f) => f.replace(/\.mdx$/, ''))
	.sort();

describe('chapter search keywords', () => {
	it('cover every chapter and only real chapters', () => {
		expect(Object.keys(CHAPTER_KEYWORDS).sort()).toEqual(chapterSlugs);
	});
	it('are non-empty, unique per chapter and free of commas (the list is comma-joined)', () => {
		for (const [slug, words] of Object.entries(CHAPTER_KEYWORDS)) {
			expect(words.length, slug).toBeGreaterThan(0);
			expect(new Set(words.map((w) => w.toLowerCase())).size, `${slug} has duplicates`).toBe(
				words.length,
			);
			for (const w of words) expect(w, slug).toMatch(/^[^,]+$/);
		}
	});
	it('joins to one metadata value', () => {
		expect(chapterKeywords('reporting-period')).toContain('gap letter');
		expect(chapterKeywords('no-such-chapter')).toBe('');
	});
});
