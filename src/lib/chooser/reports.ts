/**
 * Which reports the answers call for: SOC 1, SOC 2, a SOC 3 beside a SOC 2, or none yet, each
 * with the answers that called for it, and the reports worth weighing on top.
 */
import type { ReportName, ReportScope } from '../engagement/vocabulary';
import type { AppliedRule, Effect } from './answer-rules';
import type { Answers } from './questions';

/** Which examinations are recommended (a plan's `report`, plus "none"). */
export type Scope = ReportScope | 'none';

/** The reports the answers call for, and the answers behind each. */
export interface ReportPick {
	scope: Scope;
	/** Reports to get, in order SOC 1, SOC 2, SOC 3; empty when none is needed yet. */
	reports: ReportName[];
	soc1By: AppliedRule[];
	soc2By: AppliedRule[];
	soc3By: AppliedRule[];
	/** Every answer that points to SOC 2, whether or not SOC 2 is recommended. */
	suggestsSoc2: AppliedRule[];
}

/** The rules (among those applied) with an effect that matches. */
export function withEffect(
	applied: readonly AppliedRule[],
	pred: (e: Effect) => boolean,
): AppliedRule[] {
	return applied.filter((a) => a.rule.effects.some(pred));
}

/**
 * SOC 1 when an answer requires it; SOC 2 when one requires it, or when one suggests it and SOC 1
 * is not already recommended; a SOC 3 only beside a SOC 2.
 */
export function pickReports(applied: readonly AppliedRule[]): ReportPick {
	const requires = (report: ReportName) =>
		withEffect(applied, (e) => e.kind === 'require' && e.report === report);
	const suggestsSoc2 = withEffect(applied, (e) => e.kind === 'suggest');
	const soc1By = requires('soc1');
	const soc1 = soc1By.length > 0;
	const soc2By = requires('soc2').length > 0 ? requires('soc2') : soc1 ? [] : suggestsSoc2;
	const soc2 = soc2By.length > 0;
	const soc3By = soc2 ? requires('soc3') : [];
	const soc3 = soc3By.length > 0;

	const reports: ReportName[] = [];
	if (soc1) reports.push('soc1');
	if (soc2) reports.push('soc2');
	if (soc3) reports.push('soc3');
	const scope: Scope = soc1 && soc2 ? 'both' : soc1 ? 'soc1' : soc2 ? 'soc2' : 'none';
	return { scope, reports, soc1By, soc2By, soc3By, suggestsSoc2 };
}

/** Reports worth weighing on top of the recommendation (never one already recommended). */
export function reportsToConsider(pick: ReportPick, answers: Answers): ReportName[] {
	const soc1 = pick.reports.includes('soc1');
	const soc2 = pick.reports.includes('soc2');
	const out: ReportName[] = [];
	if (soc1 && !soc2 && pick.suggestsSoc2.length > 0) out.push('soc2');
	if (soc2 && !soc1 && answers.financial === 'unsure') out.push('soc1');
	if (soc2 && !pick.reports.includes('soc3') && answers.public === 'unsure') out.push('soc3');
	return out;
}
