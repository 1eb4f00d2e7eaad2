/**
 * Default inputs and the clamp that keeps the model total: whatever reaches `estimate` is
 * brought back into the supported space, so no input can produce NaN, Infinity or a bad date.
 * Telling the visitor what was wrong is the query and form parser's job, not this one's.
 */
import { V } from './values';
import { soc3Fits } from '../engagement/soc3';
import { canonicalCategories as normalizeCategories } from '../engagement/vocabulary';
import { todayIso } from '../engagement/dates';
import {
	FIRM_TIERS,
	LIMITS,
	READINESS,
	REPORTS,
	SIZES,
	WINDOWS,
	type EstimateInputs,
	type ObservationWindow,
} from './types';

/** The inputs a first visit starts from; `today` (ISO) becomes the start date. */
export function defaultInputs(today: string): EstimateInputs {
	return {
		report: 'soc2',
		type: 2,
		categories: ['security'],
		soc3: false,
		size: 'startup',
		systems: 2,
		subservice: 1,
		readiness: 'informal',
		window: V.observationWindow.default as ObservationWindow,
		firm: 'boutique',
		platform: false,
		penTest: true,
		hourlyRate: null,
		startDate: today,
		deadline: null,
	};
}

/** True when these choices include a SOC 3 that fits them (see the engagement model's SOC 3 rule). */
export function soc3Applies(inputs: Pick<EstimateInputs, 'report' | 'type' | 'soc3'>): boolean {
	return inputs.soc3 && soc3Fits(inputs);
}

export { includesSoc2, canonicalCategories as normalizeCategories } from '../engagement/vocabulary';

/** Brings any inputs-like value back into the supported space, field by field. */
export function sanitizeInputs(value: EstimateInputs, today: string): EstimateInputs {
	// Reading the clock is the last resort, for callers that pass neither a usable start nor today.
	const d = defaultInputs(inRangeStart(today) ? today : todayIso());
	const v = (value ?? {}) as Partial<Record<keyof EstimateInputs, unknown>>;
	const pick = <T>(options: readonly T[], x: unknown, fallback: T): T =>
		options.includes(x as T) ? (x as T) : fallback;
	const startDate =
		typeof v.startDate === 'string' && inRangeStart(v.startDate) ? v.startDate : d.startDate;
	const deadline =
		typeof v.deadline === 'string' && inRangeStart(v.deadline) && v.deadline > startDate
			? v.deadline
			: null;
	const report = pick(
		REPORTS.map((r) => r.id),
		v.report,
		d.report,
	);
	const type = pick([1, 2] as const, v.type, d.type);
	return {
		report,
		type,
		categories: normalizeCategories(Array.isArray(v.categories) ? (v.categories as string[]) : []),
		soc3: soc3Applies({ report, type, soc3: v.soc3 === true }),
		size: pick(
			SIZES.map((s) => s.id),
			v.size,
			d.size,
		),
		systems: clampInt(v.systems, LIMITS.systems.min, LIMITS.systems.max, d.systems),
		subservice: clampInt(v.subservice, LIMITS.subservice.min, LIMITS.subservice.max, d.subservice),
		readiness: pick(
			READINESS.map((r) => r.id),
			v.readiness,
			d.readiness,
		),
		window: pick(WINDOWS, v.window, d.window),
		firm: pick(
			FIRM_TIERS.map((f) => f.id),
			v.firm,
			d.firm,
		),
		platform: v.platform === true,
		penTest: v.penTest === true,
		hourlyRate:
			typeof v.hourlyRate === 'number' &&
			Number.isFinite(v.hourlyRate) &&
			v.hourlyRate >= LIMITS.hourlyRate.min &&
			v.hourlyRate <= LIMITS.hourlyRate.max
				? Math.round(v.hourlyRate * 100) / 100
				: null,
		startDate,
		deadline,
	};
}

/** True for a valid ISO date within the supported start years. */
export { inPlanYears as inRangeStart } from '../engagement/plan';
import { inPlanYears as inRangeStart } from '../engagement/plan';

function clampInt(x: unknown, min: number, max: number, fallback: number): number {
	if (typeof x !== 'number' || !Number.isFinite(x)) return fallback;
	return Math.min(max, Math.max(min, Math.round(x)));
}
