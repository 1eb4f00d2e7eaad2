/**
 * The print edition: every chapter in one document, from which the PDF e-book is rendered.
 * Ids are scoped per chapter so they stay unique, and links written for the site are turned into
 * links inside the document (which Chromium keeps as internal PDF links) or into full addresses.
 */
import { withBase } from '../site/paths';

/** Id of a chapter's opening page in the book. */
export function chapterAnchor(slug: string): string {
	return `chapter-${slug}`;
}

/** Id of an element (a section heading, say) of a chapter in the book. */
export function sectionAnchor(slug: string, id: string): string {
	return `chapter-${slug}--${id}`;
}

/** Id of a glossary entry in the book. */
export function termAnchor(id: string): string {
	return `term-${id}`;
}

/** Where the site is published, for links that must leave the e-book. */
export interface OnlineSite {
	/** Origin without a trailing slash, e.g. 'https://guide.example.com'. */
	origin: string;
	/** Base path, e.g. '/' or '/soc-guide/'. */
	base: string;
}

/**
 * Where a link written for the site points in the book: chapters and glossary entries become
 * in-document anchors, other site pages (the tools) become full addresses of the online guide,
 * external links stay as they are. `#id` links are left for {@link scopeChapterHtml}.
 */
export function bookHref(href: string, site: OnlineSite): string {
	if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href) || href.startsWith('#')) return href;
	if (!href.startsWith('/')) {
		throw new Error(
			`Link "${href}" is relative; write site links from the root (e.g. /chapters/soc-2/) so the e-book can place them`,
		);
	}
	const url = new URL(href, 'http://site.invalid');
	const hash = decodeURIComponent(url.hash.slice(1));
	const chapter = /^\/chapters\/([^/]+)\/?$/.exec(url.pathname);
	if (chapter) return '#' + (hash ? sectionAnchor(chapter[1]!, hash) : chapterAnchor(chapter[1]!));
	if (/^\/glossary\/?$/.test(url.pathname)) return '#' + (hash ? termAnchor(hash) : 'glossary');
	return onlineUrl(href, site);
}

/** Full address of a site path on the published guide (base path applied). */
export function onlineUrl(path: string, site: OnlineSite): string {
	return site.origin.replace(/\/+$/, '') + withBase(path, site.base);
}

/** True for links that leave the document: the print edition shows their address. */
export function isOutbound(href: string): boolean {
	return /^https?:\/\//i.test(href);
}

/**
 * An address as printed next to its link: without the scheme, a leading "www." or a lone
 * trailing slash, so it is short enough to read and still complete enough to type.
 */
export function displayUrl(url: string): string {
	return url
		.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
		.replace(/^www\./i, '')
		.replace(/\/(?=$|[?#])/, '');
}

/** The site an address belongs to, as a reader would name it: 'aicpa-cima.com' for https://www.aicpa-cima.com/x. */
export function siteOf(url: string): string {
	return displayUrl(url).split(/[/?#]/, 1)[0]!.replace(/:\d+$/, '').toLowerCase();
}

// Attributes whose value is an id (or a list of ids) on the same page.
const ID_REFERENCE_ATTRIBUTES = [
	'for',
	'aria-describedby',
	'aria-labelledby',
	'aria-controls',
	'aria-owns',
];
const ID_RE = /(\sid)="([^"]*)"/g;
const ID_REFERENCE_RE = new RegExp(`(\\s(?:${ID_REFERENCE_ATTRIBUTES.join('|')}))="([^"]*)"`, 'g');
const HASH_HREF_RE = /(\shref)="#([^"]+)"/g;

/**
 * Scopes a chapter's rendered HTML to the chapter: every id gets the chapter's prefix, and so do
 * the references to those ids (`#links`, aria-describedby, for), so 'sources' or 'key-takeaways'
 * can exist once per chapter in one document. A `#link` to an id the chapter does not define
 * already points at the book (another chapter, the glossary) and is left alone. Astro escapes
 * quotes in text and always quotes attribute values with `"`, so text never looks like an attribute.
 */
export function scopeChapterHtml(html: string, slug: string): string {
	const own = new Set([...html.matchAll(ID_RE)].map((m) => m[2]!));
	const scope = (id: string) => (own.has(id) ? sectionAnchor(slug, id) : id);
	return html
		.replace(ID_RE, (_, attr: string, id: string) => `${attr}="${sectionAnchor(slug, id)}"`)
		.replace(
			ID_REFERENCE_RE,
			(_, attr: string, value: string) =>
				`${attr}="${value.split(/\s+/).filter(Boolean).map(scope).join(' ')}"`,
		)
		.replace(HASH_HREF_RE, (_, attr: string, hash: string) => {
			const id = decodeURIComponent(hash);
			return `${attr}="#${own.has(id) ? sectionAnchor(slug, id) : hash}"`;
		});
}

/** A part of the book that prints its own running header. */
export interface RunningHead {
	/** Id of the element that holds the part; also used as the CSS page name. */
	anchor: string;
	/** Text of the running header on its pages. */
	header: string;
}

/**
 * A CSS string literal for `content:`: quotes, backslashes and line breaks escaped, and `<` too,
 * so a title can never close the <style> element it is printed in.
 */
export function cssString(text: string): string {
	return `"${text
		.replace(/\\/g, '\\\\')
		.replace(/"/g, '\\"')
		.replace(/\r?\n/g, '\\a ')
		.replace(/</g, '\\3c ')}"`;
}

/**
 * CSS for the running headers: the book's title at the top left of every page, and a named page
 * per part whose top right shows the part's title, so every page says where the reader is
 * (Chromium prints @page margin boxes and named pages, but not `string-set`).
 */
export function runningHeadCss(bookTitle: string, parts: readonly RunningHead[]): string {
	const rules = parts.map(({ anchor, header }) => {
		if (!/^[a-z][a-z0-9-]*$/.test(anchor)) {
			throw new Error(
				`"${anchor}" cannot name a CSS page: use lowercase letters, digits and hyphens`,
			);
		}
		return `#${anchor}{page:${anchor}}@page ${anchor}{@top-right{content:${cssString(header)}}}`;
	});
	return [`@page{@top-left{content:${cssString(bookTitle)}}}`, ...rules].join('\n');
}
