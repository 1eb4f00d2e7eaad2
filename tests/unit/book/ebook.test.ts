import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ebookFileName, ebookPath, formatBytes, samePageNumbers, tocPageNumbers } from '../../../src/lib/book/ebook';

describe('ebookFileName and ebookPath', () => {
	it('names the file after the title', () => {
		expect(ebookFileName('SOC Reports: Your Complete Guide')).toBe('soc-reports-your-complete-guide.pdf');
		expect(ebookPath('SOC Reports: Your Complete Guide')).toBe('/downloads/soc-reports-your-complete-guide.pdf');
	});
	it('drops accents and punctuation, and never yields an empty name', () => {
		expect(ebookFileName('Ça va — Guide 2027!')).toBe('ca-va-guide-2027.pdf');
		expect(ebookFileName('!!!')).toBe('e-book.pdf');
	});
	it('always yields a safe file name', () => {
		fc.assert(fc.property(fc.string(), (title) => /^[a-z0-9]+(?:-[a-z0-9]+)*\.pdf$|^e-book\.pdf$/.test(ebookFileName(title))));
	});
});

describe('tocPageNumbers', () => {
	const dests = new Map([
		['chapter-a', 2],
		['chapter-b', 7],
		['glossary', 40],
		['unrelated', 3],
	]);
	it('turns 0-based destination pages into printed 1-based page numbers', () => {
		expect(tocPageNumbers(['chapter-a', 'chapter-b', 'glossary'], dests)).toEqual({ 'chapter-a': 3, 'chapter-b': 8, glossary: 41 });
	});
	it('names every entry the PDF has no destination for', () => {
		expect(() => tocPageNumbers(['chapter-a', 'chapter-x', 'sources'], dests)).toThrow(/chapter-x, sources/);
	});
	it('refuses entries that would start before the entry above them', () => {
		expect(() => tocPageNumbers(['chapter-b', 'chapter-a'], dests)).toThrow(/"chapter-a" starts on page 3, before the entry above it \(page 8\)/);
	});
	it('accepts two entries starting on the same page (a short part)', () => {
		expect(tocPageNumbers(['x', 'y'], new Map([['x', 4], ['y', 4]]))).toEqual({ x: 5, y: 5 });
	});
});

describe('samePageNumbers', () => {
	it('is false before anything was printed, and when any entry moved', () => {
		expect(samePageNumbers(undefined, { a: 1 })).toBe(false);
		expect(samePageNumbers({ a: 1, b: 4 }, { a: 1, b: 5 })).toBe(false);
		expect(samePageNumbers({ a: 1 }, { a: 1, b: 5 })).toBe(false);
		expect(samePageNumbers({ a: 1, b: 5 }, { a: 1 })).toBe(false);
	});
	it('is true when every entry kept its page', () => {
		expect(samePageNumbers({ a: 1, b: 5 }, { b: 5, a: 1 })).toBe(true);
	});
});

describe('formatBytes', () => {
	it('prints sizes the way download links do', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(812_345)).toBe('812 kB');
		expect(formatBytes(1_565_850)).toBe('1.6 MB');
	});
	it('refuses what is not a byte count', () => {
		expect(() => formatBytes(-1)).toThrow();
		expect(() => formatBytes(Number.NaN)).toThrow();
	});
});
