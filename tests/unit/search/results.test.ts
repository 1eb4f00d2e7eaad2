import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM } from '../../../src/lib/search/config';
import { cleanQuery } from '../../../src/lib/search/query';
import {
	bestSections,
	decodeEntities,
	excerptSegments,
	kindOf,
	queryTerms,
	shapeResult,
	termsFound,
	withHighlight,
	withoutLeadingTitle,
	type ExcerptSegment,
	type FragmentLike,
} from '../../../src/lib/search/results';
import { hostileText } from '../support/hostile';

describe('excerptSegments', () => {
	it('splits marked and plain text and decodes entities', () => {
		expect(
			excerptSegments(
				'A <mark>bridge</mark> &amp; <mark>gap</mark> <mark>letter</mark>&#39;s &lt;b&gt;',
			),
		).toEqual([
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
		expect(decodeEntities('&quot;&#x27;&#8220;&nbsp;&bogus;&#xD800;&#1114112;')).toBe(
			'"\'“\u00a0&bogus;&#xD800;&#1114112;',
		);
	});
});

describe('withHighlight', () => {
	it('puts the terms before the anchor and keeps other parameters', () => {
		expect(withHighlight('/chapters/soc-2/#scope', 'pen test')).toBe(
			'/chapters/soc-2/?highlight=pen+test#scope',
		);
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
	it('keeps heading sections, best score first, page order on ties, at most the limit', () => {
		const subs = [
			sub('Intro', '/c/', [50], false),
			sub('A', '/c/#a', [1]),
			sub('B', '/c/#b', [5, 5]),
			sub('C', '/c/#c', [3]),
			sub('D', '/c/#d', [3]),
			sub('   ', '/c/#e', [99]),
		];
		expect(bestSections(subs, 3).map((s) => s.title)).toEqual(['B', 'C', 'D']);
		expect(
			bestSections(subs).map((s) => s.title),
			'one section by default',
		).toEqual(['B']);
	});

	// content words:        0    1     2      3     4     5      6     7       8
	const content = 'Renewals cost less. Audit fees: SOC 2 costs $20,000 upward';
	const located = (title: string, id: string, locations: number[], scores: number[]) => ({
		...sub(title, `/c/#${id}`, scores),
		locations,
	});

	it('prefers the section holding more of the query’s words over a higher score', () => {
		const subs = [
			located('Renewals', 'renewals', [1], [90]),
			located('The audit fee', 'the-audit-fee', [4, 5, 6, 7], [10]),
		];
		expect(
			bestSections(subs, 1, 'how much does a SOC 2 cost', content).map((s) => s.title),
		).toEqual(['The audit fee']);
		// Without the words to count, the score decides.
		expect(bestSections(subs, 1).map((s) => s.title)).toEqual(['Renewals']);
	});

	it('shows "Key takeaways" only when no other section matches', () => {
		const takeaways = located('Key takeaways', 'key-takeaways', [4, 5, 6, 7], [99]);
		const other = located('Renewals', 'renewals', [1], [1]);
		expect(bestSections([takeaways, other], 1, 'soc 2 cost', content).map((s) => s.title)).toEqual([
			'Renewals',
		]);
		expect(bestSections([takeaways], 1, 'soc 2 cost', content).map((s) => s.title)).toEqual([
			'Key takeaways',
		]);
	});

	it('weighs a query word by how rare it is among the page’s sections', () => {
		// words:         0   1  2    3   4  5    6    7   8     9   10 11
		const text = 'SOC 2 SOC 2 SOC 2 HIPAA SOC 2 table SOC 2';
		const subs = [
			located('SOC 2 basics', 'basics', [0, 1], [50]),
			located('Health data', 'health', [4, 5, 6], [10]),
			located('SOC 2 again', 'again', [2, 3], [50]),
		];
		// Every section has "SOC" and "2"; only one has "HIPAA", and it answers.
		expect(bestSections(subs, 1, 'hipaa soc 2', text).map((s) => s.title)).toEqual(['Health data']);
	});

	it('lets a number match only itself, not longer numbers Pagefind found by prefix', () => {
		const words = ['2026', '$25,000', '27001', '2+', '2SOC'];
		const at = (locations: number[]) => ({ title: 'x', url: '/x/', excerpt: '', locations });
		expect(termsFound(at([0, 1, 2]), ['2'], words)).toBe(0);
		expect(termsFound(at([3]), ['2'], words)).toBe(1);
		expect(
			termsFound(at([4]), ['2'], words),
			'a table header run together with the next word',
		).toBe(1);
	});

	it('any sections and query: at most the limit, only sections with a heading, a summary section only when nothing else is left', () => {
		const word = fc.constantFrom('soc', '2', 'cost', 'audit', 'fee', 'takeaways', '2026', 'the');
		const section = fc.record({
			title: fc.oneof(
				fc.constant(''),
				fc.constant('Key takeaways'),
				fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
			),
			anchored: fc.boolean(),
			locations: fc.array(fc.nat(40), { maxLength: 8 }),
			scores: fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 4 }),
		});
		fc.assert(
			fc.property(
				fc.array(section, { maxLength: 8 }),
				fc.array(word, { maxLength: 30 }),
				fc.array(word, { maxLength: 5 }),
				fc.integer({ min: 1, max: 4 }),
				(sections, words, query, max) => {
					const subs = sections.map((s, i) => {
						const id = s.title === 'Key takeaways' ? 'key-takeaways' : `s${i}`;
						return { ...sub(s.title, `/c/#${id}`, s.scores, s.anchored), locations: s.locations };
					});
					const shown = bestSections(subs, max, query.join(' '), words.join(' '));
					const eligible = subs.filter((s) => s.anchor && s.title.trim());
					const others = eligible.filter((s) => s.anchor?.id !== 'key-takeaways');
					const pool = others.length ? others : eligible;
					expect(shown.length).toBe(Math.min(max, pool.length));
					for (const s of shown) expect(pool).toContain(s);
					expect(new Set(shown).size, 'no section twice').toBe(shown.length);
				},
			),
			{ numRuns: 2000 },
		);
	});
});

describe('queryTerms and termsFound', () => {
	it('drops stop words unless nothing else is left, and lists each word once', () => {
		expect(queryTerms('How much does a SOC 2 cost?')).toEqual(['much', 'soc', '2', 'cost']);
		expect(queryTerms('what is it')).toEqual(['what', 'is', 'it']);
		expect(queryTerms('SOC soc  “SOC”')).toEqual(['soc']);
		expect(queryTerms('   ')).toEqual([]);
	});
	it('counts a term once whether the indexed word extends it or is its stem', () => {
		const words = ['Costs', 'cost.', '“SOC', '2;', 'a'];
		const at = (locations: number[]) => ({ title: 'x', url: '/x/', excerpt: '', locations });
		expect(termsFound(at([0, 1]), ['cost'], words)).toBe(1);
		expect(termsFound(at([1]), ['costs'], words), 'stem of the term').toBe(1);
		expect(termsFound(at([2, 3]), ['soc', '2', 'cost'], words)).toBe(2);
		expect(termsFound(at([4]), ['audit'], words), 'a one-letter word is no stem').toBe(0);
		expect(termsFound(at([99]), ['soc'], words), 'a location past the text').toBe(0);
	});
});

describe('withoutLeadingTitle', () => {
	const text = (segments: readonly ExcerptSegment[]) => segments.map((s) => s.text).join('');
	it('drops the heading Pagefind repeats, or its end when the excerpt starts inside it, and keeps marks', () => {
		const segments = excerptSegments(
			'<mark>Bridge</mark> letters. A <mark>bridge</mark> letter covers the gap',
		);
		expect(withoutLeadingTitle(segments, 'Bridge letters')).toEqual([
			{ text: 'A ', mark: false },
			{ text: 'bridge', mark: true },
			{ text: ' letter covers the gap', mark: false },
		]);
		expect(
			text(
				withoutLeadingTitle(
					excerptSegments('a SOC 3 is worth it. A SOC 3 earns'),
					'When a SOC 3 is worth it',
				),
			),
		).toBe('A SOC 3 earns');
	});
	it('leaves excerpts that do not start with the heading alone', () => {
		const segments = excerptSegments('The <mark>fee</mark> recurs');
		expect(withoutLeadingTitle(segments, 'The audit fee')).toEqual(segments);
		expect(
			text(withoutLeadingTitle(excerptSegments('is it. Then'), 'What it is')),
			'too short an ending to tell',
		).toBe('is it. Then');
	});
	it('10,000 generated excerpts: the result is the excerpt’s own ending, marks unchanged', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ text: fc.string({ minLength: 1 }), mark: fc.boolean() }), {
					maxLength: 6,
				}),
				fc.string(),
				(segments, title) => {
					const out = withoutLeadingTitle(segments, title);
					const whole = text(segments);
					return (
						whole.endsWith(text(out)) &&
						out.every((s) => segments.some((o) => o.mark === s.mark && o.text.endsWith(s.text)))
					);
				},
			),
			{ numRuns: 10_000 },
		);
	});
});

