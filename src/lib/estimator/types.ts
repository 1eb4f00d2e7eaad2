/**
 * Shapes shared by the estimator: what a visitor chooses, what the model returns, and the
 * option lists (ids used in URLs, labels shown on screen).
 */

/** A low / typical / high triple; the model keeps low <= typical <= high everywhere. */
export interface Range {
	low: number;
	typical: number;
	high: number;
}

// The option lists (ids used in links, labels shown on screen) are the shared vocabulary's.
export {
	REPORT_SCOPES as REPORTS,
	EXAM_TYPES,
	CATEGORIES,
	SIZES,
	READINESS_LEVELS as READINESS,
	WINDOWS,
	FIRM_TIERS,
} from '../engagement/vocabulary';
export type {
	ReportScope as ReportChoice,
	ExamType,
	Category,
	OptionalCategory,
	SizeBand,
	ReadinessLevel as Readiness,
	ObservationWindow,
	FirmTier,
} from '../engagement/vocabulary';
import type {
	Category,
	ExamType,
	FirmTier,
	ObservationWindow,
	ReadinessLevel as Readiness,
	ReportScope as ReportChoice,
	SizeBand,
} from '../engagement/vocabulary';

/** Limits on the scope counts and dates (the plan's). */
export { PLAN_LIMITS as LIMITS } from '../engagement/plan';

/** Everything the estimate depends on; dates are ISO 'YYYY-MM-DD' strings in UTC. */
export interface EstimateInputs {
	report: ReportChoice;
	type: ExamType;
	/** SOC 2 categories; always contains 'security'. Ignored when only a SOC 1 is in scope. */
	categories: Category[];
	/** A SOC 3 issued alongside a SOC 2 Type 2. */
	soc3: boolean;
	size: SizeBand;
	/** In-scope systems or locations. */
	systems: number;
	/** Subservice organizations (for example the cloud host) the report has to describe. */
	subservice: number;
	readiness: Readiness;
	/** Months of the first Type 2 observation window; kept but unused for a Type 1. */
	window: ObservationWindow;
	firm: FirmTier;
	/** Whether a compliance-automation platform is used. */
	platform: boolean;
	/** Whether a penetration test is bought for the examination. */
	penTest: boolean;
	/** The organization's own hourly cost of staff time; null uses the published default. */
	hourlyRate: number | null;
	startDate: string;
	/** The date a customer needs the report by, if any. */
	deadline: string | null;
}

export type LineItemId = 'readiness' | 'internal' | 'tooling' | 'pentest' | 'audit' | 'soc3';

/** One row of the cost breakdown. Items that do not apply carry zeros and included: false. */
export interface LineItem {
	id: LineItemId;
	label: string;
	included: boolean;
	cost: Range;
	/** Why the figure is what it is, in a sentence. */
	basis: string;
}

export type PhaseId = 'scoping' | 'readiness' | 'remediation' | 'window' | 'fieldwork' | 'report';

/** Start and end dates of a phase (inclusive) in one scenario. */
export interface PhaseDates {
	start: string;
	end: string;
}

export interface Phase {
	id: PhaseId;
	label: string;
	/** Duration in whole days (low / typical / high); the window is counted in months instead. */
	days: Range;
	/** Set for the observation window: its length in months, the same in every scenario. */
	months: number | null;
	earliest: PhaseDates;
	typical: PhaseDates;
	latest: PhaseDates;
}

export interface Timeline {
	phases: Phase[];
	/** The date the report is expected in each scenario. */
	reportDate: { earliest: string; typical: string; latest: string };
	/** Calendar days from the start date to the report, per scenario. */
	totalDays: Range;
}

export type DeadlineStatus = 'on-track' | 'tight' | 'not-feasible';

export type DeadlineOptionId =
	| 'type1-first'
	| 'shorter-window'
	| 'platform'
	| 'start-earlier'
	| 'bridge-letter'
	| 'realistic-date';

/** A change that would bring the report closer to the customer's deadline. */
export interface DeadlineOption {
	id: DeadlineOptionId;
	title: string;
	detail: string;
	/** Typical report date with this change (for a bridge letter or a realistic date: the plan's own). */
	typicalReportDate: string | null;
	/** True when, with this change, the typical report date meets the deadline. */
	meetsDeadline: boolean;
}

export interface DeadlineCheck {
	deadline: string;
	status: DeadlineStatus;
	/** Days between the typical report date and the deadline (negative when late). */
	typicalMarginDays: number;
	options: DeadlineOption[];
}

export interface Estimate {
	inputs: EstimateInputs;
	items: LineItem[];
	firstYear: Range;
	renewal: Range;
	renewalItems: LineItem[];
	/** Staff hours in the first year, before the hourly cost is applied. */
	internalHours: Range;
	hourlyRate: number;
	hourlyRateIsDefault: boolean;
	timeline: Timeline;
	deadline: DeadlineCheck | null;
	/** Plain-language reasons the numbers are what they are, most important first. */
	drivers: string[];
}

/** A problem found in a query string or form value, shown to the visitor as it is (the shared shape). */
export type { PlanNotice as Notice } from '../engagement/notices';
