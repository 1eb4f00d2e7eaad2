// What the reader enters about a vendor's report, in the spelling of the tools' shared query
// contract (report=soc1|soc2, type=1|2, tsc=comma list). Kept in this one file so the review can
// move onto the guide's shared vocabulary without touching its rules.

/** The reports a vendor can hand over for review. A SOC 3 carries no tests or CUECs to review. */
export const REVIEW_REPORTS = [
	{ id: 'soc2', label: 'SOC 2' },
	{ id: 'soc1', label: 'SOC 1' },
] as const;
export type ReviewReport = (typeof REVIEW_REPORTS)[number]['id'];

export const REVIEW_TYPES = [
	{ id: '2', label: 'Type 2 (a period)' },
	{ id: '1', label: 'Type 1 (a single date)' },
] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number]['id'];

/** The four opinions an auditor can give, in the guide's words. */
export const OPINIONS = [
	{ id: 'unmodified', label: 'Unmodified (unqualified, “clean”)' },
	{ id: 'qualified', label: 'Qualified' },
	{ id: 'adverse', label: 'Adverse' },
	{ id: 'disclaimer', label: 'Disclaimer of opinion' },
] as const;
export type Opinion = (typeof OPINIONS)[number]['id'];

/** The Trust Services Categories; Security is in every SOC 2. */
export const CATEGORIES = [
	{ id: 'security', label: 'Security' },
	{ id: 'availability', label: 'Availability' },
	{ id: 'processing-integrity', label: 'Processing Integrity' },
	{ id: 'confidentiality', label: 'Confidentiality' },
	{ id: 'privacy', label: 'Privacy' },
] as const;
export type Category = (typeof CATEGORIES)[number]['id'];
export type OptionalCategory = Exclude<Category, 'security'>;
export const OPTIONAL_CATEGORIES = CATEGORIES.filter(
	(c): c is Extract<(typeof CATEGORIES)[number], { id: OptionalCategory }> => c.id !== 'security',
);

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

/** The label of an id in one of the lists above. */
export function labelOf<T extends { id: string; label: string }>(list: readonly T[], id: string): string {
	return list.find((item) => item.id === id)?.label ?? id;
}
