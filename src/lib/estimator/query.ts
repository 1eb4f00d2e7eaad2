/**
 * The estimator's URL state: its inputs are the engagement plan (the chooser's and the self-check's
 * hand-off, a shared link, or anything a visitor types), read by the shared codec and completed with
 * the model's defaults. Reading never throws: every unusable value is explained in a notice. The page
 * loads this module only when its link carries settings; the field parsers live in ./fields.
 */
import { capNotices, MAX_NOTICES } from '../engagement/notices';
import { inputsForPlan } from '../engagement/timeline';
import { readPlanQuery, type PlanKey } from '../engagement/url';
import type { EstimateInputs, Notice } from './types';

export { echo, FIELD_PARSERS, QUERY_KEYS, type FieldResult, type QueryKey } from './fields';
export { contractQuery, hasSettings, toEstimateQuery } from './link';
export { MAX_NOTICES };

/** The inputs a link asks for, with a notice for everything that could not be used. */
export interface ParsedQuery {
	inputs: EstimateInputs;
	notices: Notice[];
	/** Keys whose values were taken from the query. */
	applied: PlanKey[];
	/** The note that says where the settings came from, or null when the link set none. */
	prefill: string | null;
}

/** The scope a chooser hands on: report, type, categories, SOC 3 and readiness (never a start date). */
const CHOOSER_KEYS: readonly PlanKey[] = ['report', 'type', 'tsc', 'soc3', 'readiness'];

/**
 * Where a link's settings came from, in a sentence: the chooser's hand-off sets scope fields and no
 * start date; any other link with settings (a shared estimate writes its start date) is "a link".
 */
export function prefillNote(applied: readonly PlanKey[]): string | null {
	if (applied.length === 0) return null;
	const fromChooser =
		!applied.includes('start') && applied.some((key) => CHOOSER_KEYS.includes(key));
	return fromChooser
		? 'Filled in from your answers in the report chooser. Change anything below.'
		: 'Filled in from the link you followed. Change anything below.';
}

/**
 * Reads estimator inputs from a query string ('?a=b&…' or 'a=b&…'). `today` (ISO) is the start
 * date when the query has none. Unknown keys and unusable values become notices; never throws.
 */
export function parseEstimateQuery(search: string, today: string): ParsedQuery {
	const read = readPlanQuery(search, { today });
	return {
		inputs: inputsForPlan(read.plan, today),
		notices: capNotices(read.notices),
		applied: read.applied,
		prefill: prefillNote(read.applied),
	};
}
