import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ebookFacts,
	ebookFileName,
	ebookPath,
	ebookPlan,
	fillEbookFacts,
	formatBytes,
	samePageNumbers,
	tocPageNumbers,
} from '../../../src/lib/book/ebook';

describe('ebookFileName and ebookPath', () => {
	it('names the file after the title', () => {
		expect(ebookFileName('SOC Reports: Your Complete Guide')).toBe(
			'soc-reports-your-complete-guide.pdf',
		);
		expect(ebookPath('SOC Reports: Your Complete Guide')).toBe(
			'/downloads/soc-reports-your-complete-guide.pdf',
		);
		expect(ebookPath('SOC Reports: Your Complete Guide', 'epub')).toBe(
			'/downloads/soc-reports-your-complete-guide.epub',
		);
	});
	it('drops accents and punctuation, and never yields an empty name', () => {
		expect(ebookFileName('Ça va — Guide 2027!')).toBe('ca-va-guide-2027.pdf');
		expect(ebookFileName('!!!')).toBe('e-book.pdf');
	});
	it('always yields a safe file name', () => {
		fc.assert(
			fc.property(fc.string(), (title) =>
				/^[a-z0-9]+(?:-[a-z0-9]+)*\.pdf$|^e-book\.pdf$/.test(ebookFileName(title)),
			),
		);
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
		expect(tocPageNumbers(['chapter-a', 'chapter-b', 'glossary'], dests)).toEqual({
			'chapter-a': 3,
			'chapter-b': 8,
			glossary: 41,
		});
	});
	it('names every entry the PDF has no destination for', () => {
		expect(() => tocPageNumbers(['chapter-a', 'chapter-x', 'sources'], dests)).toThrow(
			/chapter-x, sources/,
		);
	});
	it('refuses entries that would start before the entry above them', () => {
		expect(() => tocPageNumbers(['chapter-b', 'chapter-a'], dests)).toThrow(
			/"chapter-a" starts on page 3, before the entry above it \(page 8\)/,
		);
	});
	it('accepts two entries starting on the same page (a short part)', () => {
		expect(
			tocPageNumbers(
				['x', 'y'],
				new Map([
					['x', 4],
					['y', 4],
				]),
			),
		).toEqual({ x: 5, y: 5 });
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

describe('ebookPlan', () => {
	const CHROMIUM = '/usr/bin/chromium';
	it('makes the EPUB in every build and the PDF when Chromium is there, saying so when it is not', () => {
		expect(ebookPlan(undefined, CHROMIUM, 'build')).toEqual({ pdf: true, epub: true });
		const without = ebookPlan(undefined, undefined, 'build');
		expect(without).toMatchObject({ pdf: false, epub: true });
		expect(without.notice).toMatch(
			/No Chromium found.*EPUB.*not the PDF.*apt-get install chromium.*CHROMIUM_PATH/,
		);
	});
	it('requires both with SITE_EBOOK=1 and makes neither with 0', () => {
		expect(ebookPlan('1', undefined, 'build')).toEqual({ pdf: true, epub: true });
		expect(ebookPlan(' 1 ', CHROMIUM, 'build')).toEqual({ pdf: true, epub: true });
		expect(ebookPlan('0', CHROMIUM, 'build')).toMatchObject({
			pdf: false,
			epub: false,
			notice: expect.stringContaining('SITE_EBOOK=0'),
		});
	});
	it('offers nothing in the dev server, which has no built files', () => {
		for (const setting of [undefined, '0', '1'])
			expect(ebookPlan(setting, CHROMIUM, 'dev')).toEqual({ pdf: false, epub: false });
	});
	it('names the allowed values for anything else', () => {
		fc.assert(
			fc.property(
				fc.string().filter((s) => !['', '0', '1'].includes(s.trim())),
				(setting) => {
					expect(() => ebookPlan(setting, CHROMIUM, 'build')).toThrow(
						/SITE_EBOOK must be 1 .*, 0 .* or unset/,
					);
				},
			),
		);
	});
});

describe('ebookFacts and fillEbookFacts', () => {
	it('gives size and pages for the PDF, size and chapters for the EPUB', () => {
		expect(ebookFacts('pdf', 1_605_333, 99)).toBe('1.6 MB, 99 pages');
		expect(ebookFacts('epub', 113_911, 15)).toBe('114 kB, 15 chapters');
		expect(ebookFacts('epub', 900, 1)).toBe('900 B, 1 chapter');
		for (const bad of [0, -1, 1.5, Number.NaN])
			expect(() => ebookFacts('pdf', 1000, bad)).toThrow(/page count/);
	});
	const link = (format: string) =>
		`<a data-ebook="${format}">Download the e-book (${format.toUpperCase()})<span class="ebook-facts" data-ebook-facts="${format}"></span></a>`;
	it('writes the facts into every link of each format, escaped', () => {
		const page = `${link('pdf')}<p>x</p>${link('epub')}${link('pdf')}`;
		const out = fillEbookFacts(page, { pdf: '1.6 MB, 99 pages', epub: '<b>&</b>' });
		expect(
			out.match(
				/\(PDF\)<span class="ebook-facts" data-ebook-facts="pdf">, 1.6 MB, 99 pages<\/span>/g,
			),
		).toHaveLength(2);
		expect(out).toContain('data-ebook-facts="epub">, &lt;b>&amp;&lt;/b></span>');
		expect(
			fillEbookFacts(out, { pdf: '2 MB, 100 pages', epub: 'x' }),
			'filling again replaces, never appends',
		).toContain('data-ebook-facts="pdf">, 2 MB, 100 pages</span>');
		expect(fillEbookFacts('<p>no links</p>', {})).toBe('<p>no links</p>');
	});
	it('refuses a page that offers a format the build did not make', () => {
		expect(() => fillEbookFacts(link('pdf'), { epub: '1 kB, 1 chapter' })).toThrow(
			/offers the PDF e-book/,
		);
	});
});
