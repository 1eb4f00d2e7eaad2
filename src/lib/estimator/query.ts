/**
 * The estimator's URL state: reading inputs from a query string (the chooser's hand-off, a
 * shared link, or anything a visitor types) and writing them back. Reading never throws:
 * every unusable value is replaced by its default and explained in a notice.
 */
import { ATTRIBUTION_KEYS } from '../attribution/attribution';
import { defaultInputs, inRangeStart, normalizeCategories, soc3Applies } from './inputs';
import { isIsoDate } from './dates';
import { formatMoney } from './format';
import {
	CATEGORIES,
	FIRM_TIERS,
	LIMITS,
	READINESS,
	REPORTS,
	SIZES,
	WINDOWS,
	type EstimateInputs,
	type Notice,
} from './types';

/** Query keys in the order links are written. The first five are the shared hand-off contract. */
export const QUERY_KEYS = [
	'report',
	'type',
	'tsc',
	'soc3',
	'readiness',
	'size',
	'systems',
	'subservice',
	'window',
	'firm',
	'platform',
	'pentest',
	'rate',
	'start',
	'deadline',
] as const;
export type QueryKey = (typeof QUERY_KEYS)[number];

/** Most notices shown for one query; a mangled link should not bury the page in messages. */
export const MAX_NOTICES = 6;

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = <T>(message: string): FieldResult<T> => ({ ok: false, message });

/** A value as it may be echoed back: trimmed, control characters removed, at most 40 characters. */
export function echo(value: string): string {
	// eslint-disable-next-line no-control-regex
	const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').trim();
	return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

/**
 * A rejected value quoted for a notice. Values that read like a broken calculation (NaN,
 * Infinity…) are described instead of repeated, so the page never prints them.
 */
function given(value: string, capital = false): string {
	const shown = echo(value);
	if (shown === '' || /nan|infinity|undefined|invalid date|null|\[object/i.test(shown)) {
		return capital ? 'The value given' : 'the value given';
	}
	return `“${shown}”`;
}

function choice<T extends string>(
	raw: string,
	options: readonly { id: T; label: string }[],
	what: string,
): FieldResult<T> {
	const found = options.find((o) => o.id === raw.toLowerCase());
	if (found) return ok(found.id);
	const list = options.map((o) => o.label).join(', ');
	return bad(`${given(raw, true)} is not a ${what} this estimator knows (${list}).`);
}

function wholeNumber(raw: string, min: number, max: number, what: string): FieldResult<number> {
	const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isInteger(n) || n < min || n > max) {
		return bad(`${what} must be a whole number from ${min} to ${max}, not ${given(raw)}.`);
	}
	return ok(n);
}

function flag(raw: string, what: string): FieldResult<boolean> {
	const v = raw.toLowerCase();
	if (v === '1' || v === 'true' || v === 'yes') return ok(true);
	if (v === '0' || v === 'false' || v === 'no') return ok(false);
	return bad(`${what} must be 1 (yes) or 0 (no), not ${given(raw)}.`);
}

/** Parsers for each field, shared by the query reader and the form. Input is already trimmed. */
export const FIELD_PARSERS = {
	report: (raw: string) => choice(raw, REPORTS, 'report'),
	type: (raw: string): FieldResult<1 | 2> => {
		const v = raw.toLowerCase();
		if (v === '1' || v === 'i') return ok(1);
		if (v === '2' || v === 'ii') return ok(2);
		return bad(`${given(raw, true)} is not an examination type; use 1 (Type I) or 2 (Type II).`);
	},
	readiness: (raw: string) => choice(raw, READINESS, 'readiness level'),
	size: (raw: string) => choice(raw, SIZES, 'company size'),
	firm: (raw: string) => choice(raw, FIRM_TIERS, 'type of audit firm'),
	systems: (raw: string) =>
		wholeNumber(raw, LIMITS.systems.min, LIMITS.systems.max, 'In-scope systems or locations'),
	subservice: (raw: string) =>
		wholeNumber(raw, LIMITS.subservice.min, LIMITS.subservice.max, 'Subservice organizations'),
	window: (raw: string): FieldResult<(typeof WINDOWS)[number]> => {
		const n = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
		const found = WINDOWS.find((w) => w === n);
		return found
			? ok(found)
			: bad(`The observation window must be 3, 6, 9 or 12 months, not ${given(raw)}.`);
	},
	soc3: (raw: string) => flag(raw, 'SOC 3'),
	platform: (raw: string) => flag(raw, 'Compliance platform'),
	pentest: (raw: string) => flag(raw, 'Penetration test'),
	rate: (raw: string): FieldResult<number> => {
		const n = /^\d{1,4}(\.\d{1,2})?$/.test(raw) ? Number(raw) : NaN;
		const { min, max } = LIMITS.hourlyRate;
		if (!Number.isFinite(n) || n < min || n > max) {
			return bad(
				`Hourly cost must be an amount from ${formatMoney(min)} to ${formatMoney(max)}, not ${given(raw)}.`,
			);
		}
		return ok(n);
	},
	start: (raw: string): FieldResult<string> => {
		if (!isIsoDate(raw))
			return bad(`The start date ${given(raw)} is not a real date in the form YYYY-MM-DD.`);
		if (!inRangeStart(raw)) {
			return bad(`Start date ${raw} is outside ${LIMITS.startYear.min}–${LIMITS.startYear.max}.`);
		}
		return ok(raw);
	},
	deadline: (raw: string): FieldResult<string> => {
		if (!isIsoDate(raw))
			return bad(`The deadline ${given(raw)} is not a real date in the form YYYY-MM-DD.`);
		return ok(raw);
	},
} as const;

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
	const set = (key: QueryKey, value: string, fallback: string) => {
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
