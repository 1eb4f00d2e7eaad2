/**
 * Properties the estimate must hold anywhere in the input space, checked on generated inputs.
 */
import fc from 'fast-check';
import { inPlanYears } from '../../../src/lib/engagement/plan';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate } from '../../../src/lib/engagement/dates';
import { estimateCsv, summaryText } from '../../../src/lib/estimator/export';
import { estimate } from './full-estimate';
import type { Estimate, EstimateInputs, Range, Readiness } from '../../../src/lib/estimator/types';
import { CaseCounter, inputsArb, OPTIONAL } from './arbitraries';

const counter = new CaseCounter();
afterAll(() => console.info(`model properties: ${counter.total} generated cases`));

const LEVELS = ['low', 'typical', 'high'] as const;

function expectOrderedFinite(r: Range, what: string): void {
	for (const l of LEVELS) {
		expect(Number.isFinite(r[l]), `${what}.${l} is finite`).toBe(true);
		expect(r[l], `${what}.${l} is not negative`).toBeGreaterThanOrEqual(0);
	}
	expect(r.low, `${what}: low <= typical`).toBeLessThanOrEqual(r.typical);
	expect(r.typical, `${what}: typical <= high`).toBeLessThanOrEqual(r.high);
}

/** a >= b bound by bound. */
function expectAtLeast(a: Range, b: Range, what: string): void {
	for (const l of LEVELS) expect(a[l], `${what} (${l})`).toBeGreaterThanOrEqual(b[l]);
}

const reportDates = (e: Estimate) => [
	e.timeline.reportDate.earliest,
	e.timeline.reportDate.typical,
	e.timeline.reportDate.latest,
];

function expectNotLater(a: Estimate, b: Estimate, what: string): void {
	const [ae, at, al] = reportDates(a);
	const [be, bt, bl] = reportDates(b);
	expect(
		ae! <= be! && at! <= bt! && al! <= bl!,
		`${what}: ${[ae, at, al]} vs ${[be, bt, bl]}`,
	).toBe(true);
}

const MIN_WINDOW_DAYS: Record<number, number> = { 3: 89, 6: 181, 9: 273, 12: 365 };
const READINESS_ORDER: Readiness[] = ['none', 'informal', 'documented', 'mature'];

