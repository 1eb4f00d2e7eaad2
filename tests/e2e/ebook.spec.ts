import { expect, test, type Locator } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { epubcheck, unzipEpub } from './support/epub';
import { bookChapters, glossaryTerms, readPdf, type PdfBook } from './support/pdf';
import { chapterPages, dist, root } from './support/site';

// `npm run pdf` builds the site with the e-book; these tests read what it made.
const downloads = join(dist, 'downloads');
const LINK = 'Download the e-book (PDF)';
const EPUB_LINK = 'Download the e-book (EPUB)';
/** The e-book's size budget: a few MB at most, so it can be mailed and attached to proposals. */
const MAX_BYTES = 3_000_000;
/** The EPUB carries no fonts or pictures beyond its cover: a few hundred kB at most. */
const MAX_EPUB_BYTES = 400_000;

function ebookFile(ext: 'pdf' | 'epub' = 'pdf'): string {
	expect(existsSync(downloads), 'dist/downloads/ exists: run `npm run pdf` first').toBe(true);
	const files = readdirSync(downloads).filter((f) => f.endsWith(`.${ext}`));
	expect(files, `exactly one ${ext} e-book in dist/downloads/`).toHaveLength(1);
	return join(downloads, files[0]!);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A size as a link states it ('1.6 MB', '114 kB'), in bytes. */
function statedBytes(text: string): number {
	const m = /(\d+(?:\.\d+)?) (MB|kB)/.exec(text);
	expect(m, `a size in "${text}"`).toBeTruthy();
	return Number(m![1]) * (m![2] === 'MB' ? 1e6 : 1e3);
}

test('the site offers both e-books on the home page, after each chapter, in the footer and in the phone menu, with size and page or chapter count', async ({ page, request }) => {
	const pdfBytes = statSync(ebookFile('pdf')).size;
	const epubBytes = statSync(ebookFile('epub')).size;
	const pdfPages = (await readPdf(readFileSync(ebookFile('pdf')))).pages.length;
	const chapters = bookChapters().length;
	// Attribution adds where the link sits (?from=…) and any campaign tags; the file is what matters.
	const file = async (link: Locator) => new URL((await link.getAttribute('href'))!, page.url()).pathname;
	const check = async (where: string, scope: Locator) => {
		const pdf = scope.getByRole('link', { name: LINK });
		const epub = scope.getByRole('link', { name: EPUB_LINK });
		await expect(pdf, `PDF link ${where}`).toBeVisible();
		await expect(epub, `EPUB link ${where}`).toBeVisible();
		expect(await file(pdf), `${where}: the link points at the PDF in the build`).toBe('/downloads/' + basename(ebookFile('pdf')));
		expect(await file(epub), `${where}: the link points at the EPUB in the build`).toBe('/downloads/' + basename(ebookFile('epub')));
		const pdfText = (await pdf.textContent())!;
		const epubText = (await epub.textContent())!;
		expect(pdfText, `${where}: the PDF link gives its page count`).toContain(`, ${pdfPages} pages`);
		expect(epubText, `${where}: the EPUB link gives its chapter count`).toContain(`, ${chapters} chapters`);
		// Rounded for people: within 5% of the real size.
		expect(Math.abs(statedBytes(pdfText) - pdfBytes) / pdfBytes, `${where}: the PDF's stated size`).toBeLessThan(0.05);
		expect(Math.abs(statedBytes(epubText) - epubBytes) / epubBytes, `${where}: the EPUB's stated size`).toBeLessThan(0.05);
	};
	await page.goto('/');
	await check('on the home page', page.getByRole('main'));
	await check('in the footer', page.getByRole('contentinfo'));
	await page.goto(chapterPages()[0]!);
	const box = page.getByRole('complementary', { name: 'Read it offline' });
	await check('after the chapter', box);
	// The box follows the chapter's text, before the share links and the sources.
	const order = await page.evaluate(() => {
		const box = document.querySelector('.ebook-download')!;
		const sources = document.querySelector('article .sources')!;
		return box.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING;
	});
	expect(order, 'the e-book box comes before the sources').toBeTruthy();
	// On a phone the header's menu drawer offers it too, wherever the reader is.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.getByRole('banner').getByRole('button', { name: 'Menu' }).click();
	await check('in the header menu', page.locator('#site-menu'));
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(page.locator('#site-menu').getByRole('link', { name: LINK }), 'wide screens keep the header row to its links').toBeHidden();

	for (const [ext, type, magic] of [
		['pdf', 'application/pdf', '%PDF-'],
		['epub', 'application/epub+zip', 'PK\x03\x04'],
	] as const) {
		const response = await request.get('/downloads/' + basename(ebookFile(ext)));
		expect(response.status(), `the ${ext} is served`).toBe(200);
		expect(response.headers()['content-type'], `served as ${type}`).toContain(type);
		expect((await response.body()).subarray(0, magic.length).toString('latin1'), `a ${ext} file`).toBe(magic);
	}
});

test('a build without the e-book (SITE_EBOOK=0) leaves the download links out', () => {
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

test.describe('the EPUB e-book', () => {
	const chapters = bookChapters();
	let files: Map<string, Buffer>;
	const EPUB_ORIGIN = 'https://epub.invalid';
	const TYPES: Record<string, string> = { xhtml: 'application/xhtml+xml', css: 'text/css', svg: 'image/svg+xml', opf: 'application/oebps-package+xml', xml: 'application/xml' };

	test.beforeAll(() => {
		files = unzipEpub(readFileSync(ebookFile('epub')));
	});

	test('passes EPUBCheck with no error and no warning, and stays small', () => {
		const started = Date.now();
		const { version, messages } = epubcheck(ebookFile('epub'));
		const bytes = statSync(ebookFile('epub')).size;
		console.log(`EPUB: ${(bytes / 1e3).toFixed(0)} kB, EPUBCheck ${version} in ${((Date.now() - started) / 1000).toFixed(1)} s, ${messages.length} messages`);
		const problems = messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity));
		expect(problems.map((m) => `${m.severity} ${m.id} ${m.where}: ${m.message}`), 'EPUBCheck errors and warnings').toEqual([]);
		expect(bytes, `the EPUB stays under ${MAX_EPUB_BYTES / 1e3} kB`).toBeLessThan(MAX_EPUB_BYTES);
	});

	test('declares the metadata and holds one document per chapter, in order, after the cover and contents', () => {
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

	test('reads well in Chromium at phone width: every chapter has the web chapter\'s sections and text, and its links resolve', async ({ page }) => {
		test.slow();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.route(`${EPUB_ORIGIN}/**`, (route) => {
			const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
			const body = files.get(path);
			return body ? route.fulfill({ body, contentType: TYPES[path.split('.').pop()!] ?? 'application/octet-stream' }) : route.fulfill({ status: 404, body: 'missing' });
		});
		const ids = new Map<string, Set<string>>();
		const links: { from: string; to: string }[] = [];
		const documents = [...files.keys()].filter((f) => f.endsWith('.xhtml'));
		for (const doc of documents) {
			await page.goto(`${EPUB_ORIGIN}/${doc}`);
			const seen = await page.evaluate(() => ({
				xhtml: document.documentElement.namespaceURI === 'http://www.w3.org/1999/xhtml' && document.contentType === 'application/xhtml+xml',
				parseError: document.querySelector('parsererror')?.textContent ?? null,
				ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
				links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
				images: [...document.images].map((i) => ({ alt: i.alt, loaded: i.complete && i.naturalWidth > 0 })),
				overflow: document.documentElement.scrollWidth - window.innerWidth,
			}));
			expect(seen.parseError, `${doc} is well-formed XHTML`).toBeNull();
			expect(seen.xhtml, `${doc} is read as XHTML`).toBe(true);
			expect(seen.overflow, `${doc} fits a 390 px screen`).toBeLessThanOrEqual(0);
			for (const img of seen.images) {
				expect(img.alt.length, `${doc}: every picture has a text alternative`).toBeGreaterThan(0);
				expect(img.loaded, `${doc}: its pictures load`).toBe(true);
			}
			ids.set(doc, new Set(seen.ids));
			for (const href of seen.links) if (href.startsWith(EPUB_ORIGIN)) links.push({ from: doc, to: href.slice(EPUB_ORIGIN.length + 1) });
		}
		expect(links.length, 'cross-references, glossary terms and the contents are links').toBeGreaterThan(200);
		for (const { from, to } of links) {
			const [file, hash] = to.split('#') as [string, string | undefined];
			expect(ids.has(file), `${from} links to ${file}, which is in the book`).toBe(true);
			if (hash) expect(ids.get(file)!.has(decodeURIComponent(hash)), `${from} links to #${hash}, which ${file} has`).toBe(true);
		}

		for (const c of chapters) {
			// Each section's heading and the length of its text, in document order. Calls to action,
			// share links, sources and the web page's tooltips and copy-link buttons are not the
			// chapter's text (the e-book words its calls to action for paper).
			const measure = () =>
				page.evaluate(() => {
					const skip = '.cta, .book-cta, .share, .sources, .chapter-sources, .ebook-download, .prev-next, nav, .copy-link, .term-tip, .print-url, .breadcrumbs, [aria-hidden="true"], [hidden]';
					const article = document.querySelector('article')!;
					const sections: { id: string; heading: string; length: number }[] = [];
					const walker = document.createTreeWalker(article, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						if (node instanceof Element) {
							if (/^h[23]$/.test(node.localName) && node.id && !node.closest(skip)) {
								sections.push({ id: node.id.replace(/^chapter-[a-z0-9-]+?--/, ''), heading: node.textContent!.replace(/\s+/g, ' ').trim(), length: 0 });
							}
							continue;
						}
						const current = sections.at(-1);
						if (current && !node.parentElement!.closest(`${skip}, h2, h3`)) current.length += node.textContent!.replace(/\s+/g, '').length;
					}
					return sections;
				});
			await page.goto(`/chapters/${c.slug}/`);
			const toc = await page.locator('.toc a[href^="#"]').evaluateAll((as) => [...new Set(as.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))))]);
			const web = (await measure()).filter((s) => toc.includes(s.id));
			expect(web.length, `chapter ${c.order} has sections on the web`).toBeGreaterThan(1);
			await page.goto(`${EPUB_ORIGIN}/EPUB/chapter-${c.slug}.xhtml`);
			await expect(page.getByRole('heading', { level: 1 }), `chapter ${c.order}'s title`).toHaveText(c.title);
			const epub = (await measure()).filter((s) => toc.includes(s.id));
			expect(epub.map((s) => s.heading), `chapter ${c.order}: the same sections, in the same order`).toEqual(web.map((s) => s.heading));
			for (const [i, s] of web.entries()) {
				expect(Math.abs(epub[i]!.length - s.length) / Math.max(s.length, 1), `chapter ${c.order}, "${s.heading}": the same text (characters ${epub[i]!.length} vs ${s.length} on the web)`).toBeLessThan(0.05);
			}
			await expect(page.locator('.chapter-sources li'), `chapter ${c.order} ends with its sources`).toHaveCount(c.sources.length);
		}
	});
});

test.describe('the PDF e-book\'s accessibility metadata', () => {
	test('is tagged, names its title, author and language in the Info dictionary and in XMP, and its tags use standard types', async () => {
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
