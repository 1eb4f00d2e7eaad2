/**
 * The words every tool shares, each defined once: reports, examination types, Trust Services
 * Categories (in the AICPA's order), readiness levels, company sizes, audit-firm tiers, observation
 * windows and the chapters a tool may point to. Ids are stable: they appear in shared links.
 */

/** One option of a list: the id used in links and code, the label shown to readers. */
export interface Term<T extends string | number = string> {
	readonly id: T;
	readonly label: string;
}

/** What an engagement examines: the `report` of a plan. */
export const REPORT_SCOPES = [
	{ id: 'soc2', label: 'SOC 2' },
	{ id: 'soc1', label: 'SOC 1' },
	{ id: 'both', label: 'SOC 1 and SOC 2' },
] as const satisfies readonly Term[];
export type ReportScope = (typeof REPORT_SCOPES)[number]['id'];

/** The three reports by name (a SOC 3 is never examined alone: see ./soc3). */
export const REPORT_NAMES = [
	{ id: 'soc1', label: 'SOC 1' },
	{ id: 'soc2', label: 'SOC 2' },
	{ id: 'soc3', label: 'SOC 3' },
] as const satisfies readonly Term[];
export type ReportName = (typeof REPORT_NAMES)[number]['id'];

/** Type 1 reports on one date; Type 2 on a period. */
export const EXAM_TYPES = [
	{ id: 1, label: 'Type 1' },
	{ id: 2, label: 'Type 2' },
] as const satisfies readonly Term<number>[];
export type ExamType = (typeof EXAM_TYPES)[number]['id'];

/** The five Trust Services Categories, in the order the AICPA lists them. */
export const CATEGORIES = [
	{ id: 'security', label: 'Security' },
	{ id: 'availability', label: 'Availability' },
	{ id: 'processing-integrity', label: 'Processing Integrity' },
	{ id: 'confidentiality', label: 'Confidentiality' },
	{ id: 'privacy', label: 'Privacy' },
] as const satisfies readonly Term[];
export type Category = (typeof CATEGORIES)[number]['id'];
/** The categories a SOC 2 may add to Security, which every SOC 2 includes. */
export type OptionalCategory = Exclude<Category, 'security'>;
/** The optional categories, in the same order. */
export const OPTIONAL_CATEGORIES = CATEGORIES.filter(
	(c): c is Extract<(typeof CATEGORIES)[number], { id: OptionalCategory }> => c.id !== 'security',
);

/** How prepared an organization is, least to most. */
export const READINESS_LEVELS = [
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
] as const satisfies readonly (Term & { hint: string })[];
export type ReadinessLevel = (typeof READINESS_LEVELS)[number]['id'];

/** Company size by headcount. */
export const SIZES = [
	{ id: 'startup', label: '1–50 employees' },
	{ id: 'growth', label: '51–200 employees' },
	{ id: 'midsize', label: '201–1,000 employees' },
	{ id: 'enterprise', label: 'More than 1,000 employees' },
] as const satisfies readonly Term[];
export type SizeBand = (typeof SIZES)[number]['id'];

/** Kinds of CPA firm that perform SOC examinations. */
export const FIRM_TIERS = [
	{ id: 'boutique', label: 'Boutique or specialist firm' },
	{ id: 'mid-tier', label: 'Mid-tier national firm' },
	{ id: 'big4', label: 'Big 4 firm' },
] as const satisfies readonly Term[];
export type FirmTier = (typeof FIRM_TIERS)[number]['id'];

/** Lengths of a Type 2 observation window a plan may choose, in months. */
export const WINDOWS = [3, 6, 9, 12] as const;
export type ObservationWindow = (typeof WINDOWS)[number];

/**
 * Deadlines said as "within so many months" (the chooser's answers, and links it wrote before it
 * wrote dates), in months from the day of answering: what the answer means, not an estimate.
 */
export const RELATIVE_DEADLINES = { '3m': 3, '6m': 6, '12m': 12 } as const;
export type RelativeDeadline = keyof typeof RELATIVE_DEADLINES;

/** Chapters a tool may send a reader to (URL /chapters/<slug>/); the content tests check they exist. */
export const CHAPTER_SLUGS = [
	'what-is-a-soc-report',
	'soc-1',
	'soc-2',
	'soc-3',
	'type-1-vs-type-2',
	'soc-1-vs-soc-2-vs-soc-3',
	'reporting-period',
	'readiness-assessment',
	'timeline',
	'cost',
	'choosing-an-audit-firm',
	'common-pitfalls',
	'reading-a-soc-report',
	'after-the-report',
	'beyond-soc',
] as const;
export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];

/** The label of an id in a list, or the id itself when the list does not have it. */
export function labelOf<T extends string | number>(list: readonly Term<T>[], id: T): string {
	return list.find((t) => t.id === id)?.label ?? String(id);
}

/** 'Type 1' or 'Type 2'. */
export function typeLabel(type: ExamType): string {
	return labelOf(EXAM_TYPES, type);
}

/** Whether a scope includes a SOC 2 (and so the Trust Services Categories). */
export function includesSoc2(report: ReportScope): boolean {
	return report !== 'soc1';
}

/** Categories in the canonical order, de-duplicated, always with Security first. */
export function canonicalCategories(list: readonly string[]): Category[] {
	const wanted = new Set(list);
	return CATEGORIES.map((c) => c.id).filter((id) => id === 'security' || wanted.has(id));
}

/** A list in words, as every page writes one: 'a', 'a and b', 'a, b and c' (no serial comma). */
export function andList(items: readonly string[]): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Names a list of categories in words: 'Security, Availability and Privacy'. */
export function categoryList(categories: readonly Category[]): string {
	return andList(canonicalCategories(categories).map((id) => labelOf(CATEGORIES, id)));
}
