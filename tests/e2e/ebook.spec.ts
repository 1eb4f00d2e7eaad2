import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bookChapters, glossaryTerms, readPdf, type PdfBook } from './support/pdf';
import { chapterPages, dist, root } from './support/site';

// `npm run pdf` builds the site with the e-book; these tests read what it made.
const downloads = join(dist, 'downloads');
const LINK = 'Download the e-book (PDF)';
/** The e-book's size budget: a few MB at most, so it can be mailed and attached to proposals. */
const MAX_BYTES = 3_000_000;

function ebookFile(): string {
	expect(existsSync(downloads), 'dist/downloads/ exists: run `npm run pdf` first').toBe(true);
	const pdfs = readdirSync(downloads).filter((f) => f.endsWith('.pdf'));
	expect(pdfs, 'exactly one e-book in dist/downloads/').toHaveLength(1);
	return join(downloads, pdfs[0]!);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the site offers the e-book on the home page, after each chapter and in the footer, and serves it as a PDF', async ({ page, request }) => {
	await page.goto('/');
	const home = page.getByRole('main').getByRole('link', { name: LINK });
	await expect(home, 'download link on the home page').toBeVisible();
	await expect(page.getByRole('contentinfo').getByRole('link', { name: LINK }), 'download link in the footer').toBeVisible();
	// Attribution adds where the link sits (?from=…) and any campaign tags; the file is what matters.
	const file = async (link: typeof home) => new URL((await link.getAttribute('href'))!, page.url()).pathname;
	const href = await file(home);
	expect(href, 'the link points at the e-book in the build').toBe('/downloads/' + ebookFile().split('/').pop());

	await page.goto(chapterPages()[0]!);
	expect(await file(page.getByRole('main').getByRole('link', { name: LINK })), 'download link after the chapter').toBe(href);

	const response = await request.get(href);
	expect(response.status(), 'the e-book is served').toBe(200);
	expect(response.headers()['content-type'], 'served as a PDF').toContain('application/pdf');
	expect((await response.body()).subarray(0, 5).toString(), 'a PDF file').toBe('%PDF-');
});

test('a build without the e-book (no `npm run pdf`) leaves the download link out', () => {
	// `npm test` builds dist-base/ as a plain build (see package.json).
	const plain = join(root, 'dist-base');
	expect(existsSync(plain), 'dist-base/ exists: run `npm run build:base` first').toBe(true);
	expect(existsSync(join(plain, 'downloads')), 'no e-book in a plain build').toBe(false);
	for (const page of ['index.html', `chapters/${bookChapters()[0]!.slug}/index.html`]) {
		const html = readFileSync(join(plain, page), 'utf8');
		expect(html, `${page} of a plain build has no link to an e-book file`).not.toContain('/downloads/');
		expect(html).not.toContain(LINK);
	}
});

test('the print edition the PDF is made from stays out of search engines and the site search', () => {
	const html = readFileSync(join(dist, 'book/index.html'), 'utf8');
	expect(html, 'noindex').toMatch(/<meta name="robots" content="noindex"/);
	expect(html, 'not indexed by Pagefind').not.toContain('data-pagefind-body');
	expect(html, 'does not offer itself for download').not.toContain(LINK);
});

