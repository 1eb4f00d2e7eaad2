/**
 * Formatting for the estimator's figures. Written by hand rather than with Intl date options so
 * the server-rendered page and every browser print exactly the same text.
 */
export { formatDate, formatMonthYear } from '../engagement/dates';
import type { Range } from './types';


/** Whole dollars with thousands separators: 12300 → '$12,300'. Non-finite input prints '—'. */
export function formatMoney(amount: number): string {
	if (!Number.isFinite(amount)) return '—';
	const rounded = Math.round(amount);
	const sign = rounded < 0 ? '−' : '';
	return `${sign}$${groupThousands(Math.abs(rounded))}`;
}

/** A cost range as 'low – high', collapsing to one figure when both ends agree. */
export function formatMoneyRange(range: Range): string {
	if (range.low === range.high) return formatMoney(range.low);
	return `${formatMoney(range.low)} – ${formatMoney(range.high)}`;
}

/** A compact amount for tight spaces: 12300 → '$12k', 1250000 → '$1.3M'. */
export function formatMoneyShort(amount: number): string {
	if (!Number.isFinite(amount)) return '—';
	const abs = Math.abs(amount);
	if (abs >= 1_000_000) return `$${trimZero((amount / 1_000_000).toFixed(1))}M`;
	if (abs >= 1_000) return `$${Math.round(amount / 1_000)}k`;
	return formatMoney(amount);
}

/** Whole numbers with thousands separators: 1234 → '1,234'. */
export function formatCount(value: number): string {
	if (!Number.isFinite(value)) return '—';
	const rounded = Math.round(value);
	return (rounded < 0 ? '−' : '') + groupThousands(Math.abs(rounded));
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
	const hi = Math.max(1, Math.round(high / (size as number)));
	const lo = Math.min(hi, Math.max(1, Math.round(low / (size as number))));
	if (lo === hi) return plural(hi, unit as string);
	return `${groupThousands(lo)}–${plural(hi, unit as string)}`;
}

/** Months between two day counts, to one decimal: used for 'about 11 months' summaries. */
export function daysToMonths(days: number): number {
	return Math.round((days / DAYS_PER_MONTH) * 10) / 10;
}

/** Average days in a month (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;

/** A count with its noun: plural(1, 'system') → '1 system', plural(3, 'system') → '3 systems'. */
export function plural(n: number, unit: string, many = `${unit}s`): string {
	return `${groupThousands(n)} ${n === 1 ? unit : many}`;
}

function groupThousands(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function trimZero(s: string): string {
	return s.replace(/\.0$/, '');
}
