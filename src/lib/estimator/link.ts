/**
 * The estimator's inputs as a link: the query string that reproduces them, the links that hand the
 * plan to the other tools, and whether a query string carries settings at all. It carries the
 * shared URL codec, so the estimator page loads it after its first render.
 */
import type { Attribution } from '../attribution/attribution';
import { planOfInputs } from './plan';
import type { EstimateInputs } from './types';
import { scopeOf } from '../engagement/plan';
import { planHref, writePlanQuery } from '../engagement/url';

export { contractQuery, planOfInputs } from './plan';

/**
 * Writes inputs as a query string (without '?') that `parseEstimateQuery` reads back to the same
 * inputs: the plan's canonical link. Values equal to the defaults are left out to keep shared links
 * short; the start date is always written because the dates depend on it.
 */
export function toEstimateQuery(inputs: EstimateInputs): string {
	return writePlanQuery(planOfInputs(inputs));
}

/**
 * Whether a query string carries anything for the estimator to read: any setting but the campaign
 * attribution that travels with every visit. Without one, the link means the defaults.
 */
export { hasPlanSettings as hasSettings } from '../engagement/url';

/**
 * A link to another tool (its base-aware path) carrying these inputs' scope, readiness and dates,
 * with the visit's campaign tags.
 */
export function handOnHref(path: string, inputs: EstimateInputs, attribution: Attribution): string {
	return planHref(path, scopeOf(planOfInputs(inputs)), { attribution: Object.entries(attribution) });
}
