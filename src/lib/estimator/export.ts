/**
 * The estimate as files: the plain-text summary a visitor copies and the CSV they download.
 * Kept apart from what the page shows so browsers load it only when asked for.
 */
import { unpricedItems } from './model';
import { deadlineVerdict } from './deadline';
import { describeScope } from './describe';
import {
	formatDate,
	formatDurationRange,
	formatExactDollars,
	formatMoney,
	formatMoneyRange,
	plural,
	roundMoney,
} from './format';
import { FIRM_TIERS, READINESS, SIZES, type Estimate, type Range } from './types';
import { csvCell } from '../site/csv';
import { labelOf } from '../engagement/vocabulary';

// The CSV rule is shared with the other tools' exports.
export { csvCell };

/** Low, typical and high in two significant figures, as the page shows them. */
const rounded = (r: Range): number[] => [
	roundMoney(r.low),
	roundMoney(r.typical),
	roundMoney(r.high),
];

const rangeText = (r: Range) => `${formatMoneyRange(r)} (typical ${formatMoney(r.typical)})`;

/** The plain-text summary for the clipboard; `shareUrl` adds a link back to the same estimate. */
export function summaryText(e: Estimate, shareUrl?: string): string {
	const i = e.inputs;
	const lines: string[] = [
		'SOC examination estimate (an estimate from published ranges, not a quote)',
		'',
		`What: ${describeScope(e)}`,
		`Organization: ${labelOf(SIZES, i.size)}; ${plural(i.systems, 'in-scope system or location', 'in-scope systems or locations')}; ${plural(i.subservice, 'subservice organization')}`,
		`Readiness today: ${labelOf(READINESS, i.readiness)}`,
		`Audit firm: ${labelOf(FIRM_TIERS, i.firm)}; compliance platform: ${i.platform ? 'yes' : 'no'}; penetration test: ${i.penTest ? 'yes' : 'no'}`,
		'',
		`First-year cost: ${rangeText(e.firstYear)}`,
	];
	for (const item of e.items.filter((x) => x.included)) {
		lines.push(`  ${item.label}: ${rangeText(item.cost)}`);
	}
	lines.push(`Yearly renewal: ${rangeText(e.renewal)}`, '');
	const t = e.timeline;
	lines.push(
		`Timeline from ${formatDate(i.startDate)}: report typically by ${formatDate(t.reportDate.typical)} ` +
			`(earliest ${formatDate(t.reportDate.earliest)}, could slip to ${formatDate(t.reportDate.latest)})`,
	);
	for (const p of t.phases) {
		const length =
			p.months !== null ? `${p.months} months` : formatDurationRange(p.days.low, p.days.high);
		lines.push(
			`  ${p.label}: ${length}, typically ${formatDate(p.typical.start)} to ${formatDate(p.typical.end)}`,
		);
	}
	const verdict = deadlineVerdict(e);
	if (verdict && e.deadline) {
		lines.push('', verdict);
		for (const o of e.deadline.options) lines.push(`  - ${o.title}: ${o.detail}`);
	}
	if (e.drivers.length > 0) {
		lines.push('', 'Main drivers:');
		for (const d of e.drivers) lines.push(`  - ${d}`);
	}
	lines.push(
		'',
		'Figures blend published ranges; an audit firm can only quote after scoping your organization.',
	);
	if (shareUrl) lines.push(`Estimate: ${shareUrl}`);
	return lines.join('\n');
}

/** The estimate as CSV (RFC 4180, CRLF line ends): cost lines, totals, then the timeline. */
export function estimateCsv(e: Estimate): string {
	const rows: (string | number)[][] = [
		['Section', 'Item', 'Low', 'Typical', 'High', 'Unit', 'Typical start', 'Typical end', 'Notes'],
	];
	for (const item of e.items.filter((x) => x.included)) {
		rows.push(['First-year cost', item.label, ...rounded(item.cost), 'USD', '', '', item.basis]);
	}
	rows.push(['First-year cost', 'Total', ...rounded(e.firstYear), 'USD', '', '', '']);
	for (const item of unpricedItems(e)) {
		rows.push(['Not in the totals', item.label, '', '', '', 'USD', '', '', item.basis]);
	}
	for (const item of e.renewalItems.filter((x) => x.included)) {
		rows.push(['Yearly renewal', item.label, ...rounded(item.cost), 'USD', '', '', item.basis]);
	}
	rows.push(['Yearly renewal', 'Total', ...rounded(e.renewal), 'USD', '', '', '']);
	rows.push([
		'Staff time',
		'Internal hours, first year',
		...rounded(e.internalHours),
		'hours',
		'',
		'',
		`${formatExactDollars(e.hourlyRate)} an hour${e.hourlyRateIsDefault ? ' (default)' : ''}`,
	]);
	for (const p of e.timeline.phases) {
		rows.push([
			'Timeline',
			p.label,
			p.days.low,
			p.days.typical,
			p.days.high,
			'days',
			p.typical.start,
			p.typical.end,
			p.months !== null ? `${p.months}-month window` : '',
		]);
	}
	const r = e.timeline.reportDate;
	rows.push(['Timeline', 'Report date', r.earliest, r.typical, r.latest, 'date', '', '', '']);
	if (e.deadline) {
		rows.push([
			'Deadline',
			e.deadline.deadline,
			'',
			'',
			'',
			'date',
			'',
			'',
			deadlineVerdict(e) ?? '',
		]);
	}
	rows.push([
		'Note',
		'Estimates from published ranges, not quotes; amounts rounded to two significant figures',
		'',
		'',
		'',
		'',
		'',
		'',
		`Scope: ${describeScope(e)}`,
	]);
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
