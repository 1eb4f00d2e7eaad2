import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTEXT_ITEMS, describeItem, flattenContext, readContext, withoutItems } from '../../../src/lib/consultation/context';
import { hostileText } from '../support/hostile';

const stored = JSON.stringify({ recommendation: 'SOC 2 Type 2', report: 'soc2', type: '2', tsc: 'security,availability', estimate: 'SOC 2 Type 2; typical $52k', score: 61 });

describe('readContext', () => {
	it('reads the plan, estimate and score the visit stored, and the campaign of the landing', () => {
		const context = readContext('?from=%2Fchapters%2Fcost%2F', stored, JSON.stringify({ utm_source: 'news', utm_campaign: 'q4' }));
		expect(context).toEqual({
			plan: { recommendation: 'SOC 2 Type 2', report: 'soc2', type: '2', tsc: 'security,availability' },
			estimate: { estimate: 'SOC 2 Type 2; typical $52k' },
			readiness: { score: '61' },
			from: { from: '/chapters/cost/' },
			campaign: { utm_source: 'news', utm_campaign: 'q4' },
		});
	});
	it('values on the link that opened the form win over stored ones', () => {
		expect(readContext('?report=soc1&utm_source=ad', stored, null).plan?.report).toBe('soc1');
		expect(readContext('?report=soc1&utm_source=ad', stored, null).campaign).toEqual({ utm_source: 'ad' });
	});
	it('has nothing to attach for a visitor who used no tool', () => {
		expect(readContext('', null, null)).toEqual({});
	});
	it('never takes another site as the page the visitor came from', () => {
		for (const from of ['https://evil.example/', '//evil.example/', 'javascript:alert(1)', '<script>']) {
			expect(readContext(`?from=${encodeURIComponent(from)}`, null, null).from).toBeUndefined();
		}
	});
	it('10,000 generated links and stores: never throws; only known items, every value bounded text', () => {
		fc.assert(
			fc.property(hostileText, hostileText, hostileText, (search, result, attribution) => {
				const context = readContext(search, result, attribution);
				for (const [item, fields] of Object.entries(context)) {
					expect(CONTEXT_ITEMS).toContain(item);
					for (const value of Object.values(fields)) {
						expect(typeof value).toBe('string');
						expect(value.length).toBeLessThanOrEqual(200);
					}
					expect(describeItem(item as (typeof CONTEXT_ITEMS)[number], fields).join('')).not.toMatch(/undefined|NaN/);
				}
			}),
			{ numRuns: 10_000 },
		);
	});
});

describe('removing items', () => {
	it('removes exactly the items the visitor chose and flattens the rest', () => {
		const context = readContext('?from=footer&utm_source=li', stored, null);
		const kept = withoutItems(context, ['plan', 'campaign']);
		expect(Object.keys(kept)).toEqual(['estimate', 'readiness', 'from']);
		expect(flattenContext(kept)).toEqual({ estimate: 'SOC 2 Type 2; typical $52k', score: '61', from: 'footer' });
	});
});
