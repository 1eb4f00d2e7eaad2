// Hand-off to the cost and time estimator, per the shared query contract:
//   report = soc1 | soc2 | both, type = 1 | 2, tsc = comma list, soc3 = 1,
//   readiness = none | informal | documented | mature.

import type { BandId } from './bands';
import { OPTIONAL_CATEGORIES } from './model';
import type { ReadinessResult } from './score';
import { includesSoc2 } from './scope';
import type { ReadinessState } from './url-state';

/** The estimator's readiness levels, least to most prepared. */
export type EstimatorReadiness = 'none' | 'informal' | 'documented' | 'mature';

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
 * The estimator query (without `?`) for this state and result: the scope, any type or SOC 3 choice
 * carried from the chooser, the readiness level, then attribution keys. Readiness is left out when
 * nothing applicable was answered, so the estimator uses its own default rather than a guess.
 */
export function estimatorQuery(state: ReadinessState, result: ReadinessResult): string {
	const params = new URLSearchParams();
	params.set('report', state.scope.report);
	if (state.carry.type) params.set('type', state.carry.type);
	if (includesSoc2(state.scope)) {
		const chosen = OPTIONAL_CATEGORIES.map((c) => c.id).filter((id) =>
			state.scope.categories.includes(id),
		);
		params.set('tsc', ['security', ...chosen].join(','));
		if (state.carry.soc3) params.set('soc3', state.carry.soc3);
	}
	if (result.band) params.set('readiness', ESTIMATOR_READINESS[result.band]);
	for (const [key, value] of state.attribution) params.append(key, value);
	// Commas are legal in a query and the contract writes lists with them; keep them readable.
	return params.toString().replaceAll('%2C', ',');
}
