import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../src/lib/book/toc';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../../src/lib/book/reading-time';
import { formatLongDate, isoDate } from '../../../src/lib/book/dates';

describe('buildToc', () => {
	it('nests h3 under the preceding h2 and ignores other depths', () => {
		const toc = buildToc([
			{ depth: 2, slug: 'a', text: 'A' },
			{ depth: 3, slug: 'a1', text: 'A1' },
			{ depth: 4, slug: 'deep', text: 'Deep' },
			{ depth: 2, slug: 'b', text: 'B' },
		]);
		expect(toc).toEqual([
			{ slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
			{ slug: 'b', text: 'B', children: [] },
		]);
	});
	it('keeps an h3 that comes before any h2', () => {
		expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([
			{ slug: 'x', text: 'X', children: [] },
		]);
	});
	it('is empty for a chapter without headings', () => {
		expect(buildToc([])).toEqual([]);
	});
});

describe('reading time', () => {
	it('counts words a reader sees, not markup', () => {
		const mdx = `---\ntitle: x\n---\nimport X from 'y';\n\n## Two words\n\nSee [the chooser](/chooser/) and <Term id="cuec">CUECs</Term>.`;
		expect(countWords(mdx)).toBe(7);
	});
	it('counts table cells written as component props', () => {
		expect(
			countWords(
				'<ComparisonTable caption="c" columns={["One", "Two"]} rows={[["Three", "Four"]]} />',
			),
		).toBe(4);
	});
	it('rounds to whole minutes and never says 0', () => {
		expect(readingMinutes('')).toBe(1);
		expect(readingMinutes('word '.repeat(WORDS_PER_MINUTE * 5))).toBe(5);
		expect(readingMinutes('word '.repeat(Math.round(WORDS_PER_MINUTE * 6.6)))).toBe(7);
	});
});

describe('dates', () => {
	it('formats in UTC whatever the machine zone', () => {
		expect(formatLongDate(new Date('2026-11-26T00:00:00Z'))).toBe('26 November 2026');
		expect(isoDate(new Date('2026-01-05T23:59:59Z'))).toBe('2026-01-05');
	});
	it('refuses an invalid date instead of printing "Invalid Date"', () => {
		expect(() => formatLongDate(new Date('nope'))).toThrow(/invalid date/);
		expect(() => isoDate(new Date(NaN))).toThrow(/invalid date/);
	});
});
