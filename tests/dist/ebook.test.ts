/**
 * The e-books as built (`npm run pdf` writes both into dist/downloads/), read from their files:
 * the PDF's text, pages, contents, links and tags, the EPUB's package and EPUBCheck's verdict. What
 * a reader sees of them in the browser is checked in tests/e2e/ebook.spec.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, root } from '../support/built';
import { ebookFile, escape, LINK, MAX_BYTES, MAX_EPUB_BYTES } from '../support/ebook';
import { epubcheck, unzipEpub } from '../e2e/support/epub';
import { bookChapters, glossaryTerms, readPdf, type PdfBook } from '../e2e/support/pdf';

it('a build without the e-book (SITE_EBOOK=0) leaves the download links out', () => {
	// `npm test` builds dist-base/ with SITE_EBOOK=0 (see package.json).
	const plain = join(root, 'dist-base');
	expect(existsSync(plain), 'dist-base/ exists: run `npm run build:base` first').toBe(true);
	expect(existsSync(join(plain, 'downloads')), 'no e-book in a plain build').toBe(false);
	for (const page of ['index.html', `chapters/${bookChapters()[0]!.slug}/index.html`]) {
		const html = readFileSync(join(plain, page), 'utf8');
		expect(html, `${page} of a plain build has no link to an e-book file`).not.toContain('/downloads/');
		expect(html).not.toContain('Download the e-book');
	}
});

it('the print edition the PDF is made from stays out of search engines and the site search', () => {
	const html = readFileSync(join(dist, 'book/index.html'), 'utf8');
	expect(html, 'noindex').toMatch(/<meta name="robots" content="noindex"/);
	expect(html, 'not indexed by Pagefind').not.toContain('data-pagefind-body');
	expect(html, 'does not offer itself for download').not.toContain(LINK);
});

describe('the PDF e-book', () => {
	let book: PdfBook;
	let bytes: number;
	const chapters = bookChapters();

	beforeAll(async () => {
		const file = ebookFile();
		bytes = statSync(file).size;
		book = await readPdf(readFileSync(file));
	});

	it('holds every chapter in order, then the glossary and the sources', () => {
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

	it('has a sane page count, stays under its size budget and embeds its fonts', () => {
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

	it('its contents page gives the page each chapter, the glossary and the sources start on', () => {
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

	it('numbers every page after the cover and names the book and the chapter at the top', () => {
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

	it('has a bookmark per chapter, internal links that land in the book and every source as a live link', () => {
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

describe('the EPUB e-book', () => {
	const chapters = bookChapters();
	let files: Map<string, Buffer>;

	beforeAll(() => {
		files = unzipEpub(readFileSync(ebookFile('epub')));
	});

	it('passes EPUBCheck with no error and no warning, and stays small', () => {
		const started = Date.now();
		const { version, messages } = epubcheck(ebookFile('epub'));
		const bytes = statSync(ebookFile('epub')).size;
		console.log(`EPUB: ${(bytes / 1e3).toFixed(0)} kB, EPUBCheck ${version} in ${((Date.now() - started) / 1000).toFixed(1)} s, ${messages.length} messages`);
		const problems = messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity));
		expect(problems.map((m) => `${m.severity} ${m.id} ${m.where}: ${m.message}`), 'EPUBCheck errors and warnings').toEqual([]);
		expect(bytes, `the EPUB stays under ${MAX_EPUB_BYTES / 1e3} kB`).toBeLessThan(MAX_EPUB_BYTES);
	}, 300_000);

	it('declares the metadata and holds one document per chapter, in order, after the cover and contents', () => {
		const opf = files.get('EPUB/package.opf')!.toString('utf8');
		const site = readFileSync(join(root, 'src/site.config.ts'), 'utf8');
		const title = /title: '([^']+)'/.exec(site)![1]!;
		const publisher = /publisher: '([^']+)'/.exec(site)![1]!;
		expect(opf).toContain(`<dc:title>${title}</dc:title>`);
		expect(opf).toContain(`<dc:publisher>${publisher}</dc:publisher>`);
		expect(opf).toMatch(/<dc:language>en(-[A-Z]+)?<\/dc:language>/);
		expect(opf).toMatch(/<dc:identifier id="book-id">urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
		// The edition date is the one the print edition's cover gives.
		const edition = /<header id="cover"[^]*?<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(join(dist, 'book/index.html'), 'utf8'))?.[1];
		expect(edition, 'the cover dates the edition').toBeTruthy();
		expect(opf).toContain(`<dc:date>${edition}</dc:date>`);
		const spine = [...opf.matchAll(/<itemref idref="item-([^"]+)-xhtml"/g)].map((m) => m[1]);
		expect(spine).toEqual(['cover', 'nav', ...chapters.map((c) => `chapter-${c.slug}`), 'glossary', 'sources', 'about']);
	});
});

describe('the PDF e-book\'s accessibility metadata', () => {
	it('is tagged, names its title, author and language in the Info dictionary and in XMP, and its tags use standard types', async () => {
		const file = ebookFile('pdf');
		const doc = await getDocumentProxy(new Uint8Array(readFileSync(file)));
		const { info, metadata } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown>; metadata: { get(k: string): unknown } | null };
		const markInfo = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
		await doc.loadingTask.destroy();
		const site = readFileSync(join(root, 'src/site.config.ts'), 'utf8');
		const title = /title: '([^']+)'/.exec(site)![1]!;
		const publisher = /publisher: '([^']+)'/.exec(site)![1]!;
		expect(markInfo?.Marked, 'tagged (MarkInfo /Marked true)').toBe(true);
		expect(info.Title).toBe(title);
		expect(info.Author).toBe(publisher);
		expect(info.Language, 'the document language').toMatch(/^en(-|$)/);
		expect(metadata, 'an XMP metadata stream').not.toBeNull();
		expect(metadata!.get('dc:title')).toBe(title);
		expect([metadata!.get('dc:language')].flat()[0]).toMatch(/^en(-|$)/);

		// Poppler, an independent reader, agrees (poppler-utils is installed in CI).
		const pdfinfo = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		expect(pdfinfo).toMatch(/^Tagged:\s+yes$/m);
		expect(pdfinfo).toMatch(/^Metadata Stream:\s+yes$/m);
		expect(pdfinfo).toMatch(new RegExp(`^Title:\\s+${escape(title)}$`, 'm'));
		const struct = spawnSync('pdfinfo', ['-struct', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		expect(struct.status).toBe(0);
		expect(struct.stderr, 'every structure element has a type a PDF 1.x reader knows').not.toMatch(/wrong type/);
		const tree = struct.stdout;
		const h1 = tree.split('\n').filter((l) => /^\s*H1\b/.test(l)).length;
		expect(h1, 'the structure tree has a heading per chapter, plus contents and back matter').toBeGreaterThanOrEqual(bookChapters().length + 3);
		expect(tree, 'links are tagged with their annotations').toMatch(/Link \(inline\)\s*\n(?:\s+\S.*\n)*?\s+Object \d+ \d+/);
	});
});