describe('shapeResult', () => {
	const fragment: FragmentLike = {
		url: '/soc-guide/chapters/reporting-period/',
		excerpt: 'A <mark>bridge</mark> letter',
		meta: {
			title: 'Choosing a SOC reporting period',
			part: 'Choosing a report',
			chapter: '7',
			summary: ' Periods. ',
		},
		sub_results: [
			sub('Bridge letters', '/soc-guide/chapters/reporting-period/#bridge-letters', [9]),
		],
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
				// The heading Pagefind repeats at the start of the excerpt is left out.
				excerpt: [{ text: 'x', mark: true }],
			},
		]);
	});
	it('never links off the site and copes with missing metadata', () => {
		const row = shapeResult({ url: 'https://evil.example/', excerpt: '', meta: {} }, '', '/');
		expect(row.href).toBe('/');
		expect(row.title).toBe('/');
		expect(row.label).toBe('Page');
		expect(shapeResult({ ...fragment, url: '//evil.example/x' }, '', '/').href).toBe('/');
		expect(shapeResult({ ...fragment, meta: { title: 'T' } }, '', '/soc-guide/').label).toBe(
			'Chapter',
		);
	});
});

describe('typed searches and excerpts under fuzzing', () => {
	it('10,000 generated searches: the result link keeps its page and anchor and carries the words as text', () => {
		const url = fc.constantFrom(
			'/chapters/soc-2/',
			'/chapters/soc-2/#scope',
			'/glossary/?x=1#cuec',
			'/faq/',
		);
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
		const piece = fc.oneof(
			fc.constantFrom(
				'<mark>',
				'</mark>',
				'&amp;',
				'&lt;script&gt;',
				'&#0;',
				'&#x110000;',
				'&bogus;',
			),
			hostileText,
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
				const excerpt = pieces.join('');
				const segments = excerptSegments(excerpt);
				const plain = excerpt
					.split(/<\/?mark>/i)
					.map(decodeEntities)
					.join('');
				return (
					segments.map((s) => s.text).join('') === plain &&
					segments.every((s) => s.text !== '' && typeof s.mark === 'boolean')
				);
			}),
			{ numRuns: 10_000 },
		);
	});
});
