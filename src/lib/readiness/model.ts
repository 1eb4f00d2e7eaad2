// The vocabulary of the readiness self-check: areas, answers, scope and the shape of a question.
// Pure data and types, shared by the scoring, the URL state, the island and the printable checklist.

import {
	CATEGORIES,
	labelOf,
	OPTIONAL_CATEGORIES,
	REPORT_SCOPES as REPORTS,
	type ChapterSlug,
	type OptionalCategory as OptionalCategoryId,
	type ReportScope as ReportId,
} from '../engagement/vocabulary';

// The scope's words (reports, categories and their order) are the shared vocabulary's.
export { OPTIONAL_CATEGORIES, REPORTS };
export type { ChapterSlug, OptionalCategoryId, ReportId };

/**
 * The question areas, in the order the self-check walks through them. The first seven follow the
 * common criteria (Security), which every SOC 2 includes; the last four appear only when their
 * category is chosen. CC5 (control activities) has no area of its own: its criteria are met by the
 * specific controls asked about elsewhere, so its policy criterion sits under governance.
 */
export const AREAS = [
	{
		id: 'governance',
		label: 'Governance and control environment',
		criteria: 'CC1–CC2',
		category: 'security',
	},
	{ id: 'risk', label: 'Risk assessment', criteria: 'CC3', category: 'security' },
	{ id: 'monitoring', label: 'Monitoring', criteria: 'CC4', category: 'security' },
	{ id: 'access', label: 'Logical and physical access', criteria: 'CC6', category: 'security' },
	{
		id: 'operations',
		label: 'System operations and incident response',
		criteria: 'CC7',
		category: 'security',
	},
	{ id: 'change', label: 'Change management', criteria: 'CC8', category: 'security' },
	{
		id: 'vendors',
		label: 'Vendor and business-continuity risk',
		criteria: 'CC9',
		category: 'security',
	},
	{
		id: 'availability',
		label: labelOf(CATEGORIES, 'availability'),
		criteria: 'A1',
		category: 'availability',
	},
	{
		id: 'confidentiality',
		label: labelOf(CATEGORIES, 'confidentiality'),
		criteria: 'C1',
		category: 'confidentiality',
	},
	{
		id: 'processing-integrity',
		label: labelOf(CATEGORIES, 'processing-integrity'),
		criteria: 'PI1',
		category: 'processing-integrity',
	},
	{ id: 'privacy', label: labelOf(CATEGORIES, 'privacy'), criteria: 'P1–P8', category: 'privacy' },
] as const satisfies readonly {
	id: string;
	label: string;
	criteria: string;
	category: 'security' | OptionalCategoryId;
}[];

export type AreaId = (typeof AREAS)[number]['id'];
export type Area = (typeof AREAS)[number];

/** The four answers a reader can give; `code` is the one-letter form used in the URL. */
export const ANSWERS = [
	{ id: 'evidenced', code: 'e', label: 'In place, with evidence' },
	{ id: 'unevidenced', code: 'u', label: 'In place, not evidenced' },
	{ id: 'missing', code: 'm', label: 'Not in place' },
	{ id: 'na', code: 'n', label: 'Not applicable' },
] as const;

export type AnswerId = (typeof ANSWERS)[number]['id'];

/** Answers keyed by question id; a question without an entry is unanswered. */
export type Answers = Readonly<Partial<Record<string, AnswerId>>>;

/** How often a gap in this control holds up a first audit (our judgement, from practitioners' accounts). */
export type BlockFrequency = 'often' | 'sometimes' | 'rarely';

/** Typical time to put the control in place from nothing, before any evidence period. */
export type FixEffort = 'days' | 'weeks' | 'months';

/** One self-check question, as authors write it in the questions file. */
export interface ReadinessQuestion {
	/** Stable id used in the URL: lower-case letters, digits and hyphens. Never rename a published id. */
	id: string;
	/** Short name of the control, e.g. "Quarterly access reviews". */
	title: string;
	area: AreaId;
	/** Criteria the question relates to, e.g. `CC6.1`; a range such as `P6.1–P6.7` is allowed. */
	criteria: readonly string[];
	/** The question, answerable with the four answers. */
	question: string;
	/** One sentence: why an auditor cares. */
	why: string;
	/** What evidence usually satisfies an auditor. */
	evidence: string;
	/** What to do when the control is not in place (shown in the gap list). */
	fix: string;
	/** The chapter that explains the topic. */
	chapter: ChapterSlug;
	blocks: BlockFrequency;
	effort: FixEffort;
	/** True when the control is also part of the control environment or IT general controls a SOC 1 relies on. */
	soc1: boolean;
}

/** What the reader is preparing for: decides which questions are shown. */
export interface ReadinessScope {
	report: ReportId;
	/** Optional SOC 2 categories chosen on top of Security; ignored when the report is SOC 1 only. */
	categories: readonly OptionalCategoryId[];
}

/** The scope a first-time visitor starts with: a SOC 2 covering Security only. */
export const DEFAULT_SCOPE: ReadinessScope = { report: 'soc2', categories: [] };

/** Display label of an area id. */
export function areaLabel(id: AreaId): string {
	return AREAS.find((a) => a.id === id)?.label ?? id;
}

/** Display label of an answer id. */
export function answerLabel(id: AnswerId): string {
	return ANSWERS.find((a) => a.id === id)?.label ?? id;
}

/** Display label of a report id. */
export function reportLabel(id: ReportId): string {
	return REPORTS.find((r) => r.id === id)?.label ?? id;
}
