/**
 * Time and remediation for a plan, asked of the one model (src/lib/estimator/model.ts, whose every
 * figure comes from content/estimator-assumptions.json). The chooser and the self-check state time
 * through these functions only, so what they say is what the estimator shows for the same plan.
 */
import { buildTimeline } from '../estimator/model';
import { DAYS_PER_MONTH } from '../estimator/format';
import { checkDeadline } from '../estimator/deadline';
import type { DeadlineCheck } from '../estimator/types';
import { defaultInputs, sanitizeInputs } from '../estimator/inputs';
import { V } from '../estimator/values';
import type { EstimateInputs } from '../estimator/types';
import { daysBetween, type IsoDate } from './dates';
import { deadlineDate, type EngagementPlan } from './plan';
import type { ReadinessLevel } from './vocabulary';

/** When the report is expected: fastest, typical and slowest version of the plan. */
export interface ReportDates {
	earliest: IsoDate;
	typical: IsoDate;
	latest: IsoDate;
}

/**
 * The estimator's inputs for a plan: what the plan says, the model's defaults for the rest, and
 * `today` as the start when the plan has none. The one mapping from a plan to the model.
 */
export function inputsForPlan(plan: EngagementPlan, today: IsoDate): EstimateInputs {
	const d = defaultInputs(plan.start ?? today);
	const raw: EstimateInputs = {
		report: plan.report ?? d.report,
		type: plan.type ?? d.type,
		categories: plan.categories ?? d.categories,
		soc3: plan.soc3 ?? d.soc3,
		size: plan.size ?? d.size,
		systems: plan.systems ?? d.systems,
		subservice: plan.subservice ?? d.subservice,
		readiness: plan.readiness ?? d.readiness,
		window: plan.window ?? d.window,
		firm: plan.firm ?? d.firm,
		platform: plan.platform ?? d.platform,
		penTest: plan.penTest ?? d.penTest,
		hourlyRate: plan.hourlyRate ?? d.hourlyRate,
		startDate: d.startDate,
		deadline: deadlineDate(plan),
	};
	return sanitizeInputs(raw, today);
}

/** When the first report of a plan typically arrives, by the model. */
export function reportDates(plan: EngagementPlan, today: IsoDate): ReportDates {
	return buildTimeline(inputsForPlan(plan, today)).reportDate;
}

/** Whole months (rounded) from `from` to `to`, for "about 7 months" wording. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
	return Math.round(daysBetween(from, to) / DAYS_PER_MONTH);
}

/** Remediation weeks (low, typical, high) the model budgets for a readiness level, before any window. */
export function remediationWeeks(level: ReadinessLevel): {
	low: number;
	typical: number;
	high: number;
} {
	return V.remediationWeeks[level];
}

/** The typical observation window the model plans for a first Type 2, in months. */
export const DEFAULT_WINDOW_MONTHS = V.observationWindow.default;

/** The model's verdict on a plan's deadline and the options it offers, each with its date; null without a deadline. */
export function deadlineCheck(plan: EngagementPlan, today: IsoDate): DeadlineCheck | null {
	const inputs = inputsForPlan(plan, today);
	return checkDeadline(inputs, buildTimeline(inputs), today);
}

/** Remediation days (shortest and longest) the model plans for a plan, before any window. */
export function remediationDays(
	plan: EngagementPlan,
	today: IsoDate,
): { low: number; high: number } {
	const phase = buildTimeline(inputsForPlan(plan, today)).phases.find(
		(p) => p.id === 'remediation',
	);
	return { low: phase?.days.low ?? 0, high: phase?.days.high ?? 0 };
}
