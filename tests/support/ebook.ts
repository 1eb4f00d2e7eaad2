/** What the e-book tests share, in the browser suite and over the built files alike. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from './built.ts';

// `npm run pdf` builds the site with the e-book; the tests read what it made.
const downloads = join(dist, 'downloads');
export const LINK = 'Download the e-book (PDF)';
export const EPUB_LINK = 'Download the e-book (EPUB)';
/** The e-book's size budget: a few MB at most, so it can be mailed and attached to proposals. */
export const MAX_BYTES = 3_000_000;
/** The EPUB carries no fonts or pictures beyond its cover: a few hundred kB at most. */
export const MAX_EPUB_BYTES = 400_000;

/** The one e-book file of a kind in dist/downloads/; throws a clear message otherwise. */
export function ebookFile(ext: 'pdf' | 'epub' = 'pdf'): string {
	if (!existsSync(downloads))
		throw new Error('dist/downloads/ does not exist: run `npm run pdf` first');
	const files = readdirSync(downloads).filter((f) => f.endsWith(`.${ext}`));
	if (files.length !== 1)
		throw new Error(`expected exactly one ${ext} e-book in dist/downloads/, found ${files.length}`);
	return join(downloads, files[0]!);
}

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A size as a link states it ('1.6 MB', '114 kB'), in bytes; throws when the text gives none. */
export function statedBytes(text: string): number {
	const m = /(\d+(?:\.\d+)?) (MB|kB)/.exec(text);
	if (!m) throw new Error(`no size in "${text}"`);
	return Number(m[1]) * (m[2] === 'MB' ? 1e6 : 1e3);
}
