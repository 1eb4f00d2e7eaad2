/**
 * The deadline check: whether the typical report date meets a customer's deadline, what could
 * help when it does not, and the verdict in a sentence. Only estimates with a deadline need it,
 * so the page loads it on demand.
 */
import { V } from './values';
import { addDays, daysBetween } from '../engagement/dates';
import { formatDate } from './format';
import { buildTimeline } from './model';
import {
	WINDOWS,
	type DeadlineCheck,
	type DeadlineOption,
	type Estimate,
	type EstimateInputs,
	type Timeline,
} from './types';

/** Whether the typical report date meets the customer's deadline, and what could help if not. */
export function checkDeadline(
	inputs: EstimateInputs,
	timeline: Timeline,
	today: string,
): DeadlineCheck | null {
	const deadline = inputs.deadline;
	if (!deadline) return null;
	const { earliest, typical } = timeline.reportDate;
	const status = typical <= deadline ? 'on-track' : earliest <= deadline ? 'tight' : 'not-feasible';
	const options: DeadlineOption[] = [];
	if (status !== 'on-track') {
		if (inputs.type === 2) {
			const t1 = buildTimeline({ ...inputs, type: 1 }).reportDate;
			options.push({
				id: 'type1-first',
				title: 'Get a Type 1 report first',
				detail:
					`A Type 1 tests the design of your controls on one date. It would typically arrive by ` +
					`${formatDate(t1.typical)} (earliest ${formatDate(t1.earliest)}). Start the Type 2 ` +
					`window straight after; many buyers accept a Type 1 while the Type 2 is under way, ` +
					`but some insist on a Type 2.`,
				typicalReportDate: t1.typical,
				meetsDeadline: t1.typical <= deadline,
			});
		}
		if (inputs.type === 2 && inputs.window > WINDOWS[0]) {
			const shorter = WINDOWS.filter((w) => w < inputs.window)
				.map((w) => ({ w, date: buildTimeline({ ...inputs, window: w }).reportDate.typical }))
				.reverse();
			const fits = shorter.find((s) => s.date <= deadline);
			// `shorter` is not empty: the window is longer than the shortest one.
			const pick = fits ?? shorter.at(-1)!;
			options.push({
				id: 'shorter-window',
				title: `Use a ${pick.w}-month first window`,
				detail:
					`With a ${pick.w}-month window the report would typically arrive by ` +
					`${formatDate(pick.date)}. Three months is the shortest period most firms accept and ` +
					`some customers want six or more; the next report then covers a full year.`,
				typicalReportDate: pick.date,
				meetsDeadline: pick.date <= deadline,
			});
		}
		if (!inputs.platform) {
			const withPlatform = buildTimeline({ ...inputs, platform: true }).reportDate.typical;
			if (withPlatform < typical) {
				options.push({
					id: 'platform',
					title: 'Prepare with a compliance-automation platform',
					detail:
						`Automated evidence collection shortens readiness and remediation (not the ` +
						`observation window); the report would typically arrive by ${formatDate(withPlatform)}.`,
					typicalReportDate: withPlatform,
					meetsDeadline: withPlatform <= deadline,
				});
			}
		}
		// Starting sooner helps only while the start date it needs is still ahead; a date that has
		// passed is never offered.
		const startBy = addDays(deadline, -timeline.totalDays.typical);
		if (startBy >= today && startBy < inputs.startDate) {
			options.push({
				id: 'start-earlier',
				title: 'Start sooner',
				detail: `At the typical pace, this plan meets the deadline if work starts by ${formatDate(startBy)}.`,
				typicalReportDate: deadline,
				meetsDeadline: true,
			});
		}
		options.push({
			id: 'bridge-letter',
			title: 'If you already have a SOC report: a bridge letter',
			detail:
				`A bridge letter, signed by your own management rather than the auditor, covers a gap of up ` +
				`to about ${V.bridgeLetterMonths} months after an existing report's period ends, until the ` +
				`new report typically arrives by ${formatDate(typical)}. It cannot stand in for a first report.`,
			typicalReportDate: typical,
			meetsDeadline: false,
		});
		options.push({
			id: 'realistic-date',
			title: 'Tell the customer a realistic date',
			detail:
				`By this estimate the report typically arrives by ${formatDate(typical)} (earliest ` +
				`${formatDate(earliest)}). Say so early, and ask whether a signed engagement letter and ` +
				`that date will do meanwhile.`,
			typicalReportDate: typical,
			meetsDeadline: false,
		});
	}
	return {
		deadline,
		status,
		typicalMarginDays: daysBetween(typical, deadline),
		options,
	};
}

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
