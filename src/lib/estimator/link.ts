/**
 * The estimator's inputs as a link: the query string that reproduces them, the shared contract
 * fields, and whether a query string carries settings at all.
 */
import { defaultInputs } from './inputs';
import type { EstimateInputs } from './types';
import type { EngagementPlan } from '../engagement/plan';
import { writePlanQuery } from '../engagement/url';

/**
 * The shared query-contract fields of these inputs (report, type, tsc, soc3, readiness), always
 * written, defaults included: what analytics and the consultation link report as the scope.
 */
export function contractQuery(inputs: EstimateInputs): URLSearchParams {
	const { report, type, categories, soc3, readiness } = inputs;
	return new URLSearchParams(
		writePlanQuery({ report, type, readiness, ...(report !== 'soc1' ? { categories } : {}), ...(soc3 ? { soc3 } : {}) }),
	);
}

/** The plan these inputs stand for: what differs from the defaults, plus the start and deadline. */
export function planOfInputs(inputs: EstimateInputs): EngagementPlan {
	const d = defaultInputs(inputs.startDate);
	const plan: EngagementPlan = { start: inputs.startDate };
	if (inputs.report !== d.report) plan.report = inputs.report;
	if (inputs.type !== d.type) plan.type = inputs.type;
	// Categories are SOC 2's; a SOC 1 link does not carry them (the model ignores them too).
	if (inputs.report !== 'soc1' && inputs.categories.join() !== d.categories.join()) plan.categories = inputs.categories;
	if (inputs.soc3) plan.soc3 = true;
	if (inputs.readiness !== d.readiness) plan.readiness = inputs.readiness;
	if (inputs.size !== d.size) plan.size = inputs.size;
	if (inputs.systems !== d.systems) plan.systems = inputs.systems;
	if (inputs.subservice !== d.subservice) plan.subservice = inputs.subservice;
	if (inputs.window !== d.window) plan.window = inputs.window;
	if (inputs.firm !== d.firm) plan.firm = inputs.firm;
	if (inputs.platform !== d.platform) plan.platform = inputs.platform;
	if (inputs.penTest !== d.penTest) plan.penTest = inputs.penTest;
	if (inputs.hourlyRate !== null) plan.hourlyRate = inputs.hourlyRate;
	if (inputs.deadline !== null) plan.deadline = inputs.deadline;
	return plan;
}

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
