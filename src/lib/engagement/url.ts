/**
 * The plan in a link: one reader and one writer for every tool. Keys are written in one canonical
 * order and lists in the vocabulary's order, so one plan has exactly one URL. Reading never throws:
 * anything unusable is left out with a notice, and the values of links shared before the tools
 * shared this plan (the chooser's `deadline=3m`, the estimator's `type=ii`, `soc3=yes`…) still read.
 *
 *   ?report=soc2&type=2&tsc=security,availability&soc3=1&readiness=informal&start=2027-01-04&deadline=2027-06-30
 */
import { ATTRIBUTION_KEYS, MAX_ATTRIBUTION_VALUE } from '../attribution/attribution';
import { addMonths, isIsoDate, type IsoDate } from './dates';
import { quoteInput, type PlanNotice } from './notices';
import {
	inPlanYears,
	PLAN_LIMITS,
	type DeadlineAnswer,
	type EngagementPlan,
	type PlanField,
} from './plan';
import { soc3Fits } from './soc3';
import {
	canonicalCategories,
	CATEGORIES,
	labelOf,
	FIRM_TIERS,
	READINESS_LEVELS,
	RELATIVE_DEADLINES,
	REPORT_NAMES,
	REPORT_SCOPES,
	SIZES,
	WINDOWS,
	type Category,
	type ExamType,
	type ObservationWindow,
	type RelativeDeadline,
	type Term,
} from './vocabulary';

/** The plan's query keys in the order links are written. */
export const PLAN_KEYS = [
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
export type PlanKey = (typeof PLAN_KEYS)[number];

/** The plan field each key carries. */
export const FIELD_OF_KEY = {
	report: 'report',
	type: 'type',
	tsc: 'categories',
	soc3: 'soc3',
	readiness: 'readiness',
	size: 'size',
	systems: 'systems',
	subservice: 'subservice',
	window: 'window',
	firm: 'firm',
	platform: 'platform',
	pentest: 'penTest',
	rate: 'hourlyRate',
	start: 'start',
	deadline: 'deadline',
} as const satisfies Record<PlanKey, PlanField>;

/** A value read from a link or a form field, or why it cannot be used. */
export type ValueResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): ValueResult<T> => ({ ok: true, value });
const bad = <T>(message: string): ValueResult<T> => ({ ok: false, message });

function choice<T extends string>(
	raw: string,
	options: readonly Term<T>[],
	what: string,
): ValueResult<T> {
	const found = options.find((o) => o.id === raw.toLowerCase());
	if (found) return ok(found.id);
	const list = options.map((o) => o.label).join(', ');
	return bad(`${capital(quoteInput(raw))} is not a ${what} this guide knows (${list}).`);
}

function wholeNumber(raw: string, min: number, max: number, what: string): ValueResult<number> {
	const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isInteger(n) || n < min || n > max) {
		return bad(`${what} must be a whole number from ${min} to ${max}, not ${quoteInput(raw)}.`);
	}
	return ok(n);
}

function flag(raw: string, what: string): ValueResult<boolean> {
	const v = raw.toLowerCase();
	if (v === '1' || v === 'true' || v === 'yes') return ok(true);
	if (v === '0' || v === 'false' || v === 'no') return ok(false);
	return bad(`${what} must be 1 (yes) or 0 (no), not ${quoteInput(raw)}.`);
}

export { inPlanYears };

const dollars = (n: number) => `$${n.toLocaleString('en-US')}`;

/**
 * Readers of one value each, shared by the link reader and the forms; input is already trimmed.
 * `deadline` needs today's date to read the chooser's older relative answers.
 */
