import { describe, expect, it } from 'vitest';
import {
	bestSections,
	decodeEntities,
	excerptSegments,
	kindOf,
	shapeResult,
	withHighlight,
	type FragmentLike,
} from '../../../src/lib/search/results';

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
