/**
 * Formatting for the estimator's figures. Written by hand rather than with Intl date options so
 * the server-rendered page and every browser print exactly the same text.
 */
export { formatDate, formatMonthYear } from '../engagement/dates';
import type { Range } from './types';

/**
 * An estimated amount rounded to two significant figures: 51_600 → 52_000, 107_400 → 110_000,
 * 952 → 950. The model's ranges run four to five times wide, so more digits would claim a precision
 * the sources do not have. Amounts under $10 round to whole dollars. Non-finite input gives NaN.
 */
export function roundMoney(amount: number): number {
	if (!Number.isFinite(amount)) return Number.NaN;
	const abs = Math.abs(amount);
	const digits = wholeDigits(abs);
	const step = 10 ** Math.max(0, digits - 2);
	const rounded = Math.round(abs / step) * step;
	return amount < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * The one way the estimator writes an estimated amount, on screen and in every export: two
 * significant figures, compact. 51_600 → '$52k', 1_250_000 → '$1.3M', 952 → '$950', -5_100 → '−$5.1k'.
 * Non-finite input prints '—'.
 */
export function formatMoney(amount: number): string {
	const rounded = roundMoney(amount);
	if (Number.isNaN(rounded)) return '—';
	const abs = Math.abs(rounded);
	const sign = rounded < 0 ? '−' : '';
	for (const [size, suffix] of MONEY_UNITS) {
		if (abs >= size)
			return `${sign}$${groupThousands(String(Math.round((abs / size) * 10) / 10))}${suffix}`;
	}
	return `${sign}$${abs}`;
}

/** An estimated range as 'low–high' in two significant figures, one figure when both ends round alike. */
export function formatMoneyRange(range: Range): string {
	const low = formatMoney(range.low);
	const high = formatMoney(range.high);
	return low === high ? low : `${low}–${high}`;
}

/**
 * Whole dollars, not rounded: for amounts the visitor typed or a source states (an hourly rate of
 * $175 must not print as $180). 12300 → '$12,300'. Non-finite input prints '—'.
 */
export function formatExactDollars(amount: number): string {
	if (!Number.isFinite(amount)) return '—';
	const rounded = Math.round(amount);
	const sign = rounded < 0 ? '−' : '';
	return `${sign}$${groupThousands(String(Math.abs(rounded)))}`;
}

const MONEY_UNITS: readonly (readonly [number, string])[] = [
	[1e9, 'B'],
	[1e6, 'M'],
	[1e3, 'k'],
];

/**
 * An estimated count (staff hours) to two significant figures, as estimated amounts are:
 * 2_387 → '2,400', 548 → '550'. The hour ranges run four times wide too.
 */
export function formatEstimatedCount(value: number): string {
	return formatCount(roundMoney(value));
}

/** Whole numbers with thousands separators: 1234 → '1,234'. */
export function formatCount(value: number): string {
	if (!Number.isFinite(value)) return '—';
	const rounded = Math.round(value);
	return (rounded < 0 ? '−' : '') + groupThousands(String(Math.abs(rounded)));
}

/** A day count in the unit a reader expects: days under 2 weeks, weeks under 4 months, then months. */
export function formatDuration(days: number): string {
	if (!Number.isFinite(days) || days <= 0) return 'none';
	if (days < 14) return plural(days, 'day');
	if (days < 120) return plural(Math.round(days / 7), 'week');
	return plural(Math.round(days / DAYS_PER_MONTH), 'month');
}

/** A duration range in the unit that suits its upper end: '1–3 weeks', '2–6 months', '5 days'. */
export function formatDurationRange(low: number, high: number): string {
	if (!Number.isFinite(low) || !Number.isFinite(high)) return '—';
	if (high <= 0) return 'none';
	if (low <= 0) return `up to ${formatDuration(high)}`;
	const [unit, size] =
		high < 14 ? ['day', 1] : high < 120 ? ['week', 7] : ['month', DAYS_PER_MONTH];
	const hi = Math.max(1, Math.round(high / size));
	const lo = Math.min(hi, Math.max(1, Math.round(low / size)));
	if (lo === hi) return plural(hi, unit);
	return `${groupThousands(String(lo))}–${plural(hi, unit)}`;
}

/** Months between two day counts, to one decimal: used for 'about 11 months' summaries. */
export function daysToMonths(days: number): number {
	return Math.round((days / DAYS_PER_MONTH) * 10) / 10;
}

/** Average days in a month (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;

/** A count with its noun: plural(1, 'system') → '1 system', plural(3, 'system') → '3 systems'. */
export function plural(n: number, unit: string, many = `${unit}s`): string {
	return `${groupThousands(String(n))} ${n === 1 ? unit : many}`;
}

/** Commas between thousands in the whole part of a decimal string: '1234.5' → '1,234.5'. */
function groupThousands(digits: string): string {
	const [whole = '', fraction] = digits.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Digits before the decimal point (at least 1), exact at powers of ten despite log10's rounding. */
function wholeDigits(abs: number): number {
	let digits = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
	if (abs >= 10 ** digits) digits += 1;
	if (digits > 1 && abs < 10 ** (digits - 1)) digits -= 1;
	return digits;
}
