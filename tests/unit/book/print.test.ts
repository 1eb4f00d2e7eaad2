import { describe, expect, it } from 'vitest';
import {
	bookHref,
	chapterAnchor,
	cssString,
	displayUrl,
	siteOf,
	isOutbound,
	onlineUrl,
	runningHeadCss,
	scopeChapterHtml,
	sectionAnchor,
	termAnchor,
} from '../../../src/lib/book/print';

const root = { origin: 'https://guide.example.com', base: '/' };
const sub = { origin: 'https://firm.example/', base: '/soc-guide/' };

describe('bookHref', () => {
	it('turns chapter links into links to the chapter in the book', () => {
		expect(bookHref('/chapters/soc-2/', root)).toBe(`#${chapterAnchor('soc-2')}`);
		expect(bookHref('/chapters/soc-2', root)).toBe('#chapter-soc-2');
	});
	it('turns section links into the scoped id of that section', () => {
		expect(bookHref('/chapters/cost/#what-drives-the-price', root)).toBe(
			`#${sectionAnchor('cost', 'what-drives-the-price')}`,
		);
		expect(bookHref('/chapters/cost/#caf%C3%A9', root)).toBe('#chapter-cost--café');
	});
	it('turns glossary links into the glossary and its entries', () => {
		expect(bookHref('/glossary/#cuec', root)).toBe(`#${termAnchor('cuec')}`);
		expect(bookHref('/glossary/', root)).toBe('#glossary');
	});
	it('sends other site pages (the tools) to the online guide, with the base path and the query', () => {
		expect(bookHref('/estimator/', root)).toBe('https://guide.example.com/estimator/');
		expect(bookHref('/estimator/?report=soc2&type=2', sub)).toBe(
			'https://firm.example/soc-guide/estimator/?report=soc2&type=2',
		);
		expect(bookHref('/', sub)).toBe('https://firm.example/soc-guide/');
	});
	it('leaves external links, mail links and same-page anchors alone', () => {
		expect(bookHref('https://www.aicpa-cima.com/x', root)).toBe('https://www.aicpa-cima.com/x');
		expect(bookHref('mailto:team@example.com', root)).toBe('mailto:team@example.com');
		expect(bookHref('#scope', root)).toBe('#scope');
	});
	it('refuses a relative link, which has no place in a single document', () => {
		expect(() => bookHref('soc-2/', root)).toThrow(/relative/);
	});
});

describe('onlineUrl', () => {
	it('joins origin, base and path without doubled slashes', () => {
		expect(onlineUrl('/chapters/soc-1/', sub)).toBe(
			'https://firm.example/soc-guide/chapters/soc-1/',
		);
		expect(onlineUrl('/', root)).toBe('https://guide.example.com/');
	});
});

describe('siteOf', () => {
	it.each([
		['https://www.aicpa-cima.com/topic/audit/', 'aicpa-cima.com'],
		['https://us.aicpa.org', 'us.aicpa.org'],
		['http://Example.COM:8080/a?b#c', 'example.com'],
		['https://example.com?x=1', 'example.com'],
		['https://example.com#part', 'example.com'],
	])('%s → %s', (url, site) => expect(siteOf(url)).toBe(site));
});

describe('displayUrl and isOutbound', () => {
	it('prints an address without scheme, www. or a lone trailing slash', () => {
		expect(displayUrl('https://www.aicpa-cima.com/topic/audit/')).toBe(
			'aicpa-cima.com/topic/audit',
		);
		expect(displayUrl('http://example.com/')).toBe('example.com');
		expect(displayUrl('https://example.com/a/?q=1')).toBe('example.com/a?q=1');
		expect(displayUrl('https://example.com/a/b.pdf')).toBe('example.com/a/b.pdf');
	});
	it('knows which links leave the document', () => {
		expect(isOutbound('https://example.com')).toBe(true);
		expect(isOutbound('HTTP://example.com')).toBe(true);
		expect(isOutbound('#chapter-soc-2')).toBe(false);
		expect(isOutbound('mailto:x@example.com')).toBe(false);
	});
});

describe('scopeChapterHtml', () => {
	it("prefixes the chapter's ids and every reference to them", () => {
		const html =
			'<h3 id="scope">Scope</h3><a href="#scope">up</a><span id="tip-a"></span><span aria-describedby="tip-a">x</span><input id="f"><label for="f">F</label>';
		expect(scopeChapterHtml(html, 'soc-2')).toBe(
			'<h3 id="chapter-soc-2--scope">Scope</h3><a href="#chapter-soc-2--scope">up</a><span id="chapter-soc-2--tip-a"></span><span aria-describedby="chapter-soc-2--tip-a">x</span><input id="chapter-soc-2--f"><label for="chapter-soc-2--f">F</label>',
		);
	});
	it('leaves links to the rest of the book (other chapters, glossary entries) alone', () => {
		const html =
			'<h3 id="scope">S</h3><a href="#chapter-cost--scope">cost</a><a class="term" href="#term-cuec">CUECs</a>';
		expect(scopeChapterHtml(html, 'soc-2')).toBe(
			'<h3 id="chapter-soc-2--scope">S</h3><a href="#chapter-cost--scope">cost</a><a class="term" href="#term-cuec">CUECs</a>',
		);
	});
	it('leaves other links, data attributes and text that merely mentions an id alone', () => {
		const html =
			'<a href="https://x.example/#id" data-id="a">id=&quot;x&quot; and href=&quot;#y&quot;</a>';
		expect(scopeChapterHtml(html, 'soc-2')).toBe(html);
	});
	it('gives two chapters with the same heading different ids', () => {
		const a = scopeChapterHtml('<h3 id="sources">S</h3>', 'soc-1');
		const b = scopeChapterHtml('<h3 id="sources">S</h3>', 'soc-2');
		expect(a).not.toBe(b);
	});
});

describe('running heads', () => {
	it('escapes quotes, backslashes, line breaks and "<" in CSS strings', () => {
		expect(cssString('Say "hi"')).toBe('"Say \\"hi\\""');
		expect(cssString('a\\b')).toBe('"a\\\\b"');
		expect(cssString('one\ntwo')).toBe('"one\\a two"');
		expect(cssString('</style>')).toBe('"\\3c /style>"');
	});
	it('gives each part a named page with its title, and every page the book title', () => {
		const css = runningHeadCss('My "Guide"', [
			{ anchor: 'chapter-soc-2', header: '3. SOC 2 explained' },
			{ anchor: 'glossary', header: 'Glossary' },
		]);
		expect(css).toContain('@page{@top-left{content:"My \\"Guide\\""}}');
		expect(css).toContain(
			'#chapter-soc-2{page:chapter-soc-2}@page chapter-soc-2{@top-right{content:"3. SOC 2 explained"}}',
		);
		expect(css).toContain('@page glossary{@top-right{content:"Glossary"}}');
	});
	it('refuses an anchor that is not a valid page name', () => {
		expect(() => runningHeadCss('T', [{ anchor: 'Chapter 1', header: 'x' }])).toThrow(
			/cannot name a CSS page/,
		);
		expect(() => runningHeadCss('T', [{ anchor: 'a}b', header: 'x' }])).toThrow();
	});
});
