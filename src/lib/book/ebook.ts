/**
 * The e-book (PDF and EPUB): where it is published, which formats a build makes, what its
 * download links say, and how the PDF's contents page gets its page numbers. The numbers need
 * two renderings: the first shows where each part of the book starts, the second prints those
 * numbers (and confirms that printing them moved nothing).
 */

/** The e-book's formats, each a file of its own. */
export type EbookFormat = 'pdf' | 'epub';

/** File name of the e-book, from the book's title ('SOC Reports: Your Guide' → 'soc-reports-your-guide.pdf'). */
export function ebookFileName(title: string, format: EbookFormat = 'pdf'): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `${slug || 'e-book'}.${format}`;
}

/** Site path (before the base path) the e-book is published at. */
export function ebookPath(title: string, format: EbookFormat = 'pdf'): string {
	return `/downloads/${ebookFileName(title, format)}`;
}

/** Which formats a build makes, and what the build log should say about it. */
export interface EbookPlan {
	pdf: boolean;
	epub: boolean;
	/** Said in the build output when the build makes less than both formats. */
	notice?: string;
}

/**
 * What a build makes, from SITE_EBOOK and the Chromium found on the machine (its path, or
 * undefined). Unset: the EPUB always (it needs nothing but Node) and the PDF when Chromium is
 * there; '1' (`npm run pdf`): both, and the build fails without Chromium; '0': neither.
 * `astro dev` makes neither: it serves no built files to link to.
 */
export function ebookPlan(
	setting: string | undefined,
	chromium: string | undefined,
	command: string,
): EbookPlan {
	if (command === 'dev') return { pdf: false, epub: false };
	const value = (setting ?? '').trim();
	if (value === '1') return { pdf: true, epub: true };
	if (value === '0')
		return {
			pdf: false,
			epub: false,
			notice: 'No e-book in this build (SITE_EBOOK=0): pages offer no download.',
		};
	if (value !== '') {
		throw new Error(
			`SITE_EBOOK must be 1 (both e-books, the PDF needs Chromium), 0 (no e-book) or unset (the PDF when Chromium is found); got "${setting}"`,
		);
	}
	if (chromium) return { pdf: true, epub: true };
	return {
		pdf: false,
		epub: true,
		notice:
			'No Chromium found, so this build makes the EPUB e-book but not the PDF, and pages offer the EPUB only. ' +
			'To add the PDF, install Chromium (Debian: apt-get install chromium), set CHROMIUM_PATH, or run `npx playwright install chromium`; ' +
			'`npm run pdf` fails instead of leaving the PDF out.',
	};
}

/** Page number (1-based) where each contents entry starts, keyed by the entry's anchor id. */
export type PageNumbers = Record<string, number>;

/**
 * Page numbers for the contents entries, from the PDF's named destinations (anchor id → 0-based
 * page index; Chromium writes one for every element an internal link points to). Throws when an
 * entry has no destination or when the entries do not start in reading order, since either
 * means the contents page would lie.
 */
export function tocPageNumbers(
	anchors: readonly string[],
	destinations: ReadonlyMap<string, number>,
): PageNumbers {
	const missing = anchors.filter((a) => !destinations.has(a));
	if (missing.length > 0) {
		throw new Error(`The PDF has no destination for contents entries: ${missing.join(', ')}`);
	}
	const pages: PageNumbers = {};
	let previous = 0;
	for (const anchor of anchors) {
		const page = destinations.get(anchor)! + 1;
		if (page < previous) {
			throw new Error(
				`Contents entry "${anchor}" starts on page ${page}, before the entry above it (page ${previous})`,
			);
		}
		pages[anchor] = page;
		previous = page;
	}
	return pages;
}

/** True when both assignments give every entry the same page (the contents has settled). */
export function samePageNumbers(a: PageNumbers | undefined, b: PageNumbers): boolean {
	if (!a) return false;
	const keys = Object.keys(b);
	return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

/** A byte count for people: '812 kB', '1.4 MB'. */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`Not a byte count: ${bytes}`);
	if (bytes < 1000) return `${bytes} B`;
	if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** What a download link says about its file: '1.6 MB, 99 pages' or '114 kB, 15 chapters'. */
export function ebookFacts(format: EbookFormat, bytes: number, count: number): string {
	if (!Number.isInteger(count) || count < 1)
		throw new Error(`Not a ${format === 'pdf' ? 'page' : 'chapter'} count: ${count}`);
	const unit = format === 'pdf' ? 'page' : 'chapter';
	return `${formatBytes(bytes)}, ${count} ${unit}${count === 1 ? '' : 's'}`;
}

// The element EbookDownload leaves empty for the facts, which exist only once the files are made.
const FACTS_RE = /(<span class="ebook-facts" data-ebook-facts="(pdf|epub)">)[^<]*(<\/span>)/g;

/**
 * A built page with each e-book link's facts (size, pages or chapters) written in, after a
 * comma: 'Download the e-book (PDF), 1.6 MB, 99 pages'. Facts are escaped; a link to a format
 * without facts is an error, since it would offer a file this build did not make.
 */
export function fillEbookFacts(html: string, facts: Partial<Record<EbookFormat, string>>): string {
	return html.replace(FACTS_RE, (_, open: string, format: EbookFormat, close: string) => {
		const text = facts[format];
		if (text === undefined)
			throw new Error(
				`A page offers the ${format.toUpperCase()} e-book, which this build did not make`,
			);
		return `${open}, ${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}${close}`;
	});
}
