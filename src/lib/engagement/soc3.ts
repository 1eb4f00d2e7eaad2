/**
 * What a SOC 3 requires and rests on, said once for every tool, with its sources. The chapter
 * /chapters/soc-3/ explains it at length; tools show this short form and link there.
 */
import type { ExamType, ReportScope } from './vocabulary';

/** The short statement the chooser and the estimator show. */
export const SOC3_STATEMENT =
	'A SOC 3 reports on whether controls were effective throughout a period, so it needs the same period of testing as a SOC 2 Type II; there is no point-in-time (Type I) SOC 3. It is an examination under the AICPA attestation standards (AT-C 205) and the AICPA’s SOC 2 guide, and in practice it is almost always performed together with a SOC 2 Type II for the same period, reusing that testing. The standards do not require a SOC 2 report to be issued with it.';

/** One sentence for tight spaces (a form hint, a notice). */
export const SOC3_SHORT =
	'A SOC 3 covers a period, like a SOC 2 Type II, and is almost always issued alongside one for the same period.';

/** Why a plan cannot include one (a form hint, a notice). */
export const SOC3_NEEDS =
	'A SOC 3 covers a period against the Trust Services Criteria, so it needs a SOC 2 scope and a Type II.';

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

/**
 * Whether a plan can include a SOC 3: it reports on a period, so it needs a Type II and the Trust
 * Services Criteria (a SOC 2 in scope). The one place this rule lives.
 */
export function soc3Fits(plan: { report: ReportScope; type: ExamType }): boolean {
	return plan.type === 2 && plan.report !== 'soc1';
}
