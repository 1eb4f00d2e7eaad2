/**
 * The estimator's URL state: reading inputs from a query string (the chooser's hand-off, a
 * shared link, or anything a visitor types). Reading never throws: every unusable value is
 * replaced by its default and explained in a notice. The page loads this module only when its
 * link carries settings; the field parsers live in ./fields and the link writer in ./link.
 */
import { ATTRIBUTION_KEYS } from '../attribution/attribution';
import { defaultInputs, normalizeCategories, soc3Applies } from './inputs';
import {
	FIELD_PARSERS,
	given,
	QUERY_KEYS,
	type FieldResult,
	type QueryKey,
} from './fields';
import {
	CATEGORIES,
	FIRM_TIERS,
	READINESS,
	REPORTS,
	SIZES,
	type EstimateInputs,
	type Notice,
} from './types';

export { echo, FIELD_PARSERS, QUERY_KEYS, type FieldResult, type QueryKey } from './fields';
export { contractQuery, hasSettings, toEstimateQuery } from './link';

/** Most notices shown for one query; a mangled link should not bury the page in messages. */
export const MAX_NOTICES = 6;

/** The inputs a link asks for, with a notice for everything that could not be used. */
export interface ParsedQuery {
	inputs: EstimateInputs;
	notices: Notice[];
	/** Keys whose values were taken from the query (for a "pre-filled from…" note). */
	applied: QueryKey[];
}

/**
 * Reads estimator inputs from a query string ('?a=b&…' or 'a=b&…'). `today` (ISO) is the start
 * date when the query has none. Unknown keys and unusable values become notices; never throws.
 */
export function parseEstimateQuery(search: string, today: string): ParsedQuery {
	const inputs = defaultInputs(today);
	const notices: Notice[] = [];
	const applied: QueryKey[] = [];
	const note = (field: string, message: string) => notices.push({ field, message });
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return {
			inputs,
			notices: [{ field: 'query', message: 'The link’s settings could not be read.' }],
			applied,
		};
	}
	const seen = new Set<string>();
	const values = new Map<QueryKey, string>();
	for (const [rawKey, rawValue] of params) {
		const key = rawKey.trim().toLowerCase();
		if ((ATTRIBUTION_KEYS as readonly string[]).includes(key)) continue;
		if (!(QUERY_KEYS as readonly string[]).includes(key)) {
			if (!seen.has(`?${key}`))
				note(key || 'query', `Ignored an unknown setting, ${given(rawKey)}.`);
			seen.add(`?${key}`);
			continue;
		}
		if (seen.has(key)) {
			if (!seen.has(`twice:${key}`))
				note(key, `“${key}” appears more than once; the first value is used.`);
			seen.add(`twice:${key}`);
			continue;
		}
		seen.add(key);
		const value = rawValue.trim();
		// An empty value (report=) means "not set", not an error.
		if (value !== '') values.set(key as QueryKey, value);
	}

	const take = <T>(key: QueryKey, apply: (value: T) => void) => {
		const raw = values.get(key);
		if (raw === undefined) return;
		const result = (
			FIELD_PARSERS[key as keyof typeof FIELD_PARSERS] as (r: string) => FieldResult<T>
		)(raw);
		if (result.ok) {
			apply(result.value);
			applied.push(key);
		} else {
			note(key, `${result.message} ${DEFAULT_NOTE[key](inputs)}`);
		}
	};

	take<EstimateInputs['report']>('report', (v) => (inputs.report = v));
	take<1 | 2>('type', (v) => (inputs.type = v));
	const tsc = values.get('tsc');
	if (tsc !== undefined) {
		const parts = tsc
			.split(',')
			.map((p) => p.trim().toLowerCase())
			.filter((p) => p !== '');
		const known = CATEGORIES.map((c) => c.id as string);
		const unknown = parts.filter((p) => !known.includes(p));
		if (unknown.length > 0) {
			const list = unknown
				.slice(0, 3)
				.map((u) => given(u))
				.join(', ');
			note(
				'tsc',
				`Ignored unknown Trust Services ${unknown.length === 1 ? 'category' : 'categories'} ${list}${unknown.length > 3 ? ' and more' : ''}.`,
			);
		}
		inputs.categories = normalizeCategories(parts.filter((p) => known.includes(p)));
		if (parts.some((p) => known.includes(p))) applied.push('tsc');
	}
	take<boolean>('soc3', (v) => (inputs.soc3 = v));
	take<EstimateInputs['readiness']>('readiness', (v) => (inputs.readiness = v));
	take<EstimateInputs['size']>('size', (v) => (inputs.size = v));
	take<number>('systems', (v) => (inputs.systems = v));
	take<number>('subservice', (v) => (inputs.subservice = v));
	take<EstimateInputs['window']>('window', (v) => (inputs.window = v));
	take<EstimateInputs['firm']>('firm', (v) => (inputs.firm = v));
	take<boolean>('platform', (v) => (inputs.platform = v));
	take<boolean>('pentest', (v) => (inputs.penTest = v));
	take<number>('rate', (v) => (inputs.hourlyRate = v));
	take<string>('start', (v) => (inputs.startDate = v));
	take<string>('deadline', (v) => (inputs.deadline = v));

	if (inputs.soc3 && !soc3Applies(inputs)) {
		inputs.soc3 = false;
		note(
			'soc3',
			'A SOC 3 is issued from a SOC 2 Type II examination, so it was left out of this estimate.',
		);
	}
	if (inputs.deadline !== null && inputs.deadline <= inputs.startDate) {
		note(
			'deadline',
			`The deadline (${inputs.deadline}) must fall after the start date (${inputs.startDate}), so it was ignored.`,
		);
		inputs.deadline = null;
	}
	if (notices.length > MAX_NOTICES) {
		const hidden = notices.length - (MAX_NOTICES - 1);
		notices.splice(MAX_NOTICES - 1, notices.length, {
			field: 'query',
			message: `${hidden} more settings in the link could not be used and were ignored.`,
		});
	}
	return { inputs, notices, applied };
}

const label = <T extends string>(options: readonly { id: T; label: string }[], id: T) =>
	options.find((o) => o.id === id)?.label ?? id;

/** What the estimate uses instead of a rejected value, said in the notice. */
const DEFAULT_NOTE: Record<QueryKey, (i: EstimateInputs) => string> = {
	report: (i) => `Showing ${label(REPORTS, i.report)}.`,
	type: (i) => `Showing Type ${i.type === 1 ? 'I' : 'II'}.`,
	tsc: () => '',
	soc3: () => 'Left out.',
	readiness: (i) => `Using “${label(READINESS, i.readiness)}”.`,
	size: (i) => `Using ${label(SIZES, i.size)}.`,
	systems: (i) => `Using ${i.systems}.`,
	subservice: (i) => `Using ${i.subservice}.`,
	window: (i) => `Using ${i.window} months.`,
	firm: (i) => `Using ${label(FIRM_TIERS, i.firm).toLowerCase()}.`,
	platform: () => 'Assuming no platform.',
	pentest: () => 'Including one.',
	rate: () => 'Using the default rate.',
	start: (i) => `Starting ${i.startDate} instead.`,
	deadline: () => 'No deadline is checked.',
};
