import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM } from '../../../src/lib/search/config';
import { cleanQuery } from '../../../src/lib/search/query';
import {
	bestSections,
	decodeEntities,
	excerptSegments,
	kindOf,
	shapeResult,
	withHighlight,
	type FragmentLike,
} from '../../../src/lib/search/results';
import { hostileText } from '../support/hostile';

describe('excerptSegments', () => {
	it('splits marked and plain text and decodes entities', () => {
		expect(excerptSegments('A <mark>bridge</mark> &amp; <mark>gap</mark> <mark>letter</mark>&#39;s &lt;b&gt;')).toEqual([
			{ text: 'A ', mark: false },
			{ text: 'bridge', mark: true },
			{ text: ' & ', mark: false },
			{ text: 'gap', mark: true },
			{ text: ' ', mark: false },
			{ text: 'letter', mark: true },
			{ text: "'s <b>", mark: false },
		]);
	});
	it('keeps anything that is not a mark tag as text, never as markup', () => {
		const segments = excerptSegments('<img src=x onerror=alert(1)><mark>x</mark>');
		expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)>', mark: false });
	});
	it('handles empty and unbalanced input', () => {
		expect(excerptSegments('')).toEqual([]);
		expect(excerptSegments('</mark>a<mark>b')).toEqual([
			{ text: 'a', mark: false },
			{ text: 'b', mark: true },
		]);
	});
});

describe('decodeEntities', () => {
	it('decodes named and numeric entities and leaves invalid ones', () => {
		expect(decodeEntities('&quot;&#x27;&#8220;&nbsp;&bogus;&#xD800;&#1114112;')).toBe('"\'“\u00a0&bogus;&#xD800;&#1114112;');
	});
});

describe('withHighlight', () => {
	it('puts the terms before the anchor and keeps other parameters', () => {
		expect(withHighlight('/chapters/soc-2/#scope', 'pen test')).toBe('/chapters/soc-2/?highlight=pen+test#scope');
		expect(withHighlight('/soc-guide/faq/?a=1', 'x&y')).toBe('/soc-guide/faq/?a=1&highlight=x%26y');
		expect(withHighlight('/glossary/#cuec', '  ')).toBe('/glossary/#cuec');
	});
});

describe('kindOf', () => {
	it('names pages from their path, under any base', () => {
		expect(kindOf('/chapters/soc-2/')).toBe('Chapter');
		expect(kindOf('/soc-guide/glossary/', '/soc-guide/')).toBe('Glossary');
		expect(kindOf('/faq/#x')).toBe('FAQ');
		expect(kindOf('/soc-guide/estimator/', '/soc-guide/')).toBe('Tool');
		expect(kindOf('/about/')).toBe('Page');
	});
});

const sub = (title: string, url: string, scores: number[], anchor = true) => ({
	title,
	url,
	excerpt: `${title} <mark>x</mark>`,
	...(anchor ? { anchor: { id: url.split('#')[1] ?? '' } } : {}),
	weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('bestSections', () => {
	it('keeps heading sections, best score first, page order on ties, at most three', () => {
		const subs = [
			sub('Intro', '/c/', [50], false),
			sub('A', '/c/#a', [1]),
			sub('B', '/c/#b', [5, 5]),
			sub('C', '/c/#c', [3]),
			sub('D', '/c/#d', [3]),
			sub('   ', '/c/#e', [99]),
		];
		expect(bestSections(subs).map((s) => s.title)).toEqual(['B', 'C', 'D']);
	});
});

describe('shapeResult', () => {
	const fragment: FragmentLike = {
		url: '/soc-guide/chapters/reporting-period/',
		excerpt: 'A <mark>bridge</mark> letter',
		meta: { title: 'Choosing a SOC reporting period', part: 'Choosing a report', chapter: '7', summary: ' Periods. ' },
		sub_results: [sub('Bridge letters', '/soc-guide/chapters/reporting-period/#bridge-letters', [9])],
	};
	it('labels chapters with number and part and links sections with the terms', () => {
		const row = shapeResult(fragment, 'bridge letter', '/soc-guide/');
		expect(row.title).toBe('Choosing a SOC reporting period');
		expect(row.kind).toBe('Chapter');
		expect(row.label).toBe('Chapter 7 · Choosing a report');
		expect(row.href).toBe('/soc-guide/chapters/reporting-period/?highlight=bridge+letter');
		expect(row.summary).toBe('Periods.');
		expect(row.sections).toEqual([
			{
				title: 'Bridge letters',
				href: '/soc-guide/chapters/reporting-period/?highlight=bridge+letter#bridge-letters',
				excerpt: [
					{ text: 'Bridge letters ', mark: false },
					{ text: 'x', mark: true },
				],
			},
		]);
	});
	it('never links off the site and copes with missing metadata', () => {
		const row = shapeResult({ url: 'https://evil.example/', excerpt: '', meta: {} }, '', '/');
		expect(row.href).toBe('/');
		expect(row.title).toBe('/');
		expect(row.label).toBe('Page');
		expect(shapeResult({ ...fragment, url: '//evil.example/x' }, '', '/').href).toBe('/');
		expect(shapeResult({ ...fragment, meta: { title: 'T' } }, '', '/soc-guide/').label).toBe('Chapter');
	});
});

describe('typed searches and excerpts under fuzzing', () => {
	it('10,000 generated searches: the result link keeps its page and anchor and carries the words as text', () => {
		const url = fc.constantFrom('/chapters/soc-2/', '/chapters/soc-2/#scope', '/glossary/?x=1#cuec', '/faq/');
		fc.assert(
			fc.property(url, hostileText, (target, typed) => {
				const query = cleanQuery(typed);
				const linked = withHighlight(target, query);
				const parsed = new URL(linked, 'https://guide.example');
				const [path, hash = ''] = target.split('#');
				return (
					parsed.pathname === new URL(path!, 'https://guide.example').pathname &&
					parsed.hash === (hash ? `#${hash}` : '') &&
					(query === '' ? linked === target : parsed.searchParams.get(HIGHLIGHT_PARAM) === query) &&
					!/[<>"\s]/.test(linked)
				);
			}),
			{ numRuns: 10_000 },
		);
	});

	it('10,000 generated excerpts: text segments only, and nothing lost but the mark tags', () => {
		const piece = fc.oneof(fc.constantFrom('<mark>', '</mark>', '&amp;', '&lt;script&gt;', '&#0;', '&#x110000;', '&bogus;'), hostileText);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
				const excerpt = pieces.join('');
				const segments = excerptSegments(excerpt);
				const plain = excerpt.split(/<\/?mark>/i).map(decodeEntities).join('');
				return segments.map((s) => s.text).join('') === plain && segments.every((s) => s.text !== '' && typeof s.mark === 'boolean');
			}),
			{ numRuns: 10_000 },
		);
	});
});
