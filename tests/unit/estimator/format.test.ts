import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	formatExactDollars,
	formatMoney,
	formatMoneyRange,
	roundMoney,
} from '../../../src/lib/estimator/format';

/** Reads a formatted amount back: '$52k' → 52000, '−$1.3M' → -1300000. */
function parseMoney(text: string): number {
	const m = /^(−?)\$([\d,]+(?:\.\d)?)([kMB]?)$/.exec(text);
	if (!m) throw new Error(`not a formatted amount: ${text}`);
	const scale = { '': 1, k: 1e3, M: 1e6, B: 1e9 }[m[3] as '' | 'k' | 'M' | 'B'];
	const value = Number(m[2]!.replace(/,/g, '')) * scale;
	return m[1] ? -value : value;
}

/** Significant digits of a whole number: 52000 → 2, 950 → 2, 7 → 1, 0 → 0. */
function significantDigits(n: number): number {
	return String(Math.abs(n)).replace(/0+$/, '').replace(/^0+/, '').length;
}

// Estimates live far inside this; beyond it the question is only "no crash, no NaN on screen".
const amount = fc.double({ min: -1e15, max: 1e15, noNaN: true });

describe('roundMoney: two significant figures', () => {
	it('rounds the figures the issue quoted as a reader expects', () => {
		expect(roundMoney(51_600)).toBe(52_000);
		expect(roundMoney(23_900)).toBe(24_000);
		expect(roundMoney(107_400)).toBe(110_000);
		expect(roundMoney(62_400)).toBe(62_000);
		expect(roundMoney(952)).toBe(950);
		expect(roundMoney(99_500)).toBe(100_000);
		expect(roundMoney(7.4)).toBe(7);
		expect(roundMoney(0)).toBe(0);
		expect(roundMoney(-0.2)).toBe(0);
		expect(roundMoney(-5_140)).toBe(-5_100);
		expect(roundMoney(Number.NaN)).toBeNaN();
		expect(roundMoney(Number.POSITIVE_INFINITY)).toBeNaN();
	});

	it('keeps at most two significant digits (whole dollars below $10) for any amount', () => {
		fc.assert(
			fc.property(amount, (n) => {
				const r = roundMoney(n);
				expect(Number.isInteger(r)).toBe(true);
				expect(significantDigits(r)).toBeLessThanOrEqual(2);
			}),
		);
	});

	it('stays within 5% of the amount (or 50 cents below $10)', () => {
		fc.assert(
			fc.property(amount, (n) => {
				const error = Math.abs(roundMoney(n) - n);
				expect(error).toBeLessThanOrEqual(Math.max(0.5, Math.abs(n) * 0.05) + 1e-6);
			}),
		);
	});

	it('keeps order, is idempotent and symmetric around zero', () => {
		fc.assert(
			fc.property(amount, amount, (a, b) => {
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				expect(roundMoney(lo)).toBeLessThanOrEqual(roundMoney(hi));
				expect(roundMoney(roundMoney(a))).toBe(roundMoney(a));
				expect(roundMoney(-a) + 0).toBe(-roundMoney(a) + 0);
			}),
		);
	});
});

describe('formatMoney: the one way an estimated amount is written', () => {
	it('writes compact amounts', () => {
		expect(formatMoney(51_600)).toBe('$52k');
		expect(formatMoney(107_400)).toBe('$110k');
		expect(formatMoney(1_540)).toBe('$1.5k');
		expect(formatMoney(1_250_000)).toBe('$1.3M');
		expect(formatMoney(999_999)).toBe('$1M');
		expect(formatMoney(952)).toBe('$950');
		expect(formatMoney(0)).toBe('$0');
		expect(formatMoney(-5_140)).toBe('−$5.1k');
		expect(formatMoney(Number.NaN)).toBe('—');
		expect(formatMoney(Number.NEGATIVE_INFINITY)).toBe('—');
	});

	it('reads back as exactly the rounded amount, for any amount', () => {
		fc.assert(
			fc.property(amount, (n) => {
				const text = formatMoney(n);
				expect(text).not.toMatch(/NaN|Infinity|e\+/);
				expect(parseMoney(text)).toBeCloseTo(roundMoney(n), 0);
			}),
		);
	});

	it('writes a range as low–high, or one figure when both ends round alike', () => {
		expect(formatMoneyRange({ low: 23_900, typical: 51_600, high: 107_400 })).toBe('$24k–$110k');
		expect(formatMoneyRange({ low: 51_600, typical: 51_700, high: 51_800 })).toBe('$52k');
		fc.assert(
			fc.property(amount, amount, (a, b) => {
				const [low, high] = a <= b ? [a, b] : [b, a];
				const text = formatMoneyRange({ low, typical: low, high });
				const ends = text.split(/(?<=\d[kMB]?)–/);
				if (roundMoney(low) === roundMoney(high)) expect(ends).toEqual([formatMoney(low)]);
				else expect(ends).toEqual([formatMoney(low), formatMoney(high)]);
			}),
		);
	});
});

describe('formatExactDollars: amounts a visitor typed or a source states', () => {
	it('keeps every dollar', () => {
		expect(formatExactDollars(175)).toBe('$175');
		expect(formatExactDollars(70_600)).toBe('$70,600');
		expect(formatExactDollars(-1_234_567.4)).toBe('−$1,234,567');
		expect(formatExactDollars(Number.NaN)).toBe('—');
	});
});
