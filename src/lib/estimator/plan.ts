/**
 * The estimator's inputs as the shared engagement plan, without the URL codec: the links and the
 * scope fields are written by ./link, which the page loads after its first screen.
 */
import { defaultInputs } from './inputs';
import type { EstimateInputs } from './types';
import type { EngagementPlan } from '../engagement/plan';

/** The plan these inputs stand for: what differs from the defaults, plus the start and deadline. */
export function planOfInputs(inputs: EstimateInputs): EngagementPlan {
	const d = defaultInputs(inputs.startDate);
	const plan: EngagementPlan = { start: inputs.startDate };
	if (inputs.report !== d.report) plan.report = inputs.report;
	if (inputs.type !== d.type) plan.type = inputs.type;
	// Categories are SOC 2's; a SOC 1 link does not carry them (the model ignores them too).
	if (inputs.report !== 'soc1' && inputs.categories.join() !== d.categories.join())
		plan.categories = inputs.categories;
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
