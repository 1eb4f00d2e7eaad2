/**
 * The estimator's inputs as a link: the query string that reproduces them, the shared contract
 * fields, and whether a query string carries settings at all.
 */
import { ATTRIBUTION_KEYS } from '../attribution/attribution';
import { defaultInputs } from './inputs';
import type { EstimateInputs } from './types';

/**
 * The shared query-contract fields of these inputs (report, type, tsc, soc3, readiness), always
 * written, defaults included: what analytics and the consultation link report as the scope.
 */
export function contractQuery(inputs: EstimateInputs): URLSearchParams {
	const params = new URLSearchParams({ report: inputs.report, type: String(inputs.type), readiness: inputs.readiness });
	if (inputs.report !== 'soc1') params.set('tsc', inputs.categories.join(','));
	if (inputs.soc3) params.set('soc3', '1');
	return params;
}

/**
 * Writes inputs as a query string (without '?') that `parseEstimateQuery` reads back to the same
 * inputs. Values equal to the defaults are left out to keep shared links short; the start date
 * is always written because the dates depend on it.
 */
export function toEstimateQuery(inputs: EstimateInputs): string {
	const d = defaultInputs(inputs.startDate);
	const params = new URLSearchParams();
	const set = (key: string, value: string, fallback: string) => {
		if (value !== fallback) params.set(key, value);
	};
	set('report', inputs.report, d.report);
	set('type', String(inputs.type), String(d.type));
	set('tsc', inputs.categories.join(','), d.categories.join(','));
	set('soc3', inputs.soc3 ? '1' : '0', '0');
	set('readiness', inputs.readiness, d.readiness);
	set('size', inputs.size, d.size);
	set('systems', String(inputs.systems), String(d.systems));
	set('subservice', String(inputs.subservice), String(d.subservice));
	set('window', String(inputs.window), String(d.window));
	set('firm', inputs.firm, d.firm);
	set('platform', inputs.platform ? '1' : '0', d.platform ? '1' : '0');
	set('pentest', inputs.penTest ? '1' : '0', d.penTest ? '1' : '0');
	if (inputs.hourlyRate !== null) params.set('rate', String(inputs.hourlyRate));
	params.set('start', inputs.startDate);
	if (inputs.deadline !== null) params.set('deadline', inputs.deadline);
	// Commas in the category list read better unescaped, and URLSearchParams accepts them.
	return params.toString().replace(/%2C/g, ',');
}

/**
 * Whether a query string carries anything for the estimator to read: any key but the campaign
 * attribution that travels with every visit. Without one, the link means the defaults.
 */
export function hasSettings(search: string): boolean {
	for (const key of new URLSearchParams(search).keys()) {
		if (!(ATTRIBUTION_KEYS as readonly string[]).includes(key.trim().toLowerCase())) return true;
	}
	return false;
}