// Thousands of generated cases per test: allow more than the default five seconds on a busy machine.
describe('estimate properties', { timeout: 120_000 }, () => {
	it('returns finite, non-negative figures with low <= typical <= high everywhere', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const e = estimate(inputs);
				for (const item of e.items) expectOrderedFinite(item.cost, item.id);
				for (const item of e.renewalItems) expectOrderedFinite(item.cost, `renewal ${item.id}`);
				expectOrderedFinite(e.firstYear, 'first year');
				expectOrderedFinite(e.renewal, 'renewal');
				expectOrderedFinite(e.internalHours, 'hours');
				expectOrderedFinite(e.timeline.totalDays, 'total days');
				for (const p of e.timeline.phases) expectOrderedFinite(p.days, p.id);
				const sum = e.items.reduce((acc, i) => acc + i.cost.typical, 0);
				expect(e.firstYear.typical, 'total is the sum of its lines').toBe(sum);
				expect(Number.isFinite(e.hourlyRate) && e.hourlyRate > 0).toBe(true);
			}),
			counter.runs(1000),
		);
	});

	it('never makes a Type 2 cheaper or shorter than a Type 1 with otherwise equal inputs', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const one = estimate({ ...inputs, type: 1 });
				const two = estimate({ ...inputs, type: 2 });
				expectAtLeast(two.firstYear, one.firstYear, 'Type 2 first year >= Type 1');
				expectAtLeast(two.renewal, one.renewal, 'Type 2 renewal >= Type 1');
				expectAtLeast(two.timeline.totalDays, one.timeline.totalDays, 'Type 2 days >= Type 1');
				expectNotLater(one, two, 'Type 1 report not after Type 2');
			}),
			counter.runs(1000),
		);
	});

	it('never lowers cost or shortens the timeline when a category is added', () => {
		fc.assert(
			fc.property(inputsArb, fc.constantFrom(...OPTIONAL), (inputs, added) => {
				const without = { ...inputs, categories: inputs.categories.filter((c) => c !== added) };
				const withIt = { ...inputs, categories: [...without.categories, added] };
				const a = estimate(without);
				const b = estimate(withIt);
				expectAtLeast(b.firstYear, a.firstYear, `adding ${added}: first year`);
				expectAtLeast(b.renewal, a.renewal, `adding ${added}: renewal`);
				for (const id of ['audit', 'readiness', 'internal'] as const) {
					const ia = a.items.find((i) => i.id === id)!;
					const ib = b.items.find((i) => i.id === id)!;
					expectAtLeast(ib.cost, ia.cost, `adding ${added}: ${id}`);
				}
				expectNotLater(a, b, `adding ${added}: report date`);
			}),
			counter.runs(1000),
		);
	});

	it('never lengthens the timeline (or raises cost) when readiness is better', () => {
		fc.assert(
			fc.property(
				inputsArb,
				fc.integer({ min: 0, max: 2 }),
				fc.integer({ min: 1, max: 3 }),
				(inputs, i, step) => {
					const worse = READINESS_ORDER[i]!;
					const better = READINESS_ORDER[Math.min(3, i + step)]!;
					const a = estimate({ ...inputs, readiness: worse });
					const b = estimate({ ...inputs, readiness: better });
					expectNotLater(b, a, `${better} vs ${worse}`);
					// The window is the same number of months either way; its days depend on the calendar.
					for (const p of b.timeline.phases.filter((x) => x.id !== 'window')) {
						const q = a.timeline.phases.find((x) => x.id === p.id)!;
						expectAtLeast(q.days, p.days, `${p.id} with ${better} vs ${worse}`);
					}
					expectAtLeast(a.firstYear, b.firstYear, `${better} costs no more than ${worse}`);
				},
			),
			counter.runs(1000),
		);
	});

	it('never makes the observation window shorter than chosen', () => {
		fc.assert(
			fc.property(inputsArb, (raw) => {
				const inputs: EstimateInputs = { ...raw, type: 2 };
				const e = estimate(inputs);
				const w = e.timeline.phases.find((p) => p.id === 'window');
				expect(w, 'a Type 2 has a window').toBeDefined();
				expect(w!.months).toBe(inputs.window);
				for (const s of ['earliest', 'typical', 'latest'] as const) {
					const { start, end } = w![s];
					expect(addDays(end, 1), `${s} window ends a full ${inputs.window} months on`).toBe(
						addMonths(start, inputs.window),
					);
					expect(daysBetween(start, end) + 1).toBeGreaterThanOrEqual(
						MIN_WINDOW_DAYS[inputs.window]!,
					);
				}
				expect(w!.days.low).toBeGreaterThanOrEqual(MIN_WINDOW_DAYS[inputs.window]!);
			}),
			counter.runs(1000),
		);
	});

	it('prices SOC 1 + SOC 2 at least as high, and as long, as either alone', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const both = estimate({ ...inputs, report: 'both' });
				for (const single of ['soc1', 'soc2'] as const) {
					const alone = estimate({ ...inputs, report: single });
					expectAtLeast(both.firstYear, alone.firstYear, `both vs ${single}: first year`);
					expectAtLeast(both.renewal, alone.renewal, `both vs ${single}: renewal`);
					expectNotLater(alone, both, `both vs ${single}: report date`);
				}
			}),
			counter.runs(1000),
		);
	});

	it('produces valid, ordered dates from the start date to the report', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const e = estimate(inputs);
				const t = e.timeline;
				for (const s of ['earliest', 'typical', 'latest'] as const) {
					let previousEnd: string | null = null;
					for (const p of t.phases) {
						const { start, end } = p[s];
						expect(isIsoDate(start) && isIsoDate(end), `${p.id} ${s} dates valid`).toBe(true);
						expect(start <= end, `${p.id} ${s} starts before it ends`).toBe(true);
						if (previousEnd === null) expect(start).toBe(inputs.startDate);
						else expect(start >= previousEnd, `${p.id} ${s} follows the previous phase`).toBe(true);
						previousEnd = end;
					}
					expect(previousEnd).toBe(t.reportDate[s]);
				}
				const [earliest, typical, latest] = reportDates(e);
				expect(inputs.startDate <= earliest! && earliest! <= typical! && typical! <= latest!).toBe(
					true,
				);
				if (e.deadline) {
					for (const o of e.deadline.options) {
						if (o.typicalReportDate !== null) expect(isIsoDate(o.typicalReportDate)).toBe(true);
					}
					expect(Number.isInteger(e.deadline.typicalMarginDays)).toBe(true);
				}
			}),
			counter.runs(1000),
		);
	});

	it('judges a deadline consistently with the report dates, and only offers help when needed', () => {
		fc.assert(
			fc.property(inputsArb, fc.integer({ min: 1, max: 1200 }), (inputs, offset) => {
				const deadline = addDays(inputs.startDate, offset);
				// Dates past the supported years are not deadlines (the form and links refuse them).
				fc.pre(inPlanYears(deadline));
				const e = estimate({ ...inputs, deadline });
				const d = e.deadline!;
				const { earliest, typical } = e.timeline.reportDate;
				if (typical <= deadline) expect(d.status).toBe('on-track');
				else if (earliest <= deadline) expect(d.status).toBe('tight');
				else expect(d.status).toBe('not-feasible');
				if (d.status === 'on-track') expect(d.options).toEqual([]);
				else {
					expect(d.options.map((o) => o.id)).toContain('bridge-letter');
					if (inputs.type === 2) expect(d.options.map((o) => o.id)).toContain('type1-first');
					for (const o of d.options) {
						if (o.typicalReportDate !== null) {
							expect(o.meetsDeadline).toBe(o.typicalReportDate <= deadline);
							expect(o.typicalReportDate <= typical, `${o.id} does not make things later`).toBe(
								true,
							);
						}
					}
				}
			}),
			counter.runs(1000),
		);
	});

	it('never prints NaN, Infinity, undefined or Invalid Date in its text or CSV', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const e = estimate(inputs);
				const texts = [summaryText(e, 'https://example.com/estimator/?x=1'), estimateCsv(e)];
				for (const text of texts)
					expect(text).not.toMatch(/NaN|Infinity|undefined|Invalid Date|null|—/);
			}),
			counter.runs(1000),
		);
	});

	it('also grows with company size and systems', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const base = estimate(inputs);
				if (inputs.systems < 20) {
					expectAtLeast(
						estimate({ ...inputs, systems: inputs.systems + 1 }).firstYear,
						base.firstYear,
						'one more system',
					);
				}
				const sizes = ['startup', 'growth', 'midsize', 'enterprise'] as const;
				const next = sizes[sizes.indexOf(inputs.size) + 1];
				if (next) {
					const bigger = estimate({ ...inputs, size: next });
					expectAtLeast(bigger.firstYear, base.firstYear, `size ${next}`);
					expectNotLater(base, bigger, `size ${next}`);
				}
				if (!inputs.platform)
					expectNotLater(estimate({ ...inputs, platform: true }), base, 'a platform');
			}),
			counter.runs(1000),
		);
	});

	it('prices nothing that has no dated source (vendors, penetration tests), and says so', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const base = estimate(inputs);
				const same = (other: Estimate, what: string) => {
					expect(other.firstYear, `${what}: first year`).toEqual(base.firstYear);
					expect(other.renewal, `${what}: renewal`).toEqual(base.renewal);
					expect(other.timeline.totalDays, `${what}: timeline`).toEqual(base.timeline.totalDays);
				};
				if (inputs.subservice < 15)
					same(estimate({ ...inputs, subservice: inputs.subservice + 1 }), 'one more vendor');
				same(estimate({ ...inputs, penTest: !inputs.penTest }), 'penetration test toggled');
				for (const e of [base, estimate({ ...inputs, penTest: true, platform: true })]) {
					for (const item of e.items.filter((i) => i.id === 'tooling' || i.id === 'pentest')) {
						expect(item.included, item.label).toBe(false);
					}
				}
				expect(
					base.drivers.some((d) => d.includes('penetration test')),
					'the pen test note',
				).toBe(base.inputs.penTest);
				expect(
					base.drivers.some((d) => d.includes('subscription is not in the totals')),
					'the platform note',
				).toBe(base.inputs.platform);
			}),
			{ numRuns: 500 },
		);
	});

	it('clamps anything at all into a usable estimate instead of throwing', () => {
		fc.assert(
			fc.property(
				fc.record(
					{
						report: fc.anything(),
						type: fc.anything(),
						categories: fc.anything(),
						soc3: fc.anything(),
						size: fc.anything(),
						systems: fc.oneof(fc.double(), fc.integer(), fc.anything()),
						subservice: fc.oneof(fc.double(), fc.integer()),
						readiness: fc.anything(),
						window: fc.oneof(fc.integer(), fc.anything()),
						firm: fc.anything(),
						platform: fc.anything(),
						penTest: fc.anything(),
						hourlyRate: fc.oneof(fc.double(), fc.constant(null), fc.string()),
						startDate: fc.oneof(fc.string(), fc.constant('2026-02-30'), fc.constant('1999-12-31')),
						deadline: fc.oneof(fc.string(), fc.constant(null), fc.constant('2026-01-01')),
					},
					{ requiredKeys: [] },
				),
				(junk) => {
					const e = estimate(junk as unknown as EstimateInputs, '2026-11-26');
					expectOrderedFinite(e.firstYear, 'first year');
					expect(isIsoDate(e.timeline.reportDate.typical)).toBe(true);
				},
			),
			counter.runs(1000),
		);
	});
});
