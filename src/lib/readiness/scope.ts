import { AREAS, type Area, type ReadinessQuestion, type ReadinessScope } from './model';

/** Whether the scope includes a SOC 2 (and so the Trust Services Criteria and its categories). */
export function includesSoc2(scope: ReadinessScope): boolean {
	return scope.report !== 'soc1';
}

/**
 * Whether a question is asked for this scope. A SOC 2 asks every Security question plus those of the
 * chosen categories. A SOC 1 on its own asks only the questions marked `soc1`: its control objectives
 * are written by management, but the control environment and IT general controls behind them are the
 * same kind of controls the common criteria cover.
 */
export function isQuestionInScope(question: ReadinessQuestion, scope: ReadinessScope): boolean {
	const area = AREAS.find((a) => a.id === question.area);
	if (!area) return false;
	if (!includesSoc2(scope)) return area.category === 'security' && question.soc1;
	return (
		area.category === 'security' || (scope.categories as readonly string[]).includes(area.category)
	);
}

/** The questions asked for this scope, in the order of the questions file. */
export function questionsInScope(
	questions: readonly ReadinessQuestion[],
	scope: ReadinessScope,
): ReadinessQuestion[] {
	return questions.filter((q) => isQuestionInScope(q, scope));
}

/** The areas that have at least one question in this scope, in walking order. */
export function areasInScope(
	questions: readonly ReadinessQuestion[],
	scope: ReadinessScope,
): Area[] {
	const asked = new Set(questionsInScope(questions, scope).map((q) => q.area));
	return AREAS.filter((a) => asked.has(a.id));
}