export const PLAN_VALUE_PARSERS = {
	report: (raw: string) => choice(raw, REPORT_SCOPES, 'report'),
	type: (raw: string): ValueResult<ExamType> => {
		const v = raw.toLowerCase();
		if (v === '1' || v === 'i') return ok(1);
		if (v === '2' || v === 'ii') return ok(2);
		return bad(
			`${capital(quoteInput(raw))} is not an examination type; use 1 (Type 1) or 2 (Type 2).`,
		);
	},
	tsc: (raw: string): ValueResult<Category[]> => {
		const parts = raw
			.split(',')
			.map((p) => p.trim().toLowerCase())
			.filter((p) => p !== '');
		const known = CATEGORIES.map((c) => c.id as string);
		const unknown = parts.filter((p) => !known.includes(p));
		if (unknown.length > 0) {
			const list = unknown
				.slice(0, 3)
				.map((u) => quoteInput(u))
				.join(', ');
			return bad(
				`Ignored unknown Trust Services ${unknown.length === 1 ? 'category' : 'categories'} ${list}${unknown.length > 3 ? ' and more' : ''}.`,
			);
		}
		return ok(canonicalCategories(parts));
	},
	soc3: (raw: string) => flag(raw, labelOf(REPORT_NAMES, 'soc3')),
	readiness: (raw: string) => choice(raw, READINESS_LEVELS, 'readiness level'),
	size: (raw: string) => choice(raw, SIZES, 'company size'),
	systems: (raw: string) =>
		wholeNumber(
			raw,
			PLAN_LIMITS.systems.min,
			PLAN_LIMITS.systems.max,
			'In-scope systems or locations',
		),
	subservice: (raw: string) =>
		wholeNumber(
			raw,
			PLAN_LIMITS.subservice.min,
			PLAN_LIMITS.subservice.max,
			'Subservice organizations',
		),
	window: (raw: string): ValueResult<ObservationWindow> => {
		const n = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
		const found = WINDOWS.find((w) => w === n);
		return found
			? ok(found)
			: bad(
					`The observation window must be ${WINDOWS.join(', ').replace(/, (\d+)$/, ' or $1')} months, not ${quoteInput(raw)}.`,
				);
	},
	firm: (raw: string) => choice(raw, FIRM_TIERS, 'type of audit firm'),
	platform: (raw: string) => flag(raw, 'Compliance platform'),
	pentest: (raw: string) => flag(raw, 'Penetration test'),
	rate: (raw: string): ValueResult<number> => {
		const n = /^\d{1,4}(\.\d{1,2})?$/.test(raw) ? Number(raw) : NaN;
		const { min, max } = PLAN_LIMITS.hourlyRate;
		if (!Number.isFinite(n) || n < min || n > max) {
			return bad(
				`Hourly cost must be an amount from ${dollars(min)} to ${dollars(max)}, not ${quoteInput(raw)}.`,
			);
		}
		return ok(n);
	},
	start: (raw: string): ValueResult<IsoDate> => {
		if (!isIsoDate(raw))
			return bad(`The start date ${quoteInput(raw)} is not a real date in the form YYYY-MM-DD.`);
		if (!inPlanYears(raw)) {
			return bad(
				`Start date ${raw} is outside ${PLAN_LIMITS.startYear.min}–${PLAN_LIMITS.startYear.max}.`,
			);
		}
		return ok(raw);
	},
	deadline: (raw: string, today: IsoDate): ValueResult<DeadlineAnswer> => {
		const v = raw.toLowerCase();
		if (v === 'none' || v === 'later') return ok('none');
		if (v === 'unsure') return ok('unsure');
		// The chooser's relative answers count from the day the link is opened.
		if (Object.hasOwn(RELATIVE_DEADLINES, v))
			return ok(addMonths(today, RELATIVE_DEADLINES[v as RelativeDeadline]));
		if (!inPlanYears(raw))
			return bad(`The deadline ${quoteInput(raw)} is not a real date in the form YYYY-MM-DD.`);
		return ok(raw);
	},
} as const;

/** How to read a link. */
export interface ReadPlanOptions {
	/** Today's date (UTC): the start when the link has none, and the origin of relative deadlines. */
	today: IsoDate;
	/** Keys the calling tool reads itself (its own answers, its step); their first values come back raw. */
	toolKeys?: readonly string[];
}

/** A link, read. */
export interface ReadPlan {
	plan: EngagementPlan;
	/** First value of each tool key present in the link, trimmed. */
	toolValues: Record<string, string>;
	/** Campaign attribution parameters, in arrival order, to pass on untouched. */
	attribution: [string, string][];
	/** What could not be used, in the order found; pass the tool's full list through `capNotices`. */
	notices: PlanNotice[];
	/** Plan keys whose values were used. */
	applied: PlanKey[];
	/** The value each plan key was read from, trimmed, for a tool that keeps its own form of it (the chooser's `deadline=3m`). */
	raw: Partial<Record<PlanKey, string>>;
}

