/**
 * Renders the print edition (/book/) of a finished build into the PDF e-book with Chromium's print
 * engine, through Playwright. The built files are served to the browser straight from disk under
 * the site's own origin, so no server or port is needed and nothing reaches the network.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { fileForUrlPath } from './site-files.ts';
import { getDocumentProxy } from 'unpdf';
import { samePageNumbers, tocPageNumbers, type PageNumbers } from '../lib/book/ebook';
import { addPdfMetadata, type PdfMetadata } from '../lib/book/pdf-metadata';

/** pdf.js's reference to a page, as its destinations hold it (they are typed `any`). */
type PageRef = Parameters<Awaited<ReturnType<typeof getDocumentProxy>>['getPageIndex']>[0];

export interface RenderOptions {
	/** The build's output folder. */
	outDir: string;
	/** Origin the site is published at (the page sees this as its address). */
	origin: string;
	/** The build's base path, e.g. '/' or '/soc-guide/'. */
	base: string;
	/** Site path of the print edition, before the base path. */
	bookPath: string;
	/** Site path to write the PDF to, before the base path. */
	pdfPath: string;
	/** Document metadata written into the PDF (Info dictionary and XMP). */
	metadata: Omit<PdfMetadata, 'created'>;
}

export interface RenderResult {
	file: string;
	bytes: number;
	pages: number;
	/** How many times the book was printed before its contents page settled. */
	passes: number;
	milliseconds: number;
}

// Printing the page numbers into the contents normally moves nothing (their column has a fixed
// width), so the second pass settles; a few more cover a contents page that grows by a line.
const MAX_PASSES = 4;

/** Renders the e-book into the build and returns what it made. */
export async function renderEbook(options: RenderOptions): Promise<RenderResult> {
	const started = performance.now();
	const browser = await chromium.launch(chromiumLaunchOptions()).catch((error: unknown) => {
		throw new Error(
			`The e-book needs Chromium: install it (Debian: apt-get install chromium), set CHROMIUM_PATH, or run \`npx playwright install chromium\`. ${String(error)}`,
		);
	});
	try {
		const page = await browser.newPage();
		const origin = new URL(options.origin).origin;
		await page.route('**/*', (route) => {
			const url = new URL(route.request().url());
			const file =
				url.origin === origin
					? fileForUrlPath(options.outDir, options.base, url.pathname)
					: undefined;
			return file
				? route.fulfill({ path: file })
				: route.fulfill({ status: 404, body: 'Not in the build' });
		});
		const bookUrl = origin + options.base + options.bookPath.replace(/^\//, '');
		const response = await page.goto(bookUrl, { waitUntil: 'load' });
		if (!response?.ok())
			throw new Error(`The print edition ${options.bookPath} is missing from the build`);
		await page.evaluate(() => document.fonts.ready);

		const anchors = await page.$$eval('[data-toc-page]', (els) =>
			els.map((el) => (el as HTMLElement).dataset.tocPage!),
		);
		if (anchors.length === 0)
			throw new Error('The print edition has no contents entries ([data-toc-page])');

		let printed: PageNumbers | undefined;
		for (let pass = 1; pass <= MAX_PASSES; pass++) {
			const pdf = await page.pdf({
				preferCSSPageSize: true,
				printBackground: true,
				outline: true,
				tagged: true,
			});
			// pdf.js takes ownership of the bytes it parses, so it gets a copy.
			const doc = await getDocumentProxy(new Uint8Array(pdf));
			const destinations = new Map<string, number>();
			for (const [name, dest] of Object.entries(await doc.getDestinations())) {
				const ref: unknown = Array.isArray(dest) ? dest[0] : undefined;
				if (ref && typeof ref === 'object')
					destinations.set(name, await doc.getPageIndex(ref as PageRef));
			}
			const pages = doc.numPages;
			await doc.loadingTask.destroy();
			const numbers = tocPageNumbers(anchors, destinations);
			if (samePageNumbers(printed, numbers)) {
				const file = join(options.outDir, options.pdfPath.replace(/^\//, ''));
				await mkdir(dirname(file), { recursive: true });
				const book = addPdfMetadata(pdf, { ...options.metadata, created: new Date() });
				await writeFile(file, book);
				return {
					file,
					bytes: book.length,
					pages,
					passes: pass,
					milliseconds: Math.round(performance.now() - started),
				};
			}
			await page.$$eval(
				'[data-toc-page]',
				(els, numbers) => {
					for (const el of els as HTMLElement[])
						el.textContent = String(numbers[el.dataset.tocPage!]);
				},
				numbers,
			);
			printed = numbers;
		}
		throw new Error(`The contents page numbers did not settle after ${MAX_PASSES} renderings`);
	} finally {
		await browser.close();
	}
}
