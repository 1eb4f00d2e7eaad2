/**
 * What the visitor already has and the request carries with it: the plan from the tools, the
 * estimate summary, the readiness score, the page they came from and the campaign tags. It is read
 * from what attribution keeps for the visit and from the link that opened the form, shown to the
 * visitor before sending, and each item can be removed.
 *
 * This module adapts the attribution record (src/lib/attribution); it does not know the tools' own
 * vocabulary beyond the keys attribution already carries.
 */
import {
	ATTRIBUTION_KEYS,
	mergeResult,
	parseStoredResult,
	resolveAttribution,
	type Attribution,
	type ToolResult,
} from '../attribution/attribution';

/** The items a request can carry, in the order the form lists them. */
export const CONTEXT_ITEMS = ['plan', 'estimate', 'readiness', 'from', 'campaign'] as const;
export type ContextItem = (typeof CONTEXT_ITEMS)[number];

/** Plan fields as attribution carries them (the tools' shared contract). */
const PLAN_KEYS = ['recommendation', 'report', 'type', 'tsc', 'soc3', 'readiness'] as const;

/** What the visitor has: each item's fields as name → text; items the visitor lacks are absent. */
export type RequestContext = Partial<Record<ContextItem, Record<string, string>>>;

const MAX_FROM = 200;

/** A site path the visitor came from, or null for anything that is not a plain path. */
function pagePath(raw: string | null | undefined): string | null {
	if (!raw) return null;
	const value = raw.trim();
	// A path on this site only ('/chapters/soc-2/'), or a named spot ('footer'): never a URL elsewhere.
	if (value.length > MAX_FROM || !/^(?:\/[\w\-./~%]*|[a-z][a-z0-9-]*)$/i.test(value) || value.startsWith('//')) return null;
	return value;
}

function pick(result: ToolResult, keys: readonly string[]): Record<string, string> | undefined {
	const out: Record<string, string> = {};
	for (const key of keys) {
		const value = (result as Record<string, string | undefined>)[key];
		if (value) out[key] = value;
	}
	return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Everything the request can carry: the link's own values (a tool's consultation link) win over
 * what the visit stored, since they describe the result the visitor just acted on.
 */
export function readContext(search: string, storedResult: string | null, storedAttribution: string | null): RequestContext {
	const params = new URLSearchParams(search);
	const result: ToolResult = mergeResult(parseStoredResult(storedResult), Object.fromEntries(params));
	const attribution: Attribution = resolveAttribution(search, storedAttribution);
	const context: RequestContext = {};
	const plan = pick(result, PLAN_KEYS);
	if (plan) context.plan = plan;
	if (result.estimate) context.estimate = { estimate: result.estimate };
	if (result.score) context.readiness = { score: result.score };
	const from = pagePath(params.get('from'));
	if (from) context.from = { from };
	const campaign = pick(attribution as ToolResult, ATTRIBUTION_KEYS);
	if (campaign) context.campaign = campaign;
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

const PLAN_LABELS: Record<string, string> = {
	recommendation: 'Recommendation',
	report: 'Report',
	type: 'Type',
	tsc: 'Trust Services categories',
	soc3: 'SOC 3 as well',
	readiness: 'Readiness',
};

/** The heading of an item as shown to the visitor. */
export function itemTitle(item: ContextItem): string {
	return ITEM_TITLES[item];
}

/** The lines shown under an item: "label: value" pairs of plain text (the page escapes them). */
export function describeItem(item: ContextItem, fields: Record<string, string>): string[] {
	switch (item) {
		case 'plan':
			return Object.entries(fields).map(([k, v]) => `${PLAN_LABELS[k] ?? k}: ${k === 'soc3' ? (v === '1' ? 'yes' : 'no') : v}`);
		case 'readiness':
			return [`${fields.score ?? ''} out of 100`];
		default:
			return Object.entries(fields).map(([k, v]) => (item === 'campaign' ? `${k}: ${v}` : v));
	}
}
