/**
 * Short descriptions of an estimate shown on screen and carried to the consultation link.
 */
import { categoryLabels, reportName } from './model';
import { formatMoney, formatMonthYear } from './format';
import { labelOf } from '../engagement/vocabulary';
import { SIZES, type Estimate } from './types';

/** One line describing what was estimated, e.g. 'SOC 2 Type 2 (Security), 6-month window'. */
export function describeScope(e: Estimate): string {
	const i = e.inputs;
	const cats = categoryLabels(i);
	let text = reportName(i);
	if (cats.length > 0) text += ` (${cats.join(', ')})`;
	if (i.type === 2) text += `, ${i.window}-month observation window`;
	if (i.report !== 'soc1' && i.soc3 && i.type === 2) text += ', plus a SOC 3';
	return text;
}

/** A short summary for the consultation link (well under the 200 characters links keep). */
export function ctaSummary(e: Estimate): string {
	const i = e.inputs;
	const cats = categoryLabels(i).length;
	const parts = [
		reportName(i),
		cats > 1 ? `${cats} categories` : null,
		labelOf(SIZES, i.size),
		`readiness ${i.readiness}`,
		`typical ${formatMoney(e.firstYear.typical)} first year`,
		`report ~${formatMonthYear(e.timeline.reportDate.typical)}`,
	];
	return parts
		.filter((p): p is string => p !== null)
		.join('; ')
		.slice(0, 180);
}
