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
} from '../../../src/lib/attribution/attribution';

describe('pickAttribution', () => {
	it('keeps UTM tags and click ids and nothing else', () => {
		expect(pickAttribution('?utm_source=news&utm_medium=email&gclid=abc&ref=x&q=soc')).toEqual({
			utm_source: 'news',
			utm_medium: 'email',
			gclid: 'abc',
		});
	});
	it('drops empty and overlong values', () => {
		expect(pickAttribution(`?utm_source=&utm_term=${'x'.repeat(MAX_ATTRIBUTION_VALUE + 1)}`)).toEqual({});
	});
	it('never throws and only ever returns known keys with bounded strings', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (search) => {
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
	it.each([null, '', 'not json', '[]', '42', '{"utm_source": 5}', '{"evil": "x"}'])('%j yields nothing', (raw) => {
		expect(parseStoredAttribution(raw)).toEqual({});
	});
	it('a new campaign click replaces the stored attribution; a plain visit keeps it', () => {
		const stored = JSON.stringify({ utm_source: 'old' });
		expect(resolveAttribution('?utm_source=new', stored)).toEqual({ utm_source: 'new' });
		expect(resolveAttribution('?q=soc', stored)).toEqual({ utm_source: 'old' });
	});
});

describe('consultationHref', () => {
	it('adds context and attribution and keeps the URL’s own parameters', () => {
		const href = consultationHref('https://firm.example/book?lang=en', { from: '/chapters/cost/', result: undefined }, { utm_source: 'li', utm_campaign: 'q4' });
		const url = new URL(href);
		expect(url.origin + url.pathname).toBe('https://firm.example/book');
		expect(Object.fromEntries(url.searchParams)).toEqual({ lang: 'en', from: '/chapters/cost/', utm_source: 'li', utm_campaign: 'q4' });
	});
});

describe('tool results carried to campaign links', () => {
	it('keeps known keys from a tool event, stringifying finite numbers', () => {
		const merged = mergeResult({ estimate: 'old' }, { recommendation: 'SOC 2 Type 2', report: 'soc2', type: 2, tsc: 'security', score: 55, evil: 'x', estimate: '' });
		expect(merged).toEqual({ estimate: 'old', recommendation: 'SOC 2 Type 2', report: 'soc2', type: '2', tsc: 'security' });
	});
	it.each([null, '', 'not json', '[]', '42', '{"report": {}}', '{"type": NaN}'])('stored %j yields nothing', (raw) => {
		expect(parseStoredResult(raw)).toEqual({});
	});
	it('never throws on any stored value and keeps values short', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				for (const v of Object.values(parseStoredResult(JSON.stringify(value)))) expect(v.length).toBeLessThanOrEqual(MAX_ATTRIBUTION_VALUE);
			}),
			{ numRuns: 2000 },
		);
	});
	it('ends up on the consultation link next to the attribution', () => {
		const url = new URL(consultationHref('https://firm.example/book', { from: 'footer', ...parseStoredResult('{"report":"soc2","estimate":"SOC 2; typical $60k"}') }, { utm_source: 'li' }));
		expect(Object.fromEntries(url.searchParams)).toEqual({ from: 'footer', report: 'soc2', estimate: 'SOC 2; typical $60k', utm_source: 'li' });
	});
});
