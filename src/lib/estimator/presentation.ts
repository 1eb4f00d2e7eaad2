/**
 * What the estimator page says about an estimate beyond its tables: the one-line summary that stays
 * in view on phones, the line that explains the yearly figure, and the scale under the cost bars.
 */
import { formatMoneyRange, formatMonthYear } from './format';
import type { DeadlineStatus, Estimate } from './types';

/** The deadline verdict in a word or two, for the summary that stays in view. */
export const DEADLINE_WORDS: Record<DeadlineStatus, string> = {
	'on-track': 'achievable',
	tight: 'tight',
	'not-feasible': 'not achievable',
};

export interface Glance {
	/** First-year cost range, e.g. '$24k–$110k'. */
	cost: string;
	/** Month the report is typically in hand, e.g. 'March 2027'. */
	report: string;
	/** The deadline verdict, or null when the estimate has no deadline (or it is not judged yet). */
	deadline: string | null;
}

/** The estimate at a glance: cost range, report month and deadline verdict. */
export function glance(e: Estimate): Glance {
	return {
		cost: formatMoneyRange(e.firstYear),
		report: formatMonthYear(e.timeline.reportDate.typical),
		deadline: e.deadline ? DEADLINE_WORDS[e.deadline.status] : null,
	};
}

/**
 * One line on the yearly figure: what it covers and why it differs from the first year. Each
 * renewal is a Type II examination of a full 12-month period with a year of evidence behind it,
 * so it can cost more than a first year that had a Type I or a shorter first window.
 */
export function renewalNote(e: Estimate): string {
	const i = e.inputs;
	const extras = [
		i.platform ? 'the platform subscription' : null,
		i.penTest ? 'a penetration test' : null,
	].filter((x): x is string => x !== null);
	const covers =
		'Covers a Type II audit of a full 12-month period and a year of keeping evidence' +
		(extras.length > 0 ? `, plus ${extras.join(' and ')}` : '');
	if (e.renewal.typical <= e.firstYear.typical) {
		return `${covers}; it is lower than the first year because the readiness work is not repeated.`;
	}
	const because =
		i.type === 1
			? 'a 12-month Type II audit costs more than the first Type I'
			: i.window < 12
				? `the audit and the evidence span 12 months rather than the first ${i.window}`
				: 'a full year of evidence upkeep outweighs the readiness work that is not repeated';
	return `${covers}; it is higher than the first year because ${because}.`;
}

export interface MoneyScale {
	/** The amount at the right end of the scale (a round number at or above every bar). */
	max: number;
	/** Tick amounts from 0 to max, evenly spaced, at most six of them. */
	ticks: number[];
}

/**
 * A labelled scale for bars that reach `highest`: round steps (1, 2, 2.5 or 5 times a power of ten)
 * so the labels read as $0, $25k, $50k…, with the last tick at or just above the highest bar.
 */
export function moneyScale(highest: number): MoneyScale {
	const top = Number.isFinite(highest) && highest > 0 ? highest : 1;
	const rough = top / 4;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => top / s <= 5) ?? 10 * power;
	let count = Math.max(1, Math.ceil(top / step));
	if (count * step < top) count += 1;
	const ticks = Array.from({ length: count + 1 }, (_, k) => k * step);
	return { max: count * step, ticks };
}
