/**
 * The PDF e-book: where it is published and how the contents page gets its page numbers. The
 * numbers need two renderings: the first shows where each part of the book starts, the second
 * prints those numbers (and confirms that printing them moved nothing).
 */

/** File name of the e-book, from the book's title ('SOC Reports: Your Guide' → 'soc-reports-your-guide.pdf'). */
export function ebookFileName(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `${slug || 'e-book'}.pdf`;
}

/** Site path (before the base path) the e-book is published at. */
export function ebookPath(title: string): string {
	return `/downloads/${ebookFileName(title)}`;
}

/** Page number (1-based) where each contents entry starts, keyed by the entry's anchor id. */
export type PageNumbers = Record<string, number>;

/**
 * Page numbers for the contents entries, from the PDF's named destinations (anchor id → 0-based
 * page index; Chromium writes one for every element an internal link points to). Throws when an
 * entry has no destination or when the entries do not start in reading order, since either
 * means the contents page would lie.
 */
export function tocPageNumbers(anchors: readonly string[], destinations: ReadonlyMap<string, number>): PageNumbers {
	const missing = anchors.filter((a) => !destinations.has(a));
	if (missing.length > 0) {
		throw new Error(`The PDF has no destination for contents entries: ${missing.join(', ')}`);
	}
	const pages: PageNumbers = {};
	let previous = 0;
	for (const anchor of anchors) {
		const page = destinations.get(anchor)! + 1;
		if (page < previous) {
			throw new Error(`Contents entry "${anchor}" starts on page ${page}, before the entry above it (page ${previous})`);
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
