// Hand-off to the cost and time estimator, per the shared query contract:
//   report = soc1 | soc2 | both, type = 1 | 2, tsc = comma list, soc3 = 1,
//   readiness = none | informal | documented | mature.

import type { BandId } from './bands';
import type { ReadinessResult } from './score';
import { planOfState, type ReadinessState } from './url-state';
import type { EngagementPlan } from '../engagement/plan';
import { soc3Fits } from '../engagement/soc3';
import { writePlanQuery } from '../engagement/url';
import type { ReadinessLevel } from '../engagement/vocabulary';

/** The estimator's readiness levels, least to most prepared (the shared vocabulary's). */
export type EstimatorReadiness = ReadinessLevel;

/**
 * How each band maps to the estimator's readiness input. The bands were drawn to match the
 * contract's definitions: "not ready" means little exists (none); "material gaps" is where a team
 * with practices but no evidence lands (informal, e.g. everything in place but unevidenced scores 50);
 * "minor gaps" means documented controls with some evidence (documented); "ready" means controls
 * operating with evidence collected (mature).
 */
export const ESTIMATOR_READINESS: Record<BandId, EstimatorReadiness> = {
	'not-ready': 'none',
	material: 'informal',
	minor: 'documented',
	ready: 'mature',
};

/**
 * The estimator query (without `?`) for this state and result: the plan the self-check was given
 * (scope, type, SOC 3, dates) with the readiness level its answers show, then attribution keys.
 * Readiness is left out when nothing applicable was answered, so the estimator uses its own default
 * rather than a guess. A SOC 3 that does not fit the plan is left out by the shared rule.
 */
export function estimatorPlan(state: ReadinessState, result: ReadinessResult): EngagementPlan {
	const plan: EngagementPlan = { ...planOfState(state) };
	if (plan.soc3 && !soc3Fits({ report: plan.report ?? 'soc2', type: plan.type ?? 2 }))
		delete plan.soc3;
	if (result.band) plan.readiness = ESTIMATOR_READINESS[result.band];
	return plan;
}

/** The estimator query (without `?`): the plan, then the visit's attribution. */
export function estimatorQuery(state: ReadinessState, result: ReadinessResult): string {
	return writePlanQuery(estimatorPlan(state, result), { attribution: state.attribution });
}
