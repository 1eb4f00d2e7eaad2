/**
 * What the estimator page says about an estimate beyond its tables: the one-line summary that stays
 * in view on phones and the line that explains the yearly figure. The scale under the cost bars is
 * in ./scale.ts, which loads with the charts.
 */
import { formatMoneyRange, formatMonthYear } from './format';
import { unpricedItems } from './model';
import type { DeadlineStatus, Estimate, LineItem } from './types';
import { V } from './values';
import { andList } from '../engagement/vocabulary';

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

/** How the yearly figure's line items read in its one-line note ('covers …'). */
const COVERED: Partial<Record<LineItem['id'], (months: number) => string>> = {
	audit: (months) => `a Type 2 audit of a full ${months}-month period`,
	internal: (months) => `${months} months of keeping evidence`,
	soc3: () => 'the SOC 3 report',
};

/**
 * One line on the yearly figure: what it covers and why it differs from the first year. What it
 * covers is read from the line items its total adds up and the renewal period in the assumptions,
 * so the words say exactly what the figure holds, and name the extras the reader chose that it
 * leaves out (no dated price range). A renewal is a Type 2 of a full period with its evidence
 * behind it, so it can cost more than a first year that had a Type 1 or a shorter first window.
 */
export function renewalNote(e: Estimate): string {
	const i = e.inputs;
	const months = V.renewalAudit;
	const priced = e.renewalItems.filter((item) => item.included);
	// The audit first, then what goes with it, whatever the order of the table.
	const rank = (item: LineItem) => {
		const at = Object.keys(COVERED).indexOf(item.id);
		return at < 0 ? Infinity : at;
	};
	const covers = [...priced]
		.sort((x, y) => rank(x) - rank(y))
		.map((item) => COVERED[item.id]?.(months) ?? item.label.toLowerCase());
	const left = unpricedItems(e).filter((u) => !priced.some((item) => item.id === u.id));
	const leftOut =
		left.length > 0
			? ` (the ${andList(left.map((item) => item.label.toLowerCase()))} you chose ${left.length > 1 ? 'are' : 'is'} not priced)`
			: '';
	const said = `Covers ${andList(covers)}${leftOut}`;
	if (e.renewal.typical <= e.firstYear.typical) {
		return `${said}; it is lower than the first year because the readiness work is not repeated.`;
	}
	const because =
		i.type === 1
			? `a ${months}-month Type 2 audit costs more than the first Type 1`
			: i.window < months
				? `the audit and the evidence span ${months} months rather than the first ${i.window}`
				: 'a full period of evidence upkeep outweighs the readiness work that is not repeated';
	return `${said}; it is higher than the first year because ${because}.`;
}
