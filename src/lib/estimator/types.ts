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

export const REPORTS = [
	{ id: 'soc2', label: 'SOC 2' },
	{ id: 'soc1', label: 'SOC 1' },
	{ id: 'both', label: 'SOC 1 and SOC 2' },
] as const;
export type ReportChoice = (typeof REPORTS)[number]['id'];

export const EXAM_TYPES = [
	{ id: 1, label: 'Type I' },
	{ id: 2, label: 'Type II' },
] as const;
export type ExamType = (typeof EXAM_TYPES)[number]['id'];

export const CATEGORIES = [
	{ id: 'security', label: 'Security' },
	{ id: 'availability', label: 'Availability' },
	{ id: 'processing-integrity', label: 'Processing integrity' },
	{ id: 'confidentiality', label: 'Confidentiality' },
	{ id: 'privacy', label: 'Privacy' },
] as const;
export type Category = (typeof CATEGORIES)[number]['id'];
/** The categories a SOC 2 may add to Security, which every SOC 2 includes. */
export type OptionalCategory = Exclude<Category, 'security'>;

export const SIZES = [
	{ id: 'startup', label: '1–50 employees' },
	{ id: 'growth', label: '51–200 employees' },
	{ id: 'midsize', label: '201–1,000 employees' },
	{ id: 'enterprise', label: 'More than 1,000 employees' },
] as const;
export type SizeBand = (typeof SIZES)[number]['id'];

/** Readiness levels of the shared query contract, from least to most prepared. */
export const READINESS = [
	{ id: 'none', label: 'Starting from scratch', hint: 'Nothing documented yet.' },
	{
		id: 'informal',
		label: 'Informal practices',
		hint: 'Good habits exist, but they are not written down or evidenced.',
	},
	{
		id: 'documented',
		label: 'Documented',
		hint: 'Policies are written and some evidence is kept.',
	},
	{
		id: 'mature',
		label: 'Mature',
		hint: 'Controls run routinely and evidence is collected as they do.',
	},
] as const;
export type Readiness = (typeof READINESS)[number]['id'];

export const WINDOWS = [3, 6, 9, 12] as const;
/** Length of a Type II observation window, in months. */
export type ObservationWindow = (typeof WINDOWS)[number];

export const FIRM_TIERS = [
	{ id: 'boutique', label: 'Boutique or specialist firm' },
	{ id: 'mid-tier', label: 'Mid-tier national firm' },
	{ id: 'big4', label: 'Big 4 firm' },
] as const;
export type FirmTier = (typeof FIRM_TIERS)[number]['id'];

/** Limits on the scope counts; beyond them a firm's own scoping is the only honest answer. */
export const LIMITS = {
	systems: { min: 1, max: 20 },
	subservice: { min: 0, max: 15 },
	hourlyRate: { min: 1, max: 1000 },
	/** Start dates outside these years are almost certainly typing mistakes. */
	startYear: { min: 2000, max: 2100 },
} as const;

/** Everything the estimate depends on; dates are ISO 'YYYY-MM-DD' strings in UTC. */
export interface EstimateInputs {
	report: ReportChoice;
	type: ExamType;
	/** SOC 2 categories; always contains 'security'. Ignored when only a SOC 1 is in scope. */
	categories: Category[];
	/** A SOC 3 issued alongside a SOC 2 Type II. */
	soc3: boolean;
	size: SizeBand;
	/** In-scope systems or locations. */
	systems: number;
	/** Subservice organizations (for example the cloud host) the report has to describe. */
	subservice: number;
	readiness: Readiness;
	/** Months of the first Type II observation window; kept but unused for a Type I. */
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
	'type1-first' | 'shorter-window' | 'platform' | 'start-earlier' | 'bridge-letter';

/** A change that would bring the report closer to the customer's deadline. */
export interface DeadlineOption {
	id: DeadlineOptionId;
	title: string;
	detail: string;
	/** Typical report date with this change, when the change moves the date. */
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

/** A problem found in a query string or form value, shown to the visitor as it is. */
export interface Notice {
	/** The query key or form field it concerns. */
	field: string;
	message: string;
}
