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

export { planOfInputs } from './plan';
// The analytics scope is written with the same codec: the page reports changes through this module.
export { toolScope } from '../analytics/tool-scope';

/**
 * The shared query-contract fields of these inputs (report, type, tsc, soc3, readiness), always
 * written, defaults included: what analytics and the consultation link report as the scope.
 */
export function contractQuery(inputs: EstimateInputs): URLSearchParams {
	const { report, type, categories, soc3, readiness } = inputs;
	return new URLSearchParams(
		writePlanQuery({
			report,
			type,
			readiness,
			...(report !== 'soc1' ? { categories } : {}),
			...(soc3 ? { soc3 } : {}),
		}),
	);
}

/**
 * Writes inputs as a query string (without '?') that `parseEstimateQuery` reads back to the same
 * inputs: the plan's canonical link. Values equal to the defaults are left out to keep shared links
 * short; the start date is always written because the dates depend on it.
 */
export function toEstimateQuery(inputs: EstimateInputs): string {
	return writePlanQuery(planOfInputs(inputs));
}

/** The address that reopens this estimate: the estimator page's URL (no query) with its query. */
export function estimateAddress(page: string, inputs: EstimateInputs): string {
	return `${page}?${toEstimateQuery(inputs)}`;
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
	return planHref(path, scopeOf(planOfInputs(inputs)), {
		attribution: Object.entries(attribution),
	});
}
