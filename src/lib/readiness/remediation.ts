/**
 * How long closing the gaps takes at a band's readiness level, in the estimator's words and
 * figures: the model's remediation phase for the self-check's plan. No duration is written here.
 */
import { formatDurationRange } from '../estimator/format';
import { formatDate, type IsoDate } from '../engagement/dates';
import { deadlineDate, type EngagementPlan } from '../engagement/plan';
import { remediationDays, reportDates } from '../engagement/timeline';
import { labelOf, READINESS_LEVELS, typeLabel } from '../engagement/vocabulary';
import type { BandId } from './bands';
import { ESTIMATOR_READINESS } from './estimator';

/** The remediation time for a band, as a range in words ('3–12 weeks'), from the model. */
export function remediationTime(plan: EngagementPlan, band: BandId, today: IsoDate): string {
	const days = remediationDays({ ...plan, readiness: ESTIMATOR_READINESS[band] }, today);
	return formatDurationRange(days.low, days.high);
}

/** The sentence the results show under the band. */
export function remediationSentence(plan: EngagementPlan, band: BandId, today: IsoDate): string {
	const level = labelOf(READINESS_LEVELS, ESTIMATOR_READINESS[band]);
	const time = remediationTime(plan, band, today);
	return time === 'none'
		? `The estimator plans no remediation time at this level (“${level}”).`
		: `The estimator plans ${time} of remediation for this scope at this level (“${level}”), before an observation window starts.`;
}

/**
 * What the plan's deadline means at a band's readiness level, in the estimator's dates for the
 * same plan; null when the plan has no deadline.
 */
export function deadlineSentence(
	plan: EngagementPlan,
	band: BandId,
	today: IsoDate,
): string | null {
	const due = deadlineDate(plan);
	if (!due) return null;
	const dates = reportDates({ ...plan, readiness: ESTIMATOR_READINESS[band] }, today);
	const report = typeLabel(plan.type ?? 2);
	const verdict =
		dates.typical <= due
			? 'in time for your date'
			: dates.earliest <= due
				? 'so your date is tight'
				: 'after your date even at the fastest';
	return `You need the report by ${formatDate(due)}. At this level the estimator expects the ${report} report typically by ${formatDate(dates.typical)} (earliest ${formatDate(dates.earliest)}), ${verdict}.`;
}
