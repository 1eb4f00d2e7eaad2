/**
 * What a SOC 3 requires, said once for every tool: the rule and its short forms. The full statement
 * with its sources is in ./soc3-statement.ts. The chapter /chapters/soc-3/ explains it at length;
 * tools show these short forms and link there.
 */
import type { ExamType, ReportScope } from './vocabulary';

/** One sentence for tight spaces (a form hint, a notice). */
export const SOC3_SHORT =
	'A SOC 3 covers a period, like a SOC 2 Type 2, and is almost always issued alongside one for the same period.';

/** Why a plan cannot include one (a form hint, a notice). */
export const SOC3_NEEDS =
	'A SOC 3 covers a period against the Trust Services Criteria, so it needs a SOC 2 scope and a Type 2.';

/**
 * Whether a plan can include a SOC 3: it reports on a period, so it needs a Type 2 and the Trust
 * Services Criteria (a SOC 2 in scope). The one place this rule lives.
 */
export function soc3Fits(plan: { report: ReportScope; type: ExamType }): boolean {
	return plan.type === 2 && plan.report !== 'soc1';
}
