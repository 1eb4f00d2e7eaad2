/** The shared tool query contract as an analytics payload (kept apart so pages without tools never load it). */
import type { ToolScope } from './events';

const SCOPE_KEYS = ['report', 'type', 'tsc', 'soc3', 'readiness'] as const;

/**
 * The contract fields of a tool's estimator query ('report=soc2&type=2&tsc=security,…'), for an
 * event payload; other keys (attribution, estimator details) are left out.
 */
export function toolScope(query: string | URLSearchParams | null): ToolScope {
	const params = new URLSearchParams(query ?? '');
	const scope: ToolScope = {};
	for (const key of SCOPE_KEYS) {
		const value = params.get(key);
		if (value) scope[key] = value;
	}
	return scope;
}
