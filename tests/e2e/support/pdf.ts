/** Reads a PDF the way the e-book tests need it: text per page, split into running head, footer and body by position. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { getDocumentProxy } from 'unpdf';
import { root } from '../../support/built.ts';

/** One line of text on a page (items on the same baseline, left to right). */
export interface PdfLine {
	text: string;
	/** Distance from the bottom of the page, in points. */
	y: number;
}

export interface PdfPage {
	/** 1-based page number. */
	number: number;
	/** Lines in the top margin (running head). */
	head: string;
	/** Lines in the bottom margin (page number). */
	foot: string;
	/** Lines of the page's body, top to bottom. */
	lines: PdfLine[];
	/** The body as one string, whitespace collapsed. */
	body: string;
}

export interface PdfLink {
	page: number;
	url?: string;
	/** Page (1-based) an internal link lands on. */
	target?: number;
}

export interface PdfBook {
	pages: PdfPage[];
	outline: string[];
	links: PdfLink[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Joins the text runs of one line. Runs that touch belong to one word (a ligature such as "fi"
 * is a run of its own); a visible gap between runs is a space.
 */
function joinRuns(runs: { x: number; width: number; size: number; s: string }[]): string {
	let text = '';
	let end = -Infinity;
	for (const run of runs.sort((a, b) => a.x - b.x)) {
		if (text && run.x - end > run.size * 0.15) text += ' ';
		text += run.s;
		end = run.x + run.width;
	}
	return text;
}

// The e-book's margins are 19 mm at the top and 17 mm at the bottom (book.css); anything printed
// above or below them is a running head or a page number.
const MM = 72 / 25.4;

/** Parses a PDF into pages of text (with head and foot apart), its bookmark titles and its links. */
export async function readPdf(bytes: Uint8Array): Promise<PdfBook> {
	const doc = await getDocumentProxy(new Uint8Array(bytes));
	const pages: PdfPage[] = [];
	const links: PdfLink[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const height = page.getViewport({ scale: 1 }).height;
		const rows = new Map<number, { x: number; width: number; size: number; s: string }[]>();
		for (const item of (await page.getTextContent()).items) {
			if (!('str' in item) || item.str === '') continue;
			const y = Math.round(item.transform[5]);
			const run = {
				x: item.transform[4],
				width: item.width,
				size: Math.abs(item.transform[0]),
				s: item.str,
			};
			rows.set(y, [...(rows.get(y) ?? []), run]);
		}
		const lines = [...rows.entries()]
			.sort((a, b) => b[0] - a[0])
			.map(([y, items]) => ({ y, text: squash(joinRuns(items)) }))
			.filter((l) => l.text !== '');
		const head = lines.filter((l) => l.y > height - 19 * MM);
		const foot = lines.filter((l) => l.y < 17 * MM);
		const body = lines.filter((l) => !head.includes(l) && !foot.includes(l));
		pages.push({
			number: n,
			head: head.map((l) => l.text).join(' '),
			foot: foot.map((l) => l.text).join(' '),
			lines: body,
			body: squash(body.map((l) => l.text).join(' ')),
		});
		for (const a of await page.getAnnotations()) {
			if (a.subtype !== 'Link') continue;
			if (a.url) links.push({ page: n, url: a.url });
			else if (a.dest) {
				const dest = typeof a.dest === 'string' ? await doc.getDestination(a.dest) : a.dest;
				links.push({ page: n, ...(dest ? { target: (await doc.getPageIndex(dest[0])) + 1 } : {}) });
			}
		}
	}
	const outline: string[] = [];
	const walk = (items: { title: string; items: unknown[] }[]) => {
		for (const item of items) {
			outline.push(squash(item.title));
			walk(item.items as typeof items);
		}
	};
	walk((await doc.getOutline()) ?? []);
	await doc.loadingTask.destroy();
	return { pages, outline, links };
}

export interface BookChapter {
	slug: string;
	title: string;
	order: number;
	sources: { title: string; url: string }[];
}

/** The published chapters, in order, from their frontmatter (the source the e-book is made from). */
export function bookChapters(): BookChapter[] {
	const dir = join(root, 'content/chapters');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
		.map((f) => {
			const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))![1]!;
			const data = parseYaml(front) as Omit<BookChapter, 'slug'> & { draft?: boolean };
			return { ...data, slug: f.replace(/\.mdx$/, '') };
		})
		.filter((c) => !(c as { draft?: boolean }).draft)
		.sort((a, b) => a.order - b.order);
}

/** The glossary's terms, as printed. */
export function glossaryTerms(): string[] {
	return (
		parseYaml(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as { term: string }[]
	).map((t) => t.term);
}
