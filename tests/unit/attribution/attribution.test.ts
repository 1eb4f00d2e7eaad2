import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	ATTRIBUTION_KEYS,
	consultationHref,
	MAX_ATTRIBUTION_VALUE,
	mergeResult,
	parseStoredAttribution,
	parseStoredResult,
	pickAttribution,
	resolveAttribution,
	RESULT_KEYS,
} from '../../../src/lib/attribution/attribution';
import { hostileText, queryOf } from '../support/hostile';

describe('pickAttribution', { timeout: 120_000 }, () => {
	it('keeps UTM tags and click ids and nothing else', () => {
		expect(pickAttribution('?utm_source=news&utm_medium=email&gclid=abc&ref=x&q=soc')).toEqual({
			utm_source: 'news',
			utm_medium: 'email',
			gclid: 'abc',
		});
	});
	it('drops empty and overlong values', () => {
		expect(
			pickAttribution(`?utm_source=&utm_term=${'x'.repeat(MAX_ATTRIBUTION_VALUE + 1)}`),
		).toEqual({});
	});
	it('10,000 generated landing URLs: never throws, only known keys with bounded strings', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 300 }), queryOf(ATTRIBUTION_KEYS)), (search) => {
				const out = pickAttribution(search);
				for (const [k, v] of Object.entries(out)) {
					expect(ATTRIBUTION_KEYS).toContain(k);
					expect(typeof v).toBe('string');
					expect(v.length).toBeLessThanOrEqual(MAX_ATTRIBUTION_VALUE);
				}
			}),
			{ numRuns: 10_000 },
		);
	});
});

describe('stored attribution', () => {
	it.each([null, '', 'not json', '[]', '42', '{"utm_source": 5}', '{"evil": "x"}'])(
		'%j yields nothing',
		(raw) => {
			expect(parseStoredAttribution(raw)).toEqual({});
		},
	);
	it('a new campaign click replaces the stored attribution; a plain visit keeps it', () => {
		const stored = JSON.stringify({ utm_source: 'old' });
		expect(resolveAttribution('?utm_source=new', stored)).toEqual({ utm_source: 'new' });
		expect(resolveAttribution('?q=soc', stored)).toEqual({ utm_source: 'old' });
	});
});

describe('consultationHref', () => {
	it('adds context and attribution and keeps the URL’s own parameters', () => {
		const href = consultationHref(
			'https://firm.example/book?lang=en',
			{ from: '/chapters/cost/', result: undefined },
			{ utm_source: 'li', utm_campaign: 'q4' },
		);
		const url = new URL(href);
		expect(url.origin + url.pathname).toBe('https://firm.example/book');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			lang: 'en',
			from: '/chapters/cost/',
			utm_source: 'li',
			utm_campaign: 'q4',
		});
	});
});

describe('consultationHref to the guide’s own form', () => {
	it('gives a site path the base path and keeps it a path', () => {
		expect(consultationHref('/consultation/', { from: 'footer' }, { utm_source: 'li' }, '/')).toBe(
			'/consultation/?from=footer&utm_source=li',
		);
		expect(consultationHref('/consultation/', {}, {}, '/soc-guide/')).toBe(
			'/soc-guide/consultation/',
		);
		expect(consultationHref('/soc-guide/consultation/', {}, {}, '/soc-guide/')).toBe(
			'/soc-guide/consultation/',
		);
	});
	it('never turns a protocol-relative address into a site path', () => {
		expect(consultationHref('//evil.example/x', {}, {}, '/')).toBe('http://evil.example/x');
	});
	it('10,000 generated visits: a site path stays on this site and carries the values as text', () => {
		fc.assert(
			fc.property(hostileText, hostileText, (from, source) => {
				const href = consultationHref('/consultation/', { from }, { utm_source: source }, '/');
				expect(href.startsWith('/consultation/')).toBe(true);
				const url = new URL(href, 'https://guide.example');
				expect(url.origin).toBe('https://guide.example');
				// The value comes back as the URL carries it (unpaired surrogates become U+FFFD).
				if (from)
					expect(url.searchParams.get('from')).toBe(new URLSearchParams({ from }).get('from'));
			}),
			{ numRuns: 10_000 },
		);
	});
});

describe('tool results carried to campaign links', () => {
	it('keeps known keys from a tool event, stringifying finite numbers', () => {
		const merged = mergeResult(
			{ estimate: 'old' },
			{
				recommendation: 'SOC 2 Type 2',
				report: 'soc2',
				type: 2,
				tsc: 'security',
				score: 55,
				evil: 'x',
				estimate: '',
			},
		);
		expect(merged).toEqual({
			estimate: 'old',
			recommendation: 'SOC 2 Type 2',
			report: 'soc2',
			type: '2',
			tsc: 'security',
			score: '55',
		});
	});
	it.each([null, '', 'not json', '[]', '42', '{"report": {}}', '{"type": NaN}'])(
		'stored %j yields nothing',
		(raw) => {
			expect(parseStoredResult(raw)).toEqual({});
		},
	);
	it('10,000 generated stored values: never throws, keeps known keys with short text only', () => {
		// Whatever a tool event or a tampered sessionStorage holds: JSON of any shape, or not JSON at all.
		const entry = fc.tuple(
			fc.oneof(fc.constantFrom(...RESULT_KEYS), hostileText),
			fc.oneof(hostileText, fc.double(), fc.constantFrom(null, true, [], {})),
		);
		const stored = fc.oneof(
			fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
			fc.array(entry, { maxLength: 6 }).map((pairs) => JSON.stringify(Object.fromEntries(pairs))),
			hostileText,
		);
		fc.assert(
			fc.property(stored, (json) => {
				const result = parseStoredResult(json);
				return Object.entries(result).every(
					([k, v]) =>
						(RESULT_KEYS as readonly string[]).includes(k) &&
						typeof v === 'string' &&
						v.length > 0 &&
						v.length <= MAX_ATTRIBUTION_VALUE,
				);
			}),
			{ numRuns: 10_000 },
		);
	});

	it('10,000 generated visits: the consultation link stays on the configured site and carries the values as text', () => {
		const values = fc.dictionary(fc.constantFrom(...ATTRIBUTION_KEYS), hostileText, { maxKeys: 4 });
		fc.assert(
			fc.property(
				values,
				values,
				fc.oneof(hostileText, fc.constant(undefined)),
				(search, stored, from) => {
					const attribution = resolveAttribution(
						new URLSearchParams(search).toString(),
						JSON.stringify(stored),
					);
					const href = consultationHref('https://firm.example/book?lang=en', { from }, attribution);
					const url = new URL(href);
					return (
						url.origin === 'https://firm.example' &&
						url.pathname === '/book' &&
						url.searchParams.get('lang') === 'en' &&
						// A lone surrogate (only possible from tampered storage) travels as U+FFFD, like any URL would carry it.
						Object.entries(attribution).every(
							([k, v]) => url.searchParams.get(k) === v.toWellFormed(),
						) &&
						!/[<>"\s]/.test(href)
					);
				},
			),
			{ numRuns: 10_000 },
		);
	});
	it('ends up on the consultation link next to the attribution', () => {
		const url = new URL(
			consultationHref(
				'https://firm.example/book',
				{
					from: 'footer',
					...parseStoredResult('{"report":"soc2","estimate":"SOC 2; typical $60k"}'),
				},
				{ utm_source: 'li' },
			),
		);
		expect(Object.fromEntries(url.searchParams)).toEqual({
			from: 'footer',
			report: 'soc2',
			estimate: 'SOC 2; typical $60k',
			utm_source: 'li',
		});
	});
});
