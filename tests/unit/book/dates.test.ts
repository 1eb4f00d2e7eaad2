/**
 * One date format for readers: bylines, /changes/, the estimator page and the tools' texts all print
 * a date as day, month name and year ("4 December 2026").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLongDate, isoDate } from '../../../src/lib/book/dates';
import { formatDate } from '../../../src/lib/estimator/format';

describe('dates shown to readers', () => {
	it('print day, month name and year', () => {
		expect(formatLongDate(new Date('2026-12-04T00:00:00Z'))).toBe('4 December 2026');
		expect(formatDate('2026-12-04')).toBe('4 December 2026');
	});
	it('read the same in the book and in the tools, for any date', () => {
		fc.assert(
			fc.property(
				fc.date({
					min: new Date('1990-01-01T00:00:00Z'),
					max: new Date('2099-12-31T00:00:00Z'),
					noInvalidDate: true,
				}),
				(d) => {
					const iso = isoDate(d);
					expect(formatDate(iso)).toBe(formatLongDate(new Date(`${iso}T00:00:00Z`)));
					expect(formatDate(iso)).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
				},
			),
			{ numRuns: 2000 },
		);
	});
});
