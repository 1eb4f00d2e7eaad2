/**
 * What the visitor already has and the request carries with it: the plan from the tools, the
 * estimate summary, the readiness score, the page they came from and the campaign tags. It is read
 * from what attribution keeps for the visit and from the link that opened the form, shown to the
 * visitor before sending, and each item can be removed.
 *
 * The plan is decoded and described with the shared engagement kit (src/lib/engagement): its one
 * URL codec reads both the link and the stored tool results, and its vocabulary names the values.
 */
import {
	ATTRIBUTION_KEYS,
	mergeResult,
	parseStoredResult,
	resolveAttribution,
	type ToolResult,
} from '../attribution/attribution';
import { mergePlans, type EngagementPlan } from '../engagement/plan';
import { PLAN_KEYS, readPlanQuery, writePlanQuery } from '../engagement/url';
import {
	categoryList,
	FIRM_TIERS,
	labelOf,
	READINESS_LEVELS,
	REPORT_SCOPES,
	SIZES,
	typeLabel,
} from '../engagement/vocabulary';

/** The items a request can carry, in the order the form lists them. */
export const CONTEXT_ITEMS = ['plan', 'estimate', 'readiness', 'from', 'campaign'] as const;
export type ContextItem = (typeof CONTEXT_ITEMS)[number];

/** What the visitor has: each item's fields as name → text; items the visitor lacks are absent. */
export type RequestContext = Partial<Record<ContextItem, Record<string, string>>>;

/** Values a tool's link carries beside the plan: the chooser's headline, the estimate, the score. */
const RESULT_VALUES = ['recommendation', 'estimate', 'score'] as const;

const MAX_FROM = 200;

/**
 * A readiness score as the self-check states it (a whole number from 0 to 100), or null: a link
 * saying 'banana' must not reach the form as 'banana out of 100'.
 */
function readinessScore(raw: string | undefined): string | null {
	const value = raw?.trim() ?? '';
	if (!/^\d{1,3}$/.test(value) || Number(value) > 100) return null;
	return String(Number(value));
}

/** A site path the visitor came from, or null for anything that is not a plain path. */
function pagePath(raw: string | null | undefined): string | null {
	if (!raw) return null;
	const value = raw.trim();
	// A path on this site only ('/chapters/soc-2/'), or a named spot ('footer'): never a URL elsewhere.
	if (
		value.length > MAX_FROM ||
		!/^(?:\/[\w\-./~%]*|[a-z][a-z0-9-]*)$/i.test(value) ||
		value.startsWith('//')
	)
		return null;
	return value;
}

/** The plan the visit stored (tool results keep the plan's own query keys). */
function storedPlan(result: ToolResult, today: string): EngagementPlan {
	const query = new URLSearchParams();
	for (const key of PLAN_KEYS) {
		const value = (result as Record<string, string | undefined>)[key];
		if (value) query.set(key, value);
	}
	return readPlanQuery(query, { today }).plan;
}

/**
 * Everything the request can carry: the link's own values (a tool's consultation link) win over
 * what the visit stored, since they describe the result the visitor just acted on. `today` is the
 * visitor's date (ISO), which the codec needs for older relative deadlines.
 */
export function readContext(
	search: string,
	storedResult: string | null,
	storedAttribution: string | null,
	today: string,
): RequestContext {
	const link = readPlanQuery(search, { today, toolKeys: [...RESULT_VALUES, 'from', 'ebook'] });
	const stored = parseStoredResult(storedResult);
	const result: ToolResult = mergeResult(stored, link.toolValues);
	// Read back through the codec: a stored SOC 2 plan overridden by a link's SOC 1 drops what no longer fits.
	const plan = readPlanQuery(writePlanQuery(mergePlans(storedPlan(stored, today), link.plan)), {
		today,
	}).plan;
	const context: RequestContext = {};
	const planFields = Object.fromEntries(new URLSearchParams(writePlanQuery(plan)));
	if (result.recommendation) planFields.recommendation = result.recommendation;
	if (Object.keys(planFields).length > 0) context.plan = planFields;
	if (result.estimate) context.estimate = { estimate: result.estimate };
	const score = readinessScore(result.score);
	if (score !== null) context.readiness = { score };
	const from = pagePath(link.toolValues.from);
	if (from) context.from = { from };
	const attribution = resolveAttribution(search, storedAttribution) as Record<
		string,
		string | undefined
	>;
	const campaign: Record<string, string> = {};
	for (const key of ATTRIBUTION_KEYS) if (attribution[key]) campaign[key] = attribution[key];
	if (Object.keys(campaign).length > 0) context.campaign = campaign;
	return context;
}

/** The context without the items the visitor removed. */
export function withoutItems(context: RequestContext, removed: Iterable<string>): RequestContext {
	const out: RequestContext = { ...context };
	for (const item of removed) delete out[item as ContextItem];
	return out;
}

/** One flat record of every attached field, as the destination receives them. */
export function flattenContext(context: RequestContext): Record<string, string> {
	const out: Record<string, string> = {};
	for (const item of CONTEXT_ITEMS) Object.assign(out, context[item]);
	return out;
}

const ITEM_TITLES: Record<ContextItem, string> = {
	plan: 'Your plan',
	estimate: 'Your estimate',
	readiness: 'Your readiness score',
	from: 'The page you came from',
	campaign: 'Campaign tags of your visit',
};

/** The heading of an item as shown to the visitor. */
export function itemTitle(item: ContextItem): string {
	return ITEM_TITLES[item];
}

/** The plan in words, one line per setting, in the vocabulary's labels. */
function describePlan(fields: Record<string, string>, today: string): string[] {
	const plan = readPlanQuery(new URLSearchParams(fields), { today }).plan;
	const lines: string[] = [];
	if (fields.recommendation) lines.push(`Recommendation: ${fields.recommendation}`);
	if (plan.report) lines.push(`Report: ${labelOf(REPORT_SCOPES, plan.report)}`);
	if (plan.type) lines.push(`Type: ${typeLabel(plan.type)}`);
	if (plan.categories) lines.push(`Trust Services Categories: ${categoryList(plan.categories)}`);
	if (plan.soc3) lines.push('SOC 3: yes, for the same period');
	if (plan.readiness) lines.push(`Readiness: ${labelOf(READINESS_LEVELS, plan.readiness)}`);
	if (plan.size) lines.push(`Company size: ${labelOf(SIZES, plan.size)}`);
	if (plan.firm) lines.push(`Audit firm: ${labelOf(FIRM_TIERS, plan.firm)}`);
	if (plan.window) lines.push(`Observation window: ${plan.window} months`);
	if (plan.start) lines.push(`Start: ${plan.start}`);
	if (plan.deadline)
		lines.push(
			`Deadline: ${plan.deadline === 'none' ? 'none' : plan.deadline === 'unsure' ? 'not known yet' : plan.deadline}`,
		);
	return lines;
}

/** The lines shown under an item: plain text (the page escapes them). */
export function describeItem(
	item: ContextItem,
	fields: Record<string, string>,
	today: string,
): string[] {
	switch (item) {
		case 'plan':
			return describePlan(fields, today);
		case 'readiness':
			return [`${fields.score ?? ''} out of 100`];
		case 'campaign':
			return Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
		default:
			return Object.values(fields);
	}
}
