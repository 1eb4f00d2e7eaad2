import fc from 'fast-check';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	bookIdentifier,
	buildEpub,
	escapeXml,
	wrapWords,
	type EpubMeta,
} from '../../../src/lib/book/epub';

const META: EpubMeta = {
	title: 'Test Book: A & B',
	publisher: 'Pub <Co>',
	lang: 'en',
	description: 'About testing.',
	url: 'https://book.example.com',
	coverColors: { background: '#1d4ed8', text: '#ffffff' },
};

/** A print edition shaped like /book/: cover, contents, chapters, glossary, sources, about. */
function printEdition({ body = '<p>Body text.</p>', date = '2026-11-26' } = {}): string {
	return `<!DOCTYPE html><html lang="en"><head><title>x</title><style>p{}</style></head><body><main>
<p class="book-screen-note">Print edition note</p>
<header id="cover"><p>A free e-book</p><h1>Test Book</h1><p>Updated <time datetime="${date}">26 November 2026</time><br>Online</p></header>
<nav id="contents"><h1>Contents</h1><ol class="book-toc">
<li class="book-toc-part"><span class="book-toc-part-label">Basics</span><ol>
<li><a href="#chapter-one"><span class="book-toc-title">1. One</span><span class="book-toc-page" data-toc-page="chapter-one"></span></a></li>
<li><a href="#chapter-two"><span class="book-toc-title">2. Two</span><span class="book-toc-page" data-toc-page="chapter-two"></span></a></li>
</ol></li>
<li class="book-toc-back"><a href="#glossary"><span class="book-toc-title">Glossary</span></a></li>
<li class="book-toc-back"><a href="#sources"><span class="book-toc-title">Sources</span></a></li>
</ol></nav>
<article id="chapter-one" class="book-chapter"><p class="book-kicker">Chapter 1</p><h1>One</h1>
<h2 id="chapter-one--first">First section</h2>${body}
<p>See <a href="#chapter-two--later">later</a>, <a class="term" href="#term-cuec">CUECs</a> and <a href="#chapter-one--first">above</a>.
<a href="https://example.org/x?a=1&amp;b=2">out</a> <span class="print-url">(example.org/x)</span></p></article>
<article id="chapter-two" class="book-chapter"><p class="book-kicker">Chapter 2</p><h1>Two</h1>
<h2 id="chapter-two--later" data-x="1">Later section</h2><p>Back to <a href="#chapter-one">chapter one</a>.</p>
<table><caption>T</caption><tr><th scope="row" data-label="a">A</th><td>B</td></tr></table></article>
<section id="glossary" aria-labelledby="glossary-heading"><h1 id="glossary-heading">Glossary</h1><dl>
<dt id="term-cuec">CUEC</dt><dd>Controls you run. See <a href="#chapter-two">2. Two</a>.</dd></dl></section>
<section id="sources" aria-labelledby="sources-heading"><h1 id="sources-heading">Sources</h1>
<section aria-labelledby="sources-one"><h2 id="sources-one">1. One</h2><ol><li>Src A (2024). <a href="https://a.example/">a.example</a></li><li>Src B. <a href="https://b.example/">b.example</a></li></ol></section>
<section aria-labelledby="sources-two"><h2 id="sources-two">2. Two</h2><ol><li>Src C. <a href="https://c.example/">c.example</a></li></ol></section>
</section>
<section id="about" aria-labelledby="about-heading"><h1 id="about-heading">About this e-book</h1><p>About.</p></section>
</main></body></html>`;
}

/** The archive's files by name (the writer itself is tested in zip.test.ts). */
function files(bytes: Uint8Array): Map<string, string> {
	const buf = Buffer.from(bytes);
	const out = new Map<string, string>();
	let at = 0;
	while (buf.readUInt32LE(at) === 0x04034b50) {
		const method = buf.readUInt16LE(at + 8);
		const size = buf.readUInt32LE(at + 18);
		const nameLength = buf.readUInt16LE(at + 26);
		const start = at + 30 + nameLength + buf.readUInt16LE(at + 28);
		const body = buf.subarray(start, start + size);
		out.set(
			buf.subarray(at + 30, at + 30 + nameLength).toString(),
			(method ? inflateRawSync(body) : body).toString('utf8'),
		);
		at = start + size;
	}
	return out;
}

