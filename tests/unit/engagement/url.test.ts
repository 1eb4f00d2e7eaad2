import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_KEYS } from '../../../src/lib/attribution/attribution';
import { addMonths } from '../../../src/lib/engagement/dates';
import { RELATIVE_DEADLINES } from '../../../src/lib/engagement/vocabulary';
import { capNotices, MAX_NOTICES } from '../../../src/lib/engagement/notices';
import {
	FIELD_OF_KEY,
	PLAN_KEYS,
	planHref,
	readPlanQuery,
	writePlanQuery,
} from '../../../src/lib/engagement/url';
import { BROKEN_OUTPUT, queryOf } from '../support/hostile';
import { planArb, TODAY } from './arbitraries';

const read = (search: string, toolKeys: string[] = []) =>
	readPlanQuery(search, { today: TODAY, toolKeys });

describe('one plan, one link', { timeout: 120_000 }, () => {
	it('reads back every plan it writes, exactly', () => {
		fc.assert(
			fc.property(planArb, (plan) => {
				const { plan: back, notices } = read(writePlanQuery(plan));
				expect(notices).toEqual([]);
				expect(back).toEqual(plan);
			}),
			{ numRuns: 2000 },
		);
	});

	it('writes the same link however the keys and categories of a link were ordered', () => {
		fc.assert(
			fc.property(planArb, fc.nat(), (plan, seed) => {
				const canonical = writePlanQuery(plan);
				const pairs = canonical === '' ? [] : canonical.split('&');
				// A deterministic shuffle of the pairs, and the category list reversed.
				const shuffled = pairs
					.map((p, i) => ({
						p: p.startsWith('tsc=') ? `tsc=${p.slice(4).split(',').reverse().join(',')}` : p,
						k: (i * 7919 + seed) % 101,
					}))
					.sort((a, b) => a.k - b.k)
					.map((x) => x.p)
					.join('&');
				expect(writePlanQuery(read(shuffled).plan)).toBe(canonical);
			}),
			{ numRuns: 1000 },
		);
	});

	it('writes plan keys in the canonical order, then tool keys, then attribution', () => {
		const query = writePlanQuery(
			{
				deadline: '2027-06-30',
				report: 'both',
				categories: ['privacy', 'security', 'availability'] as never,
				type: 1,
			},
			{ tool: [['step', 'results']], attribution: [['utm_source', 'news letter']] },
		);
		const keys = query.split('&').map((p) => p.split('=')[0]);
		const planKeys = keys.filter((k) => (PLAN_KEYS as readonly string[]).includes(k!));
		expect(planKeys).toEqual(
			[...planKeys].sort((a, b) => PLAN_KEYS.indexOf(a as never) - PLAN_KEYS.indexOf(b as never)),
		);
		expect(keys.slice(-2)).toEqual(['step', 'utm_source']);
		expect(query).toContain('tsc=security,availability,privacy');
		expect(read(query, ['step']).attribution).toEqual([['utm_source', 'news letter']]);
	});

	it('maps every key to a distinct plan field', () => {
		expect(new Set(Object.values(FIELD_OF_KEY)).size).toBe(PLAN_KEYS.length);
	});

	it('gives a bare path for an empty plan', () => {
		expect(planHref('/estimator/', {})).toBe('/estimator/');
		expect(planHref('/estimator/', { type: 1 })).toBe('/estimator/?type=1');
	});
});

describe('reading links shared before the tools shared a plan', () => {
	it('turns the chooser’s relative deadlines into dates counted from the day the link is opened', () => {
		for (const [token, months] of Object.entries(RELATIVE_DEADLINES)) {
			expect(read(`deadline=${token}`).plan.deadline).toBe(addMonths(TODAY, months));
		}
		expect(read('deadline=later').plan.deadline).toBe('none');
		expect(read('deadline=unsure').plan.deadline).toBe('unsure');
	});

	it('reads the estimator’s older spellings', () => {
		const { plan, notices } = read('type=II&soc3=yes&platform=true&pentest=no&report=SOC2');
		expect(notices).toEqual([]);
		expect(plan).toEqual({ report: 'soc2', type: 2, soc3: true, platform: true, penTest: false });
	});
});

describe('what a link cannot carry', () => {
	it('leaves out a SOC 3 without a period or the criteria, and says why', () => {
		for (const query of ['report=soc1&soc3=1', 'type=1&soc3=1']) {
			const { plan, notices } = read(query);
			expect(plan.soc3).toBeUndefined();
			expect(notices.map((n) => n.key)).toEqual(['soc3']);
		}
	});

	it('ignores a deadline on or before the start', () => {
		const { plan, notices } = read('start=2027-03-01&deadline=2027-03-01');
		expect(plan.deadline).toBeUndefined();
		expect(notices.map((n) => n.key)).toEqual(['deadline']);
		expect(read(`deadline=${TODAY}`).plan.deadline).toBeUndefined();
	});

	it('hands tool keys back raw and passes attribution without a notice', () => {
		const { toolValues, notices, attribution } = read(
			'Step=results&a=mfa:e&utm_source=x&gclid=y&nope=1',
			['step', 'a'],
		);
		expect(toolValues).toEqual({ step: 'results', a: 'mfa:e' });
		expect(attribution.map(([k]) => k)).toEqual(['utm_source', 'gclid']);
		expect(notices.map((n) => n.key)).toEqual(['nope']);
	});

	it('keeps the first of a repeated key and says so once', () => {
		const { plan, notices } = read('type=1&type=2&type=2');
		expect(plan.type).toBe(1);
		expect(notices).toHaveLength(1);
	});
});

describe('hostile links', { timeout: 120_000 }, () => {
	it('never throws, never prints a broken value, and keeps only valid values', () => {
		const keys = [...PLAN_KEYS, ...ATTRIBUTION_KEYS, 'step'];
		fc.assert(
			fc.property(queryOf(keys), (search) => {
				const result = read(search, ['step']);
				for (const n of capNotices(result.notices)) expect(n.message).not.toMatch(BROKEN_OUTPUT);
				expect(capNotices(result.notices).length).toBeLessThanOrEqual(MAX_NOTICES);
				// Whatever was kept writes and reads back to itself.
				const again = read(writePlanQuery(result.plan));
				expect(again.plan).toEqual(result.plan);
				expect(again.notices).toEqual([]);
			}),
			{ numRuns: 10_000 },
		);
	});
});

describe('capNotices', () => {
	it('keeps lists up to the cap and summarises the rest in the last line', () => {
		fc.assert(
			fc.property(fc.nat({ max: 40 }), (n) => {
				const notices = Array.from({ length: n }, (_, i) => ({ key: `k${i}`, message: `m${i}` }));
				const shown = capNotices(notices);
				if (n <= MAX_NOTICES) expect(shown).toEqual(notices);
				else {
					expect(shown).toHaveLength(MAX_NOTICES);
					expect(shown.slice(0, -1)).toEqual(notices.slice(0, MAX_NOTICES - 1));
					expect(shown.at(-1)?.message).toContain(String(n - (MAX_NOTICES - 1)));
				}
			}),
		);
	});
});
