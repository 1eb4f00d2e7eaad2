/**
 * Text forms of an estimate: the plain-text summary a visitor copies, the CSV they download,
 * and the one-line summary carried to the consultation link.
 */
import { categoryLabels, reportName } from './model';
import {
	daysToMonths,
	formatCount,
	formatDate,
	formatDurationRange,
	formatMoney,
	formatMoneyRange,
	formatMoneyShort,
	formatMonthYear,
	plural,
} from './format';
import { FIRM_TIERS, READINESS, SIZES, type Estimate, type Range } from './types';

const labelOf = <T extends string>(list: readonly { id: T; label: string }[], id: T) =>
	list.find((o) => o.id === id)?.label ?? id;

/** One line describing what was estimated, e.g. 'SOC 2 Type II (Security), 6-month window'. */
export function describeScope(e: Estimate): string {
	const i = e.inputs;
	const cats = categoryLabels(i);
	let text = reportName(i);
	if (cats.length > 0) text += ` (${cats.join(', ')})`;
	if (i.type === 2) text += `, ${i.window}-month observation window`;
	if (i.report !== 'soc1' && i.soc3 && i.type === 2) text += ', plus a SOC 3';
	return text;
}

const rangeText = (r: Range) => `${formatMoneyRange(r)} (typical ${formatMoney(r.typical)})`;

/** The deadline verdict in a sentence. */
export function deadlineVerdict(e: Estimate): string | null {
	const d = e.deadline;
	if (!d) return null;
	const when = formatDate(d.deadline);
	if (d.status === 'on-track') return `The typical report date meets the deadline of ${when}.`;
	if (d.status === 'tight') {
		return `The deadline of ${when} is possible only if everything goes quickly; the typical report date is later.`;
	}
	return `The deadline of ${when} is earlier than even the fastest version of this plan.`;
}

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
		const length = p.months !== null ? `${p.months} months` : formatDurationRange(p.days.low, p.days.high);
		lines.push(`  ${p.label}: ${length}, typically ${formatDate(p.typical.start)} to ${formatDate(p.typical.end)}`);
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

/** One CSV cell: quoted when needed, and defused when a spreadsheet could read it as a formula. */
export function csvCell(value: string | number): string {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = value;
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The estimate as CSV (RFC 4180, CRLF line ends): cost lines, totals, then the timeline. */
export function estimateCsv(e: Estimate): string {
	const rows: (string | number)[][] = [
		['Section', 'Item', 'Low', 'Typical', 'High', 'Unit', 'Typical start', 'Typical end', 'Notes'],
	];
	for (const item of e.items.filter((x) => x.included)) {
		rows.push(['First-year cost', item.label, item.cost.low, item.cost.typical, item.cost.high, 'USD', '', '', item.basis]);
	}
	rows.push(['First-year cost', 'Total', e.firstYear.low, e.firstYear.typical, e.firstYear.high, 'USD', '', '', '']);
	for (const item of e.renewalItems.filter((x) => x.included)) {
		rows.push(['Yearly renewal', item.label, item.cost.low, item.cost.typical, item.cost.high, 'USD', '', '', item.basis]);
	}
	rows.push(['Yearly renewal', 'Total', e.renewal.low, e.renewal.typical, e.renewal.high, 'USD', '', '', '']);
	rows.push(['Staff time', 'Internal hours, first year', e.internalHours.low, e.internalHours.typical, e.internalHours.high, 'hours', '', '', `${formatMoney(e.hourlyRate)} an hour${e.hourlyRateIsDefault ? ' (default)' : ''}`]);
	for (const p of e.timeline.phases) {
		rows.push(['Timeline', p.label, p.days.low, p.days.typical, p.days.high, 'days', p.typical.start, p.typical.end, p.months !== null ? `${p.months}-month window` : '']);
	}
	const r = e.timeline.reportDate;
	rows.push(['Timeline', 'Report date', r.earliest, r.typical, r.latest, 'date', '', '', '']);
	if (e.deadline) {
		rows.push(['Deadline', e.deadline.deadline, '', '', '', 'date', '', '', deadlineVerdict(e) ?? '']);
	}
	rows.push(['Note', 'Estimates from published ranges, not quotes', '', '', '', '', '', '', `Scope: ${describeScope(e)}`]);
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
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
		`typical ${formatMoneyShort(e.firstYear.typical)} first year`,
		`report ~${formatMonthYear(e.timeline.reportDate.typical)}`,
	];
	return parts.filter((p): p is string => p !== null).join('; ').slice(0, 180);
}

/** The headline time figure: typical months from start to report. */
export function typicalMonths(e: Estimate): number {
	return daysToMonths(e.timeline.totalDays.typical);
}

/** Internal hours as text, e.g. '250–600 hours'. */
export function hoursText(e: Estimate): string {
	return `${formatCount(e.internalHours.low)}–${formatCount(e.internalHours.high)} hours`;
}
