/**
 * The full statement of what a SOC 3 rests on, with its sources. Only the chooser's reasons show it,
 * so it lives apart from the rule and the short forms in ./soc3.ts, which every tool loads: a page
 * that never shows the statement does not download it.
 */
/** The short statement the chooser and the estimator show. */
export const SOC3_STATEMENT =
	'A SOC 3 reports on whether controls were effective throughout a period, so it needs the same period of testing as a SOC 2 Type 2; there is no point-in-time (Type 1) SOC 3. It is an examination under the AICPA attestation standards (AT-C 205) and the AICPA’s SOC 2 guide, and in practice it is almost always performed together with a SOC 2 Type 2 for the same period, reusing that testing. The standards do not require a SOC 2 report to be issued with it.';

/** The chapter that explains SOC 3. */
export const SOC3_CHAPTER = 'soc-3' as const;

/** Where the statement comes from. */
export const SOC3_SOURCES = [
	{
		title:
			'SOC 2® Reporting on an Examination of Controls at a Service Organization Relevant to Security, Availability, Processing Integrity, Confidentiality, or Privacy (AICPA Guide)',
		/** Sold by the AICPA; cited by title and edition. */
		url: null,
		year: 2018,
	},
	{
		title: 'SOC 3® — SOC for Service Organizations: Trust Services Criteria for General Use Report',
		url: 'https://www.aicpa-cima.com/topic/audit-assurance/audit-and-assurance-greater-than-soc-3',
		year: null,
	},
] as const;
