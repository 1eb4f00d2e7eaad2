import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	dayToIso,
	daysBetween,
	isIsoDate,
	parseIsoDate,
	todayIso,
} from '../../../src/lib/estimator/dates';
import { CaseCounter, isoDateArb } from './arbitraries';

const counter = new CaseCounter();
afterAll(() => console.info(`dates: ${counter.total} generated cases`));

describe('ISO dates', () => {
	it.each([
		'2026-02-29',
		'2026-13-01',
		'2026-00-10',
		'2026-04-31',
		'26-01-01',
		'2026-1-1',
		'',
		'NaN',
		'2026-01-01T00:00',
	])('rejects %j', (text) => expect(isIsoDate(text)).toBe(false));

	it.each(['2024-02-29', '2000-02-29', '2026-12-31', '2100-12-31'])('accepts %s', (text) => {
		expect(isIsoDate(text)).toBe(true);
	});

	it('rejects 29 February in a century that is not a leap year', () => {
		expect(isIsoDate('2100-02-29')).toBe(false);
	});

	it('adds months the way calendars do, clamping to the month end', () => {
		expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
		expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
		expect(addMonths('2027-10-15', 6)).toBe('2028-04-15');
		expect(addMonths('2027-12-01', 12)).toBe('2028-12-01');
	});

	it('round-trips day numbers and ISO text', () => {
		fc.assert(
			fc.property(isoDateArb, (iso) => {
				expect(dayToIso(parseIsoDate(iso) as number)).toBe(iso);
			}),
			counter.runs(2000),
		);
	});

	it('adds days consistently with daysBetween', () => {
		fc.assert(
			fc.property(isoDateArb, fc.integer({ min: -3000, max: 3000 }), (iso, n) => {
				const later = addDays(iso, n);
				expect(isIsoDate(later)).toBe(true);
				expect(daysBetween(iso, later)).toBe(n);
			}),
			counter.runs(2000),
		);
	});

	it('never moves backwards when adding months to a later date', () => {
		fc.assert(
			fc.property(
				isoDateArb,
				fc.integer({ min: 0, max: 40 }),
				fc.integer({ min: 0, max: 24 }),
				(iso, gap, m) => {
					const a = addMonths(iso, m);
					const b = addMonths(addDays(iso, gap), m);
					expect(isIsoDate(a) && isIsoDate(b)).toBe(true);
					expect(b >= a, `${iso} +${gap}d +${m}mo`).toBe(true);
				},
			),
			counter.runs(2000),
		);
	});

	it('reads today in UTC, whatever the local clock says', () => {
		expect(todayIso(new Date('2026-11-26T23:59:59Z'))).toBe('2026-11-26');
		expect(todayIso(new Date('2026-11-27T00:00:00+09:00'))).toBe('2026-11-26');
	});
});