const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe('buildEpub', () => {
	const book = buildEpub(printEdition(), META, 'body{}');
	const archive = files(book.bytes);
	const doc = (name: string) => archive.get(`EPUB/${name}`) ?? '';

	it('holds the container, a package document, a cover, the nav and one file per chapter, then the back matter', () => {
		expect([...archive.keys()][0]).toBe('mimetype');
		expect(archive.get('mimetype')).toBe('application/epub+zip');
		expect(archive.get('META-INF/container.xml')).toContain('full-path="EPUB/package.opf"');
		expect(book.chapters).toBe(2);
		expect(book.documents.map((d) => d.file)).toEqual([
			'cover.xhtml',
			'chapter-one.xhtml',
			'chapter-two.xhtml',
			'glossary.xhtml',
			'sources.xhtml',
			'about.xhtml',
		]);
		const spine = [...doc('package.opf').matchAll(/<itemref idref="item-([^"]+)"/g)].map(
			(m) => m[1],
		);
		expect(spine).toEqual([
			'cover-xhtml',
			'nav-xhtml',
			'chapter-one-xhtml',
			'chapter-two-xhtml',
			'glossary-xhtml',
			'sources-xhtml',
			'about-xhtml',
		]);
		for (const m of doc('package.opf').matchAll(/href="([^"]+)"/g))
			expect(archive.has(`EPUB/${m[1]}`), `manifest item ${m[1]} is in the archive`).toBe(true);
	});

	it('declares title, publisher, language, edition date, identifier and modification time', () => {
		const opf = doc('package.opf');
		expect(opf).toContain('<dc:title>Test Book: A &amp; B</dc:title>');
		expect(opf).toContain('<dc:publisher>Pub &lt;Co&gt;</dc:publisher>');
		expect(opf).toContain('<dc:language>en</dc:language>');
		expect(opf).toContain('<dc:date>2026-11-26</dc:date>');
		expect(opf).toContain('<meta property="dcterms:modified">2026-11-26T00:00:00Z</meta>');
		expect(opf).toContain(
			`<dc:identifier id="book-id">${bookIdentifier(META.url, META.title)}</dc:identifier>`,
		);
		expect(opf).toMatch(/<item [^>]*href="cover.svg"[^>]*properties="cover-image"/);
		expect(opf).toMatch(/<item [^>]*href="nav.xhtml"[^>]*properties="nav"/);
	});

	it('points links at the file that holds their target, and keeps links within a file as fragments', () => {
		const one = doc('chapter-one.xhtml');
		expect(one).toContain('href="chapter-two.xhtml#chapter-two--later"');
		expect(one).toContain('href="glossary.xhtml#term-cuec"');
		expect(one).toContain('href="#chapter-one--first"');
		expect(one, 'external links kept, & escaped').toContain(
			'href="https://example.org/x?a=1&amp;b=2"',
		);
		expect(doc('glossary.xhtml')).toContain('href="chapter-two.xhtml#chapter-two"');
		expect(doc('chapter-two.xhtml')).toContain('href="chapter-one.xhtml#chapter-one"');
	});

	it('ends each chapter with its own sources and indexes them on the sources page', () => {
		const one = doc('chapter-one.xhtml');
		expect(one).toMatch(
			/<section class="chapter-sources" id="chapter-one--sources"[^>]*epub:type="endnotes"/,
		);
		expect(one).toContain('<li id="chapter-one--source-1">Src A (2024).');
		expect(one).toContain('<li id="chapter-one--source-2">Src B.');
		expect(one).not.toContain('Src C');
		expect(doc('sources.xhtml')).toContain('href="chapter-two.xhtml#chapter-two--sources"');
	});

	it('drops what only paper or the web needs: printed addresses, contents page numbers, data attributes, styles', () => {
		const all = book.documents.map((d) => d.xhtml).join('');
		expect(all).not.toContain('print-url');
		expect(all).not.toContain('data-');
		expect(all).not.toContain('Print edition note');
		expect(all).not.toContain('<style');
		expect(doc('chapter-two.xhtml'), 'table semantics kept').toContain('<th scope="row">A</th>');
	});

	it('builds a navigation document with parts, chapters, sections and landmarks', () => {
		const nav = doc('nav.xhtml');
		expect(nav).toContain('<nav epub:type="toc"');
		expect(nav).toContain(
			'<li><span>Basics</span><ol><li><a href="chapter-one.xhtml">1. One</a><ol><li><a href="chapter-one.xhtml#chapter-one--first">First section</a></li></ol></li>',
		);
		expect(nav).toContain('<a href="glossary.xhtml">Glossary</a>');
		expect(nav).toContain('<a href="sources.xhtml">Sources</a>');
		expect(nav).toContain('<a epub:type="bodymatter" href="chapter-one.xhtml">');
	});

	it('gives the cover picture a text alternative', () => {
		expect(doc('cover.xhtml')).toContain(
			'<img src="cover.svg" alt="Cover of Test Book: A &amp; B" role="doc-cover"/>',
		);
		expect(doc('cover.svg')).toContain(
			'<title id="t">Test Book: A &amp; B, published by Pub &lt;Co&gt;</title>',
		);
	});

	it('writes void elements as XML and only the five XML entities', () => {
		expect(doc('cover.xhtml')).toContain('<br/>');
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (s) => {
				const html = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
				const out = buildEpub(
					printEdition({ body: `<p id="probe">${html} &nbsp;&eacute;&#39;</p>` }),
					META,
					'',
				).documents[1]!.xhtml;
				const inner = /<p id="probe">([\s\S]*?)<\/p>/.exec(out)![1]!;
				expect(inner).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
				expect(inner).not.toMatch(/</);
				expect(unescape(inner)).toBe(`${s} \u00a0é'`);
			}),
			{ numRuns: 60 },
		);
	}, 30_000);

	it('stops on a link to an id no part of the book holds, and on a cover without an edition date', () => {
		expect(() =>
			buildEpub(printEdition({ body: '<a href="#chapter-nine">x</a>' }), META, ''),
		).toThrow(/"#chapter-nine"/);
		expect(() =>
			buildEpub(printEdition({ body: '<p id="chapter-two--later">dup</p>' }), META, ''),
		).toThrow(/appears twice/);
		expect(() => buildEpub(printEdition({ date: 'soon' }), META, '')).toThrow(
			/edition date "soon"/,
		);
		expect(() => buildEpub('<main></main>', META, '')).toThrow(/no cover/);
	});

	it('is the same archive for the same edition', () => {
		expect(buildEpub(printEdition(), META, 'body{}').bytes).toEqual(book.bytes);
	});
});

describe('bookIdentifier', () => {
	it('is a stable version-5-style UUID that changes with the book', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), (url, a, b) => {
				const id = bookIdentifier(url, a);
				expect(id).toMatch(
					/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
				);
				expect(bookIdentifier(url, a)).toBe(id);
				if (a !== b) expect(bookIdentifier(url, b)).not.toBe(id);
			}),
		);
	});
});

describe('wrapWords and escapeXml', () => {
	it('wraps without losing or reordering words, within the width unless a word is longer', () => {
		fc.assert(
			fc.property(fc.string(), fc.integer({ min: 1, max: 40 }), (text, width) => {
				const lines = wrapWords(text, width);
				expect(lines.join(' ')).toBe(text.split(/\s+/).filter(Boolean).join(' '));
				for (const line of lines)
					if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(width);
			}),
		);
	});
	it('leaves no markup character unescaped', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				expect(unescape(escapeXml(s))).toBe(s);
				expect(escapeXml(s)).not.toMatch(/[<>"]/);
			}),
		);
	});
});
