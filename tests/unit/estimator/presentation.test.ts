import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	formatMoney,
	formatMoneyRange,
	formatMonthYear,
	roundMoney,
} from '../../../src/lib/estimator/format';
import { defaultInputs } from '../../../src/lib/estimator/inputs';
import { glance, renewalNote } from '../../../src/lib/estimator/presentation';
import { moneyScale } from '../../../src/lib/estimator/scale';
import { V } from '../../../src/lib/estimator/values';
import { inputsArb } from './arbitraries';
import { estimate } from './full-estimate';

describe('the estimate at a glance', () => {
	it('names the cost range, the report month and the deadline verdict', () => {
		const e = estimate({ ...defaultInputs('2027-01-04'), deadline: '2027-03-01' });
		const g = glance(e);
		expect(g.cost).toBe(formatMoneyRange(e.firstYear));
		expect(g.report).toBe(formatMonthYear(e.timeline.reportDate.typical));
		expect(g.deadline).toBe('not achievable');
		expect(glance(estimate(defaultInputs('2027-01-04'))).deadline).toBeNull();
	});
});

describe('the yearly figure in one line', () => {
	it('says what it covers and why it is higher or lower, for any inputs', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const e = estimate(inputs);
				const note = renewalNote(e);
				expect(note).toMatch(
					new RegExp(`^Covers a Type 2 audit of a full ${V.renewalAudit}-month period`),
				);
				expect(note.split('. ').length, 'one sentence').toBe(1);
				if (e.renewal.typical > e.firstYear.typical)
					expect(note).toContain('higher than the first year');
				else expect(note).toContain('lower than the first year');
				expect(note.includes('penetration test')).toBe(inputs.penTest);
				expect(note.includes('platform')).toBe(inputs.platform);
			}),
		);
	});

	it('names what the figure adds up and, apart, the chosen extras it leaves out', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const e = estimate(inputs);
				const note = renewalNote(e);
				const priced = new Set(e.renewalItems.filter((i) => i.included).map((i) => i.id));
				expect(note.includes('SOC 3'), 'the SOC 3 is named when the figure holds it').toBe(
					priced.has('soc3'),
				);
				expect(note, 'staff upkeep is named').toContain(
					`${V.renewalAudit} months of keeping evidence`,
				);
				// The figure prices neither a platform nor a penetration test, so the line never says it covers them.
				const covers = note.split(' (')[0]!.split(';')[0]!;
				expect(covers).not.toMatch(/platform|penetration/);
				const chosen = [inputs.platform && 'platform', inputs.penTest && 'penetration test'].filter(
					Boolean,
				);
				if (chosen.length > 0) expect(note).toMatch(/you chose (is|are) not priced\)/);
				else expect(note).not.toContain('not priced');
			}),
		);
	});
});

describe('the scale under the cost bars', () => {
	it('uses round steps: $0, $20k, $40k… for bars up to $90k, $0, $50k… up to $120k', () => {
		expect(moneyScale(90_000)).toEqual({
			max: 100_000,
			ticks: [0, 20_000, 40_000, 60_000, 80_000, 100_000],
		});
		expect(moneyScale(120_000).ticks).toEqual([0, 50_000, 100_000, 150_000]);
		expect(moneyScale(40_000).ticks).toEqual([0, 10_000, 20_000, 30_000, 40_000]);
	});

	it('covers the highest bar with two to six evenly spaced ticks, for any height', () => {
		fc.assert(
			fc.property(fc.double({ min: 1, max: 1e9, noNaN: true }), (highest) => {
				const { max, ticks } = moneyScale(highest);
				expect(max).toBeGreaterThanOrEqual(highest);
				expect(ticks.length).toBeGreaterThanOrEqual(2);
				expect(ticks.length).toBeLessThanOrEqual(6);
				expect(ticks[0]).toBe(0);
				expect(ticks.at(-1)).toBe(max);
				const step = ticks[1]!;
				const mantissa = step / 10 ** Math.floor(Math.log10(step));
				expect([1, 2, 5]).toContainEqual(Number(mantissa.toFixed(6)));
				// The last tick is the first round step at or above the bar: no empty step beyond it.
				expect(max - step).toBeLessThan(highest);
			}),
		);
	});

	it('labels every tick exactly: the two-figure money format never rounds a tick', () => {
		fc.assert(
			// From $10 up (no line item is smaller; under $10 the format keeps whole dollars).
			fc.property(fc.double({ min: 10, max: 1e9, noNaN: true }), (highest) => {
				for (const tick of moneyScale(highest).ticks) expect(roundMoney(tick)).toBe(tick);
			}),
		);
		// The case that was wrong: bars up to $120k had a tick at $125k labelled '$130k'.
		expect(moneyScale(120_000).ticks.map(formatMoney)).toEqual(['$0', '$50k', '$100k', '$150k']);
	});

	it('still draws a scale for bars of nothing', () => {
		expect(moneyScale(0).ticks.length).toBeGreaterThanOrEqual(2);
		expect(moneyScale(Number.NaN).ticks.length).toBeGreaterThanOrEqual(2);
	});
});
