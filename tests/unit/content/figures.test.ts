import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../../content/estimator-assumptions.json';
import { figureSourcePath, figureText, type FigureData } from '../../../src/lib/book/figures';

const data: FigureData = {
	values: {
		weeks: { low: 1, typical: 4, high: 8 },
		same: { low: 3, typical: 3, high: 3 },
		fee: { boutique: { low: 15000, typical: 30000, high: 50000 } },
		months: 3,
		share: { low: 0.5, typical: 0.55, high: 0.6 },
		words: null,
		window: { allowed: [3, 6, 9, 12], default: 6 },
	},
	checks: { firstTypeTwoMonths: { min: 6, max: 18 } },
	assumptions: {
		weeks: { unit: 'weeks', label: '' },
		same: { unit: 'weeks', label: '' },
		fee: { unit: 'usd', label: '' },
		months: { unit: 'months', label: '' },
		share: { unit: 'share', label: '' },
		words: { unit: 'note', label: '' },
		window: { unit: 'months', label: '' },
	},
};

describe('figureText', () => {
	it('prints ranges, single values and options in words', () => {
		expect(figureText('weeks', 'range', data)).toBe('1 to 8 weeks');
		expect(figureText('weeks', 'typical', data)).toBe('4 weeks');
		expect(figureText('same', 'range', data)).toBe('3 weeks');
		expect(figureText('fee.boutique', 'range', data)).toBe('$15,000 to $50,000');
		expect(figureText('fee.boutique', 'high', data)).toBe('$50,000');
		expect(figureText('months', 'range', data)).toBe('3 months');
		expect(figureText('share', 'low', data)).toBe('50%');
		expect(figureText('window', 'range', data)).toBe('3 to 12 months');
		expect(figureText('window', 'typical', data)).toBe('6 months');
		expect(figureText('checks.firstTypeTwoMonths', 'range', data)).toBe('6 to 18 months');
	});
	it('fails with the id on anything it cannot print', () => {
		expect(() => figureText('nope', 'range', data)).toThrow(/Figure "nope": no assumption "nope"/);
		expect(() => figureText('fee', 'range', data)).toThrow(/Figure "fee" is not a number or a low–typical–high range; name one option, e.g. "fee.boutique"/);
		expect(() => figureText('fee.big4', 'range', data)).toThrow(/has no option "big4"/);
		expect(() => figureText('weeks.low', 'range', data)).toThrow(/has no option "low"/);
		expect(() => figureText('months', 'low', data)).toThrow(/single value/);
		expect(() => figureText('words', 'range', data)).toThrow(/not a number/);
		expect(() => figureText('a.b.c', 'range', data)).toThrow(/one option/);
		expect(() => figureText('checks.firstYearTotal', 'range', data)).toThrow(/no published check "firstYearTotal"/);
	});
	it('keeps a range in order and in whole units for any range of weeks', () => {
		fc.assert(
			fc.property(fc.nat(100), fc.nat(100), fc.nat(100), (a, b, c) => {
				const [low, typical, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
				const text = figureText('w', 'range', { values: { w: { low, typical, high } }, assumptions: { w: { unit: 'weeks', label: '' } } });
				expect(text).toBe(low === high ? `${low} ${low === 1 ? 'week' : 'weeks'}` : `${low} to ${high} weeks`);
			}),
		);
	});
	it('links each figure to its row in the estimator table', () => {
		expect(figureSourcePath('fieldworkWeeks.type2')).toBe('/estimator/#assumption-fieldworkWeeks');
		expect(figureSourcePath('checks.firstTypeTwoMonths')).toBe('/estimator/#assumptions');
	});
	it('reads the real data file by default', () => {
		const { values } = raw as { values: { readinessWeeks: { low: number; high: number } } };
		expect(figureText('readinessWeeks')).toBe(`${values.readinessWeeks.low} to ${values.readinessWeeks.high} weeks`);
	});
});