test.describe('the PDF e-book', () => {
	let book: PdfBook;
	let bytes: number;
	const chapters = bookChapters();

	test.beforeAll(async () => {
		const file = ebookFile();
		bytes = statSync(file).size;
		book = await readPdf(readFileSync(file));
	});

	test('holds every chapter in order, then the glossary and the sources', () => {
		let previous = 1;
		for (const c of chapters) {
			const opening = book.pages.find((p) => new RegExp(`^chapter ${c.order} ·`, 'i').test(p.body));
			expect(opening, `chapter ${c.order} has an opening page`).toBeTruthy();
			expect(opening!.number, `chapter ${c.order} comes after the one before it`).toBeGreaterThan(previous);
			expect(opening!.body.slice(0, 300), `chapter ${c.order} opens with its title`).toContain(c.title);
			previous = opening!.number;
		}
		const glossary = book.pages.filter((p) => p.head.endsWith('Glossary'));
		expect(glossary[0]?.number, 'the glossary follows the last chapter').toBeGreaterThan(previous);
		const glossaryText = glossary.map((p) => p.body).join(' ');
		for (const term of glossaryTerms()) expect(glossaryText, `glossary term "${term}"`).toContain(term);
		const sources = book.pages.find((p) => p.head.endsWith('Sources'));
		expect(sources?.number, 'the sources follow the glossary').toBeGreaterThan(glossary.at(-1)!.number);
	});

	test('has a sane page count, stays under its size budget and embeds its fonts', () => {
		const pages = book.pages.length;
		const words = book.pages.reduce((n, p) => n + p.body.split(' ').length, 0);
		console.log(`e-book: ${pages} pages, ${(bytes / 1e6).toFixed(2)} MB, ${words} words`);
		expect(pages, 'at least cover, contents, a page per chapter, glossary and sources').toBeGreaterThanOrEqual(chapters.length + 4);
		expect(words / pages, 'words per page like a printed book (not blank, not squeezed)').toBeGreaterThan(150);
		expect(words / pages).toBeLessThan(700);
		for (const p of book.pages) expect(p.body.length, `page ${p.number} is not blank`).toBeGreaterThan(0);
		expect(bytes, `the e-book stays under ${MAX_BYTES / 1e6} MB`).toBeLessThan(MAX_BYTES);

		// Each embedded font program sits in a FontFile stream referenced from its descriptor;
		// a descriptor without one means a reader's own font would be substituted.
		const raw = readFileSync(ebookFile()).toString('latin1');
		const descriptors = raw.match(/\/Type \/FontDescriptor[\s\S]*?>>/g) ?? [];
		expect(descriptors.length, 'the PDF describes its fonts').toBeGreaterThan(0);
		for (const d of descriptors) expect(d, 'every font is embedded').toMatch(/\/FontFile[23]?\s/);
	});

	test('its contents page gives the page each chapter, the glossary and the sources start on', () => {
		const contents = book.pages.filter((p) => p.head.endsWith('Contents'));
		expect(contents.length, 'a contents page').toBeGreaterThan(0);
		const lines = contents.flatMap((p) => p.lines.map((l) => l.text));
		const entries: { title: string; chapter?: (typeof chapters)[number] }[] = [
			...chapters.map((c) => ({ title: `${c.order}. ${c.title}`, chapter: c })),
			{ title: 'Glossary' },
			{ title: 'Sources' },
		];
		for (const entry of entries) {
			const line = lines.find((l) => new RegExp(`^${escape(entry.title)} \\d+$`).test(l));
			expect(line, `contents lists "${entry.title}" with a page number`).toBeTruthy();
			const listed = Number(/(\d+)$/.exec(line!)![1]);
			// Where it really starts: the first page whose running head names it.
			const first = book.pages.find((p) => p.number > contents.at(-1)!.number && p.head.endsWith(entry.title));
			expect(first?.number, `"${entry.title}" starts on the page the contents gives`).toBe(listed);
			if (entry.chapter) {
				expect(first!.body, `page ${listed} opens chapter ${entry.chapter.order}`).toMatch(new RegExp(`^chapter ${entry.chapter.order} ·`, 'i'));
			} else {
				expect(first!.body.startsWith(entry.title), `page ${listed} opens with "${entry.title}"`).toBe(true);
			}
		}
	});

	test('numbers every page after the cover and names the book and the chapter at the top', () => {
		const [cover, ...rest] = book.pages;
		expect(cover!.head + cover!.foot, 'the cover has no running head or number').toBe('');
		const bookTitle = cover!.lines.find((l) => l.text.length > 0 && /guide/i.test(l.text));
		expect(bookTitle, 'the cover shows the title').toBeTruthy();
		for (const p of rest) {
			expect(p.foot, `page ${p.number} shows its number`).toBe(String(p.number));
			expect(p.head.length, `page ${p.number} has a running head`).toBeGreaterThan(0);
		}
		for (const c of chapters) {
			const pages = book.pages.filter((p) => p.head.endsWith(`${c.order}. ${c.title}`));
			expect(pages.length, `chapter ${c.order}'s pages carry its title at the top`).toBeGreaterThan(0);
		}
	});

	test('has a bookmark per chapter, internal links that land in the book and every source as a live link', () => {
		const titles = chapters.map((c) => c.title);
		expect(book.outline.filter((t) => titles.includes(t)), 'chapter bookmarks, in order').toEqual(titles);
		expect(book.outline).toEqual(expect.arrayContaining(['Contents', 'Glossary', 'Sources']));

		const internal = book.links.filter((l) => l.target !== undefined);
		expect(internal.length, 'internal links (contents, cross-references, glossary terms)').toBeGreaterThan(100);
		for (const l of internal) expect(l.target!, 'internal links land inside the book').toBeLessThanOrEqual(book.pages.length);
		const contentsPages = book.pages.filter((p) => p.head.endsWith('Contents')).map((p) => p.number);
		const fromContents = internal.filter((l) => contentsPages.includes(l.page));
		expect(fromContents.length, 'every contents entry is a link').toBeGreaterThanOrEqual(chapters.length + 2);

		const urls = new Set(book.links.map((l) => l.url).filter(Boolean));
		for (const c of chapters) {
			for (const s of c.sources) expect(urls.has(s.url) || urls.has(new URL(s.url).href), `source ${s.url} is a link`).toBe(true);
		}
		const text = book.pages.map((p) => p.body).join(' ');
		const shown = chapters[0]!.sources[0]!.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
		expect(text.replace(/ /g, ''), 'external addresses are printed, not only linked').toContain(shown.replace(/ /g, ''));
	});
});
