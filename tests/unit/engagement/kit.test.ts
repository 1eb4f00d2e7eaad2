import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../src/lib/engagement/lazy';
import { deadlineDate, mergePlans, scopeOf } from '../../../src/lib/engagement/plan';
import { soc3Fits } from '../../../src/lib/engagement/soc3';
import * as vocabulary from '../../../src/lib/engagement/vocabulary';
import { planArb } from './arbitraries';

describe('vocabulary', () => {
	const lists = (Object.entries(vocabulary) as [string, unknown][])
		.filter(([, value]) => Array.isArray(value) && typeof (value as unknown[])[0] === 'object')
		.map(([name, value]) => [name, value as readonly { id: unknown; label: string }[]] as const);

	it('gives each id of each list one label, and no two ids the same label', () => {
		expect(lists.length).toBeGreaterThanOrEqual(7);
		for (const [name, list] of lists) {
			expect(new Set(list.map((t) => t.id)).size, name).toBe(list.length);
			expect(new Set(list.map((t) => t.label)).size, name).toBe(list.length);
		}
	});

	it('orders categories as the AICPA does and always puts Security first', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...vocabulary.CATEGORIES.map((c) => c.id))), (list) => {
				const out = vocabulary.canonicalCategories(list);
				expect(out[0]).toBe('security');
				const order = vocabulary.CATEGORIES.map((c) => c.id);
				expect([...out].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(out);
				expect(new Set(out).size).toBe(out.length);
			}),
		);
	});

	it('names category lists in words', () => {
		expect(vocabulary.categoryList(['privacy', 'security'])).toBe('Security and Privacy');
		expect(vocabulary.categoryList(['security'])).toBe('Security');
	});
});

describe('SOC 3', () => {
	it('fits only a period examined against the Trust Services Criteria', () => {
		for (const report of vocabulary.REPORT_SCOPES.map((r) => r.id))
			for (const type of [1, 2] as const)
				expect(soc3Fits({ report, type })).toBe(type === 2 && report !== 'soc1');
	});
});

describe('plan helpers', () => {
	it('gives the deadline as a date only when there is one', () => {
		expect(deadlineDate({ deadline: '2027-01-31' })).toBe('2027-01-31');
		for (const d of ['none', 'unsure'] as const) expect(deadlineDate({ deadline: d })).toBeNull();
		expect(deadlineDate({})).toBeNull();
	});

	it('merges with the later plan winning and keeps the hand-off scope', () => {
		fc.assert(
			fc.property(planArb, planArb, (a, b) => {
				const merged = mergePlans(a, b);
				for (const [k, v] of Object.entries(b))
					expect((merged as Record<string, unknown>)[k]).toEqual(v);
				const scope = scopeOf(merged);
				expect(
					Object.keys(scope).every((k) =>
						['report', 'type', 'categories', 'soc3', 'readiness', 'start', 'deadline'].includes(k),
					),
				).toBe(true);
			}),
		);
	});
});

describe('loadOnce', () => {
	it('loads once, shares the download, and tries again after a failure', async () => {
		let calls = 0;
		let fail = true;
		const load = loadOnce(() => {
			calls += 1;
			return fail ? Promise.reject(new Error('offline')) : Promise.resolve('module');
		});
		await expect(load()).rejects.toThrow('offline');
		fail = false;
		const [a, b] = await Promise.all([load(), load()]);
		expect([a, b]).toEqual(['module', 'module']);
		await load();
		expect(calls).toBe(2);
	});
});
