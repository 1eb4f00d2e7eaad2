/**
 * The EPUB 3 e-book, made from the built print edition (/book/), so the EPUB, the PDF and the site
 * come from the same MDX. The print edition is split into one XHTML file per chapter plus a
 * cover, a navigation document, the glossary, a sources page and the about page; links between
 * them are rewritten to point at the right file, and a link to an id that no file holds stops
 * the build rather than ship a dead link. No fonts are embedded: e-readers let readers choose
 * their own, and the book stays small.
 */
import { createHash } from 'node:crypto';
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import { zip, type ZipEntry } from './zip';

/** What the package document says about the book. */
export interface EpubMeta {
	title: string;
	publisher: string;
	/** BCP 47 language, e.g. 'en'. */
	lang: string;
	/** One-sentence description (the tagline). */
	description: string;
	/** Where the guide is published; names the book's identifier. */
	url: string;
	/** Background and text colour of the cover. */
	coverColors: { background: string; text: string };
}

/** One file of the EPUB's content folder. */
export interface EpubDocument {
	/** File name inside the content folder, e.g. 'chapter-soc-2.xhtml'. */
	file: string;
	/** Title as the navigation and the reader's table of contents show it. */
	title: string;
	xhtml: string;
}

export interface EpubBook {
	/** The finished archive. */
	bytes: Uint8Array;
	/** Content documents in reading order (cover first). */
	documents: EpubDocument[];
	/** Number of chapters. */
	chapters: number;
	/** The edition date printed on the cover (dc:date). */
	edition: Date;
	identifier: string;
}

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const OPS_NS = 'http://www.idpf.org/2007/ops';
/** Content folder inside the archive. */
const OEBPS = 'EPUB';

/** Text escaped for XML character data. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/**
 * A stable urn:uuid for the book, derived from where it is published and its title (a name-based
 * UUID, version 5 layout), so every build of the same book carries the same identifier.
 */