/** Reads a plan from a query string ('?a=b&…' or 'a=b&…'); never throws. */
export function readPlanQuery(
	search: string | URLSearchParams,
	options: ReadPlanOptions,
): ReadPlan {
	const toolKeys = new Set((options.toolKeys ?? []).map((k) => k.toLowerCase()));
	const result: ReadPlan = {
		plan: {},
		toolValues: {},
		attribution: [],
		notices: [],
		applied: [],
		raw: {},
	};
	const note = (key: string, message: string) => result.notices.push({ key, message });
	let params: URLSearchParams;
	try {
		params = typeof search === 'string' ? new URLSearchParams(search.replace(/^\?/, '')) : search;
	} catch {
		note('', 'The link’s settings could not be read.');
		return result;
	}

	const seen = new Set<string>();
	const values = new Map<PlanKey, string>();
	for (const [rawKey, rawValue] of params) {
		const key = rawKey.trim().toLowerCase();
		if (key === '' && rawValue.trim() === '') continue;
		if ((ATTRIBUTION_KEYS as readonly string[]).includes(key)) {
			const kept = rawValue.trim();
			if (!seen.has(key) && kept && kept.length <= MAX_ATTRIBUTION_VALUE)
				result.attribution.push([key, kept]);
			seen.add(key);
			continue;
		}
		const isPlanKey = (PLAN_KEYS as readonly string[]).includes(key);
		if (!isPlanKey && !toolKeys.has(key)) {
			if (!seen.has(`?${key}`)) {
				const shown = quoteInput(rawKey, '');
				note(
					rawKey,
					shown
						? `The link contained ${shown}, which this page does not use, so it was ignored.`
						: 'The link contained a setting this page does not use, so it was ignored.',
				);
			}
			seen.add(`?${key}`);
			continue;
		}
		if (seen.has(key)) {
			if (!seen.has(`twice:${key}`))
				note(
					key,
					`${capital(quoteInput(key))} appears more than once in the link; the first value was used.`,
				);
			seen.add(`twice:${key}`);
			continue;
		}
		seen.add(key);
		const value = rawValue.trim();
		// An empty value (report=) means "not said", not a mistake.
		if (value === '') continue;
		if (isPlanKey) values.set(key as PlanKey, value);
		else result.toolValues[key] = value;
	}

	const plan = result.plan as Record<PlanField, unknown>;
	for (const key of PLAN_KEYS) {
		const raw = values.get(key);
		if (raw === undefined) continue;
		const read: ValueResult<unknown> = PLAN_VALUE_PARSERS[key](raw, options.today);
		if (read.ok) {
			plan[FIELD_OF_KEY[key]] = read.value;
			result.applied.push(key);
			result.raw[key] = raw;
		} else note(key, read.message);
	}

	const p = result.plan;
	if (p.soc3 && !soc3Fits({ report: p.report ?? 'soc2', type: p.type ?? 2 })) {
		delete p.soc3;
		note(
			'soc3',
			p.report === 'soc1'
				? 'A SOC 3 reports against the Trust Services Criteria, which a SOC 1 does not use, so it was left out.'
				: 'A SOC 3 reports on a period, like a SOC 2 Type 2, so it was left out of this Type 1 plan.',
		);
	}
	if (p.report === 'soc1' && p.categories && p.categories.length > 1) {
		note(
			'tsc',
			'Trust Services Categories apply to SOC 2 only, so they were ignored for a SOC 1 on its own.',
		);
		delete p.categories;
	}
	const start = p.start ?? options.today;
	if (typeof p.deadline === 'string' && isIsoDate(p.deadline) && p.deadline <= start) {
		note(
			'deadline',
			`The deadline (${p.deadline}) must fall after the start date (${start}), so it was ignored.`,
		);
		delete p.deadline;
	}
	result.applied = result.applied.filter((k) => plan[FIELD_OF_KEY[k]] !== undefined);
	for (const key of PLAN_KEYS) if (plan[FIELD_OF_KEY[key]] === undefined) delete result.raw[key];
	return result;
}

/** What a link carries besides the plan. */
export interface WritePlanOptions {
	/** The tool's own keys and values, written after the plan in the order given. */
	tool?: Iterable<readonly [string, string]>;
	/** Attribution parameters, written last. */
	attribution?: Iterable<readonly [string, string]>;
}

/**
 * Writes a plan as a query string (without '?'): plan keys in PLAN_KEYS order, categories in the
 * vocabulary's order, then the tool's keys, then attribution. `readPlanQuery` reads it back to the
 * same plan.
 */
export function writePlanQuery(plan: EngagementPlan, options: WritePlanOptions = {}): string {
	const parts: string[] = [];
	const add = (key: string, value: string) =>
		// Commas in lists read better unescaped, and URLSearchParams accepts them.
		parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
	for (const key of PLAN_KEYS) {
		const value = plan[FIELD_OF_KEY[key]];
		if (value === undefined) continue;
		if (key === 'tsc') add(key, canonicalCategories(value as string[]).join(','));
		else if (typeof value === 'boolean') add(key, value ? '1' : '0');
		else add(key, String(value));
	}
	const planKeys = new Set<string>(PLAN_KEYS);
	for (const [key, value] of options.tool ?? []) if (!planKeys.has(key)) add(key, value);
	for (const [key, value] of options.attribution ?? []) add(key, value);
	return parts.join('&');
}

/** A path with the plan as its query: '/estimator/?report=soc2&…', or the bare path for an empty plan. */
export function planHref(
	path: string,
	plan: EngagementPlan,
	options: WritePlanOptions = {},
): string {
	const query = writePlanQuery(plan, options);
	return query ? `${path}?${query}` : path;
}

/** Whether a query string carries anything but campaign attribution. */
export function hasPlanSettings(search: string): boolean {
	for (const [rawKey, value] of new URLSearchParams(search.replace(/^\?/, ''))) {
		const key = rawKey.trim().toLowerCase();
		// A bare "=" or "&&" is debris, as readPlanQuery treats it.
		if (key === '' && value.trim() === '') continue;
		if (!(ATTRIBUTION_KEYS as readonly string[]).includes(key)) return true;
	}
	return false;
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
