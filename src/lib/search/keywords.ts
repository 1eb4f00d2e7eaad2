/**
 * Words readers type for what each chapter is about, when the chapter itself uses other words
 * ('gap letter' for the bridge letters it explains, 'SOC2' for SOC 2, 'Type II' for Type 2).
 *
 * Every entry must be something the chapter really covers: the list is indexed as the chapter's
 * `keywords` metadata (not shown on the page, weighted by SEARCH_RANKING) so the right chapter comes
 * first, and a keyword the chapter does not explain would send readers to the wrong place.
 */
export const CHAPTER_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
	'what-is-a-soc-report': [
		'what is a SOC report',
		'SOC report meaning',
		'System and Organization Controls',
		'Service Organization Control',
		'SSAE 18',
		'SSAE18',
		'SAS 70',
		'SAS70',
		'attestation',
		'SOC certification',
		'certified',
	],
	'soc-1': [
		'SOC1',
		'SOC 1',
		'SOC I',
		'ICFR',
		'internal control over financial reporting',
		'SOX',
		'Sarbanes-Oxley',
		'user auditor',
		'control objectives',
		'AT-C 320',
	],
	'soc-2': [
		'SOC2',
		'SOC 2',
		'SOC II',
		'Trust Services Criteria',
		'TSC',
		'common criteria',
		'pen test',
		'pentest',
		'penetration test required',
		'DC 200',
	],
	'soc-3': [
		'SOC3',
		'SOC 3',
		'SOC III',
		'general use report',
		'public SOC report',
		'SOC 3 seal',
		'website',
	],
	'type-1-vs-type-2': [
		'Type 1',
		'Type 2',
		'Type I',
		'Type II',
		'type one',
		'type two',
		'Type 1 vs Type 2',
		'observation period',
		'operating effectiveness',
		'point in time',
	],
	// No 'SOC 1 vs SOC 2' here: the title says it, and more would pull every 'SOC 2' search here.
	'soc-1-vs-soc-2-vs-soc-3': [
		'difference between SOC reports',
		'compare SOC reports',
		'which SOC report do I need',
	],
	'reporting-period': [
		'bridge letter',
		'gap letter',
		'bridge letters',
		'coverage gap',
		'review period',
		'report period',
		'how long is a SOC report valid',
		'expire',
	],
	'readiness-assessment': [
		'readiness',
		'gap assessment',
		'gap analysis',
		'pre-assessment',
		'mock audit',
	],
	timeline: ['how long does a SOC 2 take', 'timeline', 'duration', 'schedule', 'weeks', 'months'],
	cost: ['how much does a SOC 2 cost', 'price', 'pricing', 'budget', 'fees', 'audit fee', 'cost'],
	'choosing-an-audit-firm': [
		'auditor',
		'CPA firm',
		'audit firm',
		'peer review',
		'Big 4',
		'Big Four',
		'choose an auditor',
	],
	'common-pitfalls': ['mistakes', 'pitfalls', 'common mistakes', 'avoid', 'scope'],
	'reading-a-soc-report': [
		'CUEC',
		'CUECs',
		'complementary user entity controls',
		'CSOC',
		'complementary subservice organization controls',
		'carve-out',
		'inclusive method',
		'qualified opinion',
		'vendor review',
		'exceptions',
	],
	'beyond-soc': [
		'ISO 27001',
		'ISO27001',
		'HITRUST',
		'ISAE 3402',
		'ISAE 3000',
		'SOC for Cybersecurity',
		'SOC for Supply Chain',
	],
	'after-the-report': [
		'continuous monitoring',
		'annual audit cycle',
		'share the report',
		'NDA',
		'after the audit',
	],
};

/** The `keywords` metadata value for a chapter ('' when it has none). */
export function chapterKeywords(slug: string): string {
	return (CHAPTER_KEYWORDS[slug] ?? []).join(', ');
}