export function bookIdentifier(url: string, title: string): string {
	const hash = createHash('sha1').update(`${url}\n${title}`).digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Words broken into lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, width: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** The cover picture: the brand colour with the title, the tagline's publisher line and the edition. */
export function coverSvg(meta: EpubMeta, edition: string): string {
	const { background, text } = meta.coverColors;
	const title = wrapWords(meta.title, 16)
		.map((line, i) => `<tspan x="120" y="${620 + i * 150}">${escapeXml(line)}</tspan>`)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 2400" width="1600" height="2400" role="img" aria-labelledby="t">
<title id="t">${escapeXml(`${meta.title}, published by ${meta.publisher}`)}</title>
<rect width="1600" height="2400" fill="${escapeXml(background)}"/>
<g fill="${escapeXml(text)}" font-family="sans-serif">
<text x="120" y="380" font-size="56" font-weight="700" letter-spacing="6">${escapeXml(`A FREE E-BOOK BY ${meta.publisher.toUpperCase()}`)}</text>
<text font-size="128" font-weight="800">${title}</text>
<text x="120" y="2180" font-size="56">${escapeXml(edition)}</text>
</g>
</svg>
`;
}

// Attributes an XHTML content document keeps; the rest (data-*, styling hooks for the web) go.
const KEPT_ATTRIBUTES = new Set([
	'id',
	'class',
	'href',
	'src',
	'alt',
	'scope',
	'colspan',
	'rowspan',
	'lang',
	'title',
	'datetime',
	'start',
	'aria-labelledby',
	'aria-label',
]);
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr']);
// Elements of the print edition that mean nothing in an e-reader: printed addresses next to
// links that work anyway, and the contents page whose page numbers the nav document replaces.
const DROPPED = (el: HTMLElement) =>
	el.classList.contains('print-url') ||
	['script', 'style', 'template'].includes(el.rawTagName?.toLowerCase() ?? '');

/** Where each id lives, to turn `#id` links of the one-page edition into links between files. */
type IdMap = Map<string, string>;

interface SerializeContext {
	file: string;
	ids: IdMap;
	/** Ids present in the file being written (aria references must stay inside it). */
	local: Set<string>;
}

/** A link of the print edition as it must read inside `context.file`. */
function rewriteHref(href: string, context: SerializeContext): string {
	if (!href.startsWith('#')) return href;
	const id = decodeURIComponent(href.slice(1));
	const file = context.ids.get(id);
	if (!file) throw new Error(`The e-book links to "#${id}", which no part of the book contains`);
	return file === context.file ? `#${id}` : `${file}#${id}`;
}

/** An element and its content as XHTML (well-formed XML, entities decoded and re-escaped). */
function serialize(node: Node, context: SerializeContext): string {
	if (node.nodeType === NodeType.TEXT_NODE) return escapeXml(node.text);
	if (!(node instanceof HTMLElement)) return '';
	if (DROPPED(node)) return '';
	const inner = node.childNodes.map((child) => serialize(child, context)).join('');
	if (!node.rawTagName) return inner;
	const tag = node.rawTagName.toLowerCase();
	let attrs = '';
	for (const [rawName, value] of Object.entries(node.attributes)) {
		const name = rawName.toLowerCase();
		if (!KEPT_ATTRIBUTES.has(name)) continue;
		let kept = value;
		if (name === 'href') kept = rewriteHref(value, context);
		if (name === 'aria-labelledby') {
			kept = value
				.split(/\s+/)
				.filter((id) => context.local.has(id))
				.join(' ');
			if (!kept) continue;
		}
		attrs += ` ${name}="${escapeXml(kept)}"`;
	}
	for (const [name, value] of Object.entries(EXTRA_ATTRIBUTES.get(node) ?? {}))
		attrs += ` ${name}="${escapeXml(value)}"`;
	if (VOID_ELEMENTS.has(tag)) return `<${tag}${attrs}/>`;
	return `<${tag}${attrs}>${inner}</${tag}>`;
}

// Semantic attributes added to elements of the print edition on their way into the EPUB
// (epub:type and DPUB-ARIA roles), kept apart so the parsed page itself is never changed.
const EXTRA_ATTRIBUTES = new WeakMap<HTMLElement, Record<string, string>>();
function annotate(el: HTMLElement, attrs: Record<string, string>): HTMLElement {
	EXTRA_ATTRIBUTES.set(el, { ...EXTRA_ATTRIBUTES.get(el), ...attrs });
	return el;
}

/** Every id inside a set of nodes. */
function idsIn(nodes: readonly Node[]): string[] {
	const out: string[] = [];
	const walk = (n: Node) => {
		if (n instanceof HTMLElement) {
			const id = n.getAttribute('id');
			if (id) out.push(id);
			n.childNodes.forEach(walk);
		}
	};
	nodes.forEach(walk);
	return out;
}

interface Part {
	file: string;
	title: string;
	/** Body content, serialized in order. */
	body: Node[];
}

/** A complete XHTML content document. */
function xhtmlDocument(title: string, lang: string, body: string, extraHead = ''): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="${XHTML_NS}" xmlns:epub="${OPS_NS}" lang="${escapeXml(lang)}" xml:lang="${escapeXml(lang)}">
<head>
<meta charset="utf-8"/>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="book.css"/>${extraHead}
</head>
<body>
${body}
</body>
</html>
`;
}

const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

function required<T>(value: T | null | undefined, what: string): T {
	if (value === null || value === undefined)
		throw new Error(`The print edition has no ${what}; the EPUB cannot be made`);
	return value;
}

/** Builds the EPUB from the print edition's HTML. `css` is the e-book's stylesheet. */
export function buildEpub(printEdition: string, meta: EpubMeta, css: string): EpubBook {
	const root = parse(printEdition);
	const main = required(root.querySelector('main'), '<main>');
	const cover = required(main.querySelector('#cover'), 'cover (#cover)');
	const editionAttr = required(
		cover.querySelector('time[datetime]')?.getAttribute('datetime'),
		'edition date on the cover (<time datetime>)',
	);
	const edition = new Date(`${editionAttr.slice(0, 10)}T00:00:00Z`);
	if (Number.isNaN(edition.getTime()))
		throw new Error(`The cover's edition date "${editionAttr}" is not a date`);
	const editionText = text(cover.querySelector('time'));
	const articles = main.querySelectorAll('article.book-chapter');
	if (articles.length === 0)
		throw new Error('The print edition has no chapters (article.book-chapter)');
	const glossary = required(main.querySelector('#glossary'), 'glossary (#glossary)');
	const sources = required(main.querySelector('#sources'), 'sources (#sources)');
	const about = main.querySelector('#about');
	const toc = required(main.querySelector('#contents .book-toc'), 'contents (#contents .book-toc)');

	const identifier = bookIdentifier(meta.url, meta.title);
	const parts: Part[] = [];

	// The cover: the picture for shelves and the first page, and its words as text.
	const coverImage = parse(
		`<p class="cover-image"><img src="cover.svg" alt="${escapeXml(`Cover of ${meta.title}`)}"/></p>`,
	).firstChild as HTMLElement;
	annotate(coverImage.querySelector('img')!, { role: 'doc-cover' });
	parts.push({ file: 'cover.xhtml', title: 'Cover', body: [coverImage, cover] });

	// Chapters, each ending with its own sources as endnotes, as the site's chapter pages do.
	const chapterParts: (Part & { id: string })[] = [];
	for (const article of articles) {
		const id = required(article.getAttribute('id'), 'id on a chapter');
		const slug = id.replace(/^chapter-/, '');
		const list = sources.querySelector(`section[aria-labelledby="sources-${slug}"] ol`);
		if (list) {
			const notesId = `${id}--sources`;
			list
				.querySelectorAll('li')
				.forEach((li, n) => annotate(li, { id: `${id}--source-${n + 1}` }));
			const notes = parse(
				`<section class="chapter-sources" id="${notesId}" aria-labelledby="${notesId}-heading"><h2 id="${notesId}-heading">Sources</h2></section>`,
			).firstChild as HTMLElement;
			annotate(notes, { 'epub:type': 'endnotes', role: 'doc-endnotes' });
			notes.appendChild(list);
			article.appendChild(notes);
		}
		annotate(article, { 'epub:type': 'chapter' });
		const part = {
			id,
			file: `${id}.xhtml`,
			title: text(article.querySelector('h1')),
			body: [article],
		};
		chapterParts.push(part);
		parts.push(part);
	}

	annotate(glossary, { 'epub:type': 'glossary', role: 'doc-glossary' });
	parts.push({
		file: 'glossary.xhtml',
		title: text(glossary.querySelector('h1')) || 'Glossary',
		body: [glossary],
	});

	// The sources page: where each chapter's sources are, with the way back to the chapter.
	const sourcesTitle = text(sources.querySelector('h1')) || 'Sources';
	const sourcesIndex = parse(
		`<section id="sources" aria-labelledby="sources-heading"><h1 id="sources-heading">${escapeXml(sourcesTitle)}</h1><p>Each chapter lists the pages it draws on at its end, with their addresses.</p><ol class="sources-index">${chapterParts
			.map(
				(c) =>
					`<li><a href="#${c.id}--sources">${escapeXml(text(sources.querySelector(`#sources-${c.id.replace(/^chapter-/, '')}`)) || c.title)}</a></li>`,
			)
			.join('')}</ol></section>`,
	).firstChild as HTMLElement;
	annotate(sourcesIndex, { 'epub:type': 'bibliography', role: 'doc-bibliography' });
	parts.push({ file: 'sources.xhtml', title: sourcesTitle, body: [sourcesIndex] });
	if (about)
		parts.push({
			file: 'about.xhtml',
			title: text(about.querySelector('h1')) || 'About this e-book',
			body: [annotate(about, { 'epub:type': 'colophon' })],
		});

	const ids: IdMap = new Map();
	for (const part of parts) {
		for (const id of idsIn(part.body)) {
			if (ids.has(id)) throw new Error(`The id "${id}" appears twice in the e-book`);
			ids.set(id, part.file);
		}
		// The print edition's contents links to the part itself.
		ids.set(part.file.replace(/\.xhtml$/, ''), part.file);
	}

	const documents: EpubDocument[] = parts.map((part) => {
		const context = { file: part.file, ids, local: new Set(idsIn(part.body)) };
		return {
			file: part.file,
			title: part.title,
			xhtml: xhtmlDocument(
				part.title,
				meta.lang,
				part.body.map((n) => serialize(n, context)).join('\n'),
			),
		};
	});

	const nav = navDocument(toc, chapterParts, ids, meta);
	const firstChapter = chapterParts[0]!.file;
	const files: {
		file: string;
		mediaType: string;
		data: string;
		properties?: string;
		spine?: boolean;
	}[] = [
		{
			file: 'cover.svg',
			mediaType: 'image/svg+xml',
			data: coverSvg(meta, editionText),
			properties: 'cover-image',
		},
		{ file: 'book.css', mediaType: 'text/css', data: css },
		documents[0]!,
		{
			file: 'nav.xhtml',
			title: 'Contents',
			xhtml: nav.replace('<!--landmarks-->', landmarks(firstChapter)),
		},
		...documents.slice(1),
	].map((d) =>
		'xhtml' in d
			? {
					file: d.file,
					mediaType: 'application/xhtml+xml',
					data: d.xhtml,
					spine: true,
					...(d.file === 'nav.xhtml' ? { properties: 'nav' } : {}),
				}
			: d,
	);

	const opf = packageDocument(meta, identifier, edition, files);
	const entries: ZipEntry[] = [
		{ name: 'mimetype', data: Buffer.from('application/epub+zip'), store: true },
		{ name: 'META-INF/container.xml', data: Buffer.from(CONTAINER) },
		{ name: `${OEBPS}/package.opf`, data: Buffer.from(opf) },
		...files.map((f) => ({ name: `${OEBPS}/${f.file}`, data: Buffer.from(f.data) })),
	];
	return {
		bytes: zip(entries, edition),
		documents,
		chapters: chapterParts.length,
		edition,
		identifier,
	};
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="${OEBPS}/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`;

function landmarks(firstChapter: string): string {
	return `<nav epub:type="landmarks" id="landmarks" aria-label="Landmarks" hidden="hidden">
<h2>Landmarks</h2>
<ol>
<li><a epub:type="cover" href="cover.xhtml">Cover</a></li>
<li><a epub:type="toc" href="nav.xhtml">Contents</a></li>
<li><a epub:type="bodymatter" href="${firstChapter}">Start reading</a></li>
<li><a epub:type="glossary" href="glossary.xhtml">Glossary</a></li>
<li><a epub:type="bibliography" href="sources.xhtml">Sources</a></li>
</ol>
</nav>`;
}

/**
 * The navigation document, from the print edition's contents: parts with their chapters (each
 * with its sections), then the back matter. Entries point at files, sections at their headings.
 */
function navDocument(
	toc: HTMLElement,
	chapters: readonly (Part & { id: string })[],
	ids: IdMap,
	meta: EpubMeta,
): string {
	const context: SerializeContext = { file: 'nav.xhtml', ids, local: new Set() };
	const link = (href: string, label: string) => {
		const target = rewriteHref(href, context);
		// A link to a part's own id opens the file at its top.
		const bare = target.replace(/#(.+)$/, (hash, id: string) =>
			target.startsWith(`${id}.xhtml`) ? '' : hash,
		);
		return `<a href="${escapeXml(bare)}">${escapeXml(label)}</a>`;
	};
	const items: string[] = [];
	for (const li of toc.childNodes) {
		if (!(li instanceof HTMLElement) || li.rawTagName?.toLowerCase() !== 'li') continue;
		const label = li.querySelector('.book-toc-part-label');
		if (label) {
			const entries = li.querySelectorAll('a').map((a) => {
				const href = a.getAttribute('href') ?? '';
				const chapter = chapters.find((c) => `#${c.id}` === href);
				const sections =
					(chapter?.body[0] as HTMLElement | undefined)
						?.querySelectorAll('h2[id]')
						.filter((h) => !h.closest('.chapter-sources')) ?? [];
				const nested = sections.length
					? `<ol>${sections.map((h) => `<li>${link(`#${h.getAttribute('id')}`, text(h))}</li>`).join('')}</ol>`
					: '';
				return `<li>${link(href, text(a.querySelector('.book-toc-title')) || text(a))}${nested}</li>`;
			});
			items.push(`<li><span>${escapeXml(text(label))}</span><ol>${entries.join('')}</ol></li>`);
		} else {
			const a = required(li.querySelector('a'), 'link in a contents entry');
			items.push(
				`<li>${link(a.getAttribute('href') ?? '', text(a.querySelector('.book-toc-title')) || text(a))}</li>`,
			);
		}
	}
	const body = `<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-heading">
<h1 id="toc-heading">Contents</h1>
<ol>
${items.join('\n')}
</ol>
</nav>
<!--landmarks-->`;
	return xhtmlDocument('Contents', meta.lang, body);
}

/** The package document: metadata, every file, and the reading order. */
function packageDocument(
	meta: EpubMeta,
	identifier: string,
	edition: Date,
	files: readonly { file: string; mediaType: string; properties?: string; spine?: boolean }[],
): string {
	const id = (file: string) => `item-${file.replace(/[^A-Za-z0-9]+/g, '-')}`;
	const date = edition.toISOString().slice(0, 10);
	const modified = `${date}T00:00:00Z`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeXml(meta.lang)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${identifier}</dc:identifier>
<dc:title>${escapeXml(meta.title)}</dc:title>
<dc:language>${escapeXml(meta.lang)}</dc:language>
<dc:creator>${escapeXml(meta.publisher)}</dc:creator>
<dc:publisher>${escapeXml(meta.publisher)}</dc:publisher>
<dc:date>${date}</dc:date>
<dc:description>${escapeXml(meta.description)}</dc:description>
<dc:source>${escapeXml(meta.url)}</dc:source>
<meta property="dcterms:modified">${modified}</meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessMode">visual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">structuralNavigation</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityFeature">readingOrder</meta>
<meta property="schema:accessibilityFeature">alternativeText</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">Text with headings, a navigable table of contents, a linked glossary and sources; the only picture, the cover, has a text alternative.</meta>
</metadata>
<manifest>
${files.map((f) => `<item id="${id(f.file)}" href="${escapeXml(f.file)}" media-type="${f.mediaType}"${f.properties ? ` properties="${f.properties}"` : ''}/>`).join('\n')}
</manifest>
<spine>
${files
	.filter((f) => f.spine)
	.map((f) => `<itemref idref="${id(f.file)}"/>`)
	.join('\n')}
</spine>
</package>
`;
}
