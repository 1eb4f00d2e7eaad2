/**
 * How long closing the gaps takes at a band's readiness level, in the estimator's words and
 * figures: the model's remediation phase for the self-check's plan. No duration is written here.
 */
import { formatDurationRange } from '../estimator/format';
import type { IsoDate } from '../engagement/dates';
import type { EngagementPlan } from '../engagement/plan';
import { remediationDays } from '../engagement/timeline';
import { labelOf, READINESS_LEVELS } from '../engagement/vocabulary';
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
