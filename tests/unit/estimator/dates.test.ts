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
} from '../../../src/lib/engagement/dates';
import { formatDate, formatMonthYear } from '../../../src/lib/estimator/format';
import { BROKEN_OUTPUT, hostileText } from '../support/hostile';
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

	it('reads years below 100 as written, not as 19xx', () => {
		expect(dayToIso(parseIsoDate('0050-03-01') as number)).toBe('0050-03-01');
		expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
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

	it('10,000 generated date texts: a real date that round-trips and prints, or a refusal', () => {
		const digits = (n: number) =>
			fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
		const dateish = fc.oneof(
			fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
			fc
				.tuple(
					fc.integer({ min: -5, max: 10_000 }),
					fc.integer({ min: -1, max: 14 }),
					fc.integer({ min: -1, max: 33 }),
				)
				.map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
			hostileText,
		);
		fc.assert(
			fc.property(dateish, (text) => {
				const day = parseIsoDate(text);
				if (day === null) return !isIsoDate(text);
				const printed = [formatDate(text), formatMonthYear(text)].join(' ');
				return (
					Number.isSafeInteger(day) &&
					isIsoDate(text) &&
					dayToIso(day) === text &&
					!BROKEN_OUTPUT.test(printed)
				);
			}),
			counter.runs(10_000),
		);
	});

	it('reads today in UTC, whatever the local clock says', () => {
		expect(todayIso(new Date('2026-11-26T23:59:59Z'))).toBe('2026-11-26');
		expect(todayIso(new Date('2026-11-27T00:00:00+09:00'))).toBe('2026-11-26');
	});
});
