/** The shared tool query contract as an analytics payload (kept apart so pages without tools never load it). */
import { todayIso } from '../engagement/dates';
import { readPlanQuery, writePlanQuery } from '../engagement/url';
import type { ToolScope } from './events';

const SCOPE_KEYS: readonly string[] = [
	'report',
	'type',
	'tsc',
	'soc3',
	'readiness',
] satisfies (keyof ToolScope)[];

/**
 * The contract fields of a tool's plan link ('report=soc2&type=2&tsc=security,…'), as the one
 * codec reads and writes them, for an event payload; other keys (attribution, estimator details)
 * and values the codec does not accept are left out.
 */
export function toolScope(query: string | URLSearchParams | null): ToolScope {
	const { plan } = readPlanQuery(query ?? '', { today: todayIso() });
	const scope: Record<string, string> = {};
	for (const [key, value] of new URLSearchParams(writePlanQuery(plan)))
		if (SCOPE_KEYS.includes(key)) scope[key] = value;
	return scope as ToolScope;
}
