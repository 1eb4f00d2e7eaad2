/**
 * The e-books in the browser: the download links say what they offer and serve the files, and the
 * EPUB's chapters read like the web chapters in Chromium. The files themselves (the PDF's text and
 * tags, EPUBCheck) are checked in tests/dist/ebook.test.ts.
 */
import { expect, test, type Locator } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ebookFile, EPUB_LINK, LINK, statedBytes } from '../support/ebook';
import { unzipEpub } from './support/epub';
import { bookChapters, readPdf } from './support/pdf';
import { chapterPages } from './support/site';

test('the site offers both e-books on the home page, after each chapter, in the footer and in the phone menu, with size and page or chapter count', async ({
	page,
	request,
}) => {
	const pdfBytes = statSync(ebookFile('pdf')).size;
	const epubBytes = statSync(ebookFile('epub')).size;
	const pdfPages = (await readPdf(readFileSync(ebookFile('pdf')))).pages.length;
	const chapters = bookChapters().length;
	// Attribution adds where the link sits (?from=…) and any campaign tags; the file is what matters.
	const file = async (link: Locator) =>
		new URL((await link.getAttribute('href'))!, page.url()).pathname;
	const check = async (where: string, scope: Locator) => {
		const pdf = scope.getByRole('link', { name: LINK });
		const epub = scope.getByRole('link', { name: EPUB_LINK });
		await expect(pdf, `PDF link ${where}`).toBeVisible();
		await expect(epub, `EPUB link ${where}`).toBeVisible();
		expect(await file(pdf), `${where}: the link points at the PDF in the build`).toBe(
			'/downloads/' + basename(ebookFile('pdf')),
		);
		expect(await file(epub), `${where}: the link points at the EPUB in the build`).toBe(
			'/downloads/' + basename(ebookFile('epub')),
		);
		const pdfText = (await pdf.textContent())!;
		const epubText = (await epub.textContent())!;
		expect(pdfText, `${where}: the PDF link gives its page count`).toContain(`, ${pdfPages} pages`);
		expect(epubText, `${where}: the EPUB link gives its chapter count`).toContain(
			`, ${chapters} chapters`,
		);
		// Rounded for people: within 5% of the real size.
		expect(
			Math.abs(statedBytes(pdfText) - pdfBytes) / pdfBytes,
			`${where}: the PDF's stated size`,
		).toBeLessThan(0.05);
		expect(
			Math.abs(statedBytes(epubText) - epubBytes) / epubBytes,
			`${where}: the EPUB's stated size`,
		).toBeLessThan(0.05);
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
	await expect(
		page.locator('#site-menu').getByRole('link', { name: LINK }),
		'wide screens keep the header row to its links',
	).toBeHidden();

	for (const [ext, type, magic] of [
		['pdf', 'application/pdf', '%PDF-'],
		['epub', 'application/epub+zip', 'PK\x03\x04'],
	] as const) {
		const response = await request.get('/downloads/' + basename(ebookFile(ext)));
		expect(response.status(), `the ${ext} is served`).toBe(200);
		expect(response.headers()['content-type'], `served as ${type}`).toContain(type);
		expect(
			(await response.body()).subarray(0, magic.length).toString('latin1'),
			`a ${ext} file`,
		).toBe(magic);
	}
});

test.describe('the EPUB e-book', () => {
	const chapters = bookChapters();
	let files: Map<string, Buffer>;
	const EPUB_ORIGIN = 'https://epub.invalid';
	const TYPES: Record<string, string> = {
		xhtml: 'application/xhtml+xml',
		css: 'text/css',
		svg: 'image/svg+xml',
		opf: 'application/oebps-package+xml',
		xml: 'application/xml',
	};

	test.beforeAll(() => {
		files = unzipEpub(readFileSync(ebookFile('epub')));
	});

	test("reads well in Chromium at phone width: every chapter has the web chapter's sections and text, and its links resolve", async ({
		page,
	}) => {
		test.slow();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.route(`${EPUB_ORIGIN}/**`, (route) => {
			const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
			const body = files.get(path);
			return body
				? route.fulfill({
						body,
						contentType: TYPES[path.split('.').pop()!] ?? 'application/octet-stream',
					})
				: route.fulfill({ status: 404, body: 'missing' });
		});
		const ids = new Map<string, Set<string>>();
		const links: { from: string; to: string }[] = [];
		const documents = [...files.keys()].filter((f) => f.endsWith('.xhtml'));
		for (const doc of documents) {
			await page.goto(`${EPUB_ORIGIN}/${doc}`);
			const seen = await page.evaluate(() => ({
				xhtml:
					document.documentElement.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
					document.contentType === 'application/xhtml+xml',
				parseError: document.querySelector('parsererror')?.textContent ?? null,
				ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
				links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
				images: [...document.images].map((i) => ({
					alt: i.alt,
					loaded: i.complete && i.naturalWidth > 0,
				})),
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
			for (const href of seen.links)
				if (href.startsWith(EPUB_ORIGIN))
					links.push({ from: doc, to: href.slice(EPUB_ORIGIN.length + 1) });
		}
		expect(
			links.length,
			'cross-references, glossary terms and the contents are links',
		).toBeGreaterThan(200);
		for (const { from, to } of links) {
			const [file, hash] = to.split('#') as [string, string | undefined];
			expect(ids.has(file), `${from} links to ${file}, which is in the book`).toBe(true);
			if (hash)
				expect(
					ids.get(file)!.has(decodeURIComponent(hash)),
					`${from} links to #${hash}, which ${file} has`,
				).toBe(true);
		}

		for (const c of chapters) {
			// Each section's heading and the length of its text, in document order. Calls to action,
			// share links, sources and the web page's tooltips and copy-link buttons are not the
			// chapter's text (the e-book words its calls to action for paper).
			const measure = () =>
				page.evaluate(() => {
					const skip =
						'.cta, .book-cta, .share, .sources, .chapter-sources, .ebook-download, .prev-next, nav, .copy-link, .term-tip, .print-url, .breadcrumbs, [aria-hidden="true"], [hidden]';
					const article = document.querySelector('article')!;
					const sections: { id: string; heading: string; length: number }[] = [];
					const walker = document.createTreeWalker(
						article,
						NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
					);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						if (node instanceof Element) {
							if (/^h[23]$/.test(node.localName) && node.id && !node.closest(skip)) {
								sections.push({
									id: node.id.replace(/^chapter-[a-z0-9-]+?--/, ''),
									heading: node.textContent.replace(/\s+/g, ' ').trim(),
									length: 0,
								});
							}
							continue;
						}
						const current = sections.at(-1);
						if (current && !node.parentElement!.closest(`${skip}, h2, h3`))
							current.length += node.textContent!.replace(/\s+/g, '').length;
					}
					return sections;
				});
			await page.goto(`/chapters/${c.slug}/`);
			const toc = await page
				.locator('.toc a[href^="#"]')
				.evaluateAll((as) => [
					...new Set(as.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))),
				]);
			const web = (await measure()).filter((s) => toc.includes(s.id));
			expect(web.length, `chapter ${c.order} has sections on the web`).toBeGreaterThan(1);
			await page.goto(`${EPUB_ORIGIN}/EPUB/chapter-${c.slug}.xhtml`);
			await expect(
				page.getByRole('heading', { level: 1 }),
				`chapter ${c.order}'s title`,
			).toHaveText(c.title);
			const epub = (await measure()).filter((s) => toc.includes(s.id));
			expect(
				epub.map((s) => s.heading),
				`chapter ${c.order}: the same sections, in the same order`,
			).toEqual(web.map((s) => s.heading));
			for (const [i, s] of web.entries()) {
				expect(
					Math.abs(epub[i]!.length - s.length) / Math.max(s.length, 1),
					`chapter ${c.order}, "${s.heading}": the same text (characters ${epub[i]!.length} vs ${s.length} on the web)`,
				).toBeLessThan(0.05);
			}
			await expect(
				page.locator('.chapter-sources li'),
				`chapter ${c.order} ends with its sources`,
			).toHaveCount(c.sources.length);
		}
	});
});
