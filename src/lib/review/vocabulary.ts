// The review's words: reports, types and Trust Services Categories come from the guide's shared
// vocabulary; opinions, uses and subservice methods are the review's own.
import {
	EXAM_TYPES,
	REPORT_SCOPES,
	type ExamType,
	type ReportScope,
} from '../engagement/vocabulary';

export { CATEGORIES, OPTIONAL_CATEGORIES, labelOf, typeLabel } from '../engagement/vocabulary';
export type { Category, ExamType, OptionalCategory } from '../engagement/vocabulary';

/** The reports a vendor can hand over for review: one at a time, and a SOC 3 has no tests or CUECs. */
export type ReviewReport = Exclude<ReportScope, 'both'>;
export const REVIEW_REPORTS = REPORT_SCOPES.filter(
	(r): r is Extract<(typeof REPORT_SCOPES)[number], { id: ReviewReport }> => r.id !== 'both',
);

/** Type 2 first: the report most vendors send. */
export const REVIEW_TYPES: readonly { id: ExamType; label: string; hint: string }[] = [
	{ ...EXAM_TYPES[1], hint: 'a period' },
	{ ...EXAM_TYPES[0], hint: 'a single date' },
];

/** The four opinions an auditor can give, in the guide's words. */
export const OPINIONS = [
	{ id: 'unmodified', label: 'Unmodified (unqualified, “clean”)' },
	{ id: 'qualified', label: 'Qualified' },
	{ id: 'adverse', label: 'Adverse' },
	{ id: 'disclaimer', label: 'Disclaimer of opinion' },
] as const;
export type Opinion = (typeof OPINIONS)[number]['id'];

/** What the reader relies on the vendor for. */
export const USES = [
	{ id: 'security', label: 'Security of our data and systems' },
	{ id: 'financial', label: 'Our financial reporting' },
	{ id: 'both', label: 'Both' },
] as const;
export type Use = (typeof USES)[number]['id'];

/** How the report presents a subservice organization. */
export const METHODS = [
	{ id: 'carve-out', label: 'Carve-out' },
	{ id: 'inclusive', label: 'Inclusive' },
] as const;
export type Method = (typeof METHODS)[number]['id'];
