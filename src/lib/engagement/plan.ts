/**
 * The engagement plan: what a reader has settled so far about the report they are preparing for.
 * Every tool reads it from its link and writes it into the links it hands on, so the chooser, the
 * estimator and the self-check always talk about the same scope, dates and readiness.
 */
import { isIsoDate, type IsoDate } from './dates';
import type {
	Category,
	ExamType,
	FirmTier,
	ObservationWindow,
	ReadinessLevel,
	ReportScope,
	SizeBand,
} from './vocabulary';

/** When the report is needed: a date, no date ("later"), or not known yet. */
export type DeadlineAnswer = IsoDate | 'none' | 'unsure';

/** Limits on the plan's counts and dates; beyond them a firm's own scoping is the only honest answer. */
export const PLAN_LIMITS = {
	systems: { min: 1, max: 20 },
	subservice: { min: 0, max: 15 },
	hourlyRate: { min: 1, max: 1000 },
	/** Start dates outside these years are almost certainly typing mistakes. */
	startYear: { min: 2000, max: 2100 },
} as const;

/**
 * A plan; each field is optional because each tool settles only some of them (undefined means
 * "not said yet"). Values are always valid: the URL codec drops anything else with a notice.
 */
export interface EngagementPlan {
	report?: ReportScope;
	type?: ExamType;
	/** SOC 2 categories in canonical order, Security first. */
	categories?: Category[];
	/** A SOC 3 for the same period (see ./soc3). */
	soc3?: boolean;
	readiness?: ReadinessLevel;
	size?: SizeBand;
	/** In-scope systems or locations. */
	systems?: number;
	/** Subservice organizations the report has to describe. */
	subservice?: number;
	/** Months of the first Type 2 observation window. */
	window?: ObservationWindow;
	firm?: FirmTier;
	/** Whether a compliance-automation platform is used. */
	platform?: boolean;
	/** Whether a penetration test is bought for the examination. */
	penTest?: boolean;
	/** The organization's own hourly cost of staff time. */
	hourlyRate?: number;
	/** When the work starts. */
	start?: IsoDate;
	/** When a customer needs the report in hand. */
	deadline?: DeadlineAnswer;
}

/** The keys of a plan. */
export type PlanField = keyof EngagementPlan;

/** The deadline as a date, or null when the plan has none. */
export function deadlineDate(plan: Pick<EngagementPlan, 'deadline'>): IsoDate | null {
	const d = plan.deadline;
	return d === undefined || d === 'none' || d === 'unsure' ? null : d;
}

/** The plan with only the scope the hand-off between tools always carries. */
export function scopeOf(plan: EngagementPlan): EngagementPlan {
	const { report, type, categories, soc3, readiness, start, deadline } = plan;
	return strip({ report, type, categories, soc3, readiness, start, deadline });
}

/** Two plans merged: fields of `over` win where set. */
export function mergePlans(base: EngagementPlan, over: EngagementPlan): EngagementPlan {
	return strip({ ...base, ...strip(over) });
}

/** A plan whose fields may be explicitly undefined, as destructuring gives. */
type LoosePlan = { [K in keyof EngagementPlan]?: EngagementPlan[K] | undefined };

function strip(plan: LoosePlan): EngagementPlan {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(plan)) if (value !== undefined) out[key] = value;
	return out;
}

/** True for a valid ISO date within the supported years. */
export function inPlanYears(iso: string): boolean {
	if (!isIsoDate(iso)) return false;
	const year = Number(iso.slice(0, 4));
	return year >= PLAN_LIMITS.startYear.min && year <= PLAN_LIMITS.startYear.max;
}
