import { AREAS, type Area, type ReadinessQuestion, type ReadinessScope } from './model';

/** What deciding the scope needs to know about a question: its id, area and SOC 1 relevance. */
export type QuestionOutline = Pick<ReadinessQuestion, 'id' | 'area' | 'soc1'>;

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
export function isQuestionInScope(question: QuestionOutline, scope: ReadinessScope): boolean {
	const area = AREAS.find((a) => a.id === question.area);
	if (!area) return false;
	if (!includesSoc2(scope)) return area.category === 'security' && question.soc1;
	return (
		area.category === 'security' || (scope.categories as readonly string[]).includes(area.category)
	);
}

/** The questions asked for this scope, in the order of the questions file. */
export function questionsInScope<Q extends QuestionOutline>(
	questions: readonly Q[],
	scope: ReadinessScope,
): Q[] {
	return questions.filter((q) => isQuestionInScope(q, scope));
}

/** The areas that have at least one question in this scope, in walking order. */
export function areasInScope(questions: readonly QuestionOutline[], scope: ReadinessScope): Area[] {
	const asked = new Set(questionsInScope(questions, scope).map((q) => q.area));
	return AREAS.filter((a) => asked.has(a.id));
}

/**
 * The questions' outline as a short text: for each area in walking order, the number of questions
 * and how many of them a SOC 1 asks ('5:4,3:1,…'), so a page can count and walk the steps before
 * the questions themselves have loaded.
 */
export function outlineText(questions: readonly QuestionOutline[]): string {
	return AREAS.map((area) => {
		const inArea = questions.filter((q) => q.area === area.id);
		return `${inArea.length}:${inArea.filter((q) => q.soc1).length}`;
	}).join(',');
}

/**
 * Stand-in questions for an outline text: the right number per area, with ids no real question
 * has, so counts and steps come out as with the real list. Unreadable parts count as empty.
 */
export function outlineQuestions(text: string): QuestionOutline[] {
	const counts = text.split(',');
	return AREAS.flatMap((area, i) => {
		const [all = '', soc1 = ''] = (counts[i] ?? '').split(':');
		const count = /^\d{1,3}$/.test(all) ? Number(all) : 0;
		const soc1Count = /^\d{1,3}$/.test(soc1) ? Number(soc1) : 0;
		return Array.from({ length: count }, (_, n) => ({
			id: `${area.id}#${n + 1}`,
			area: area.id,
			soc1: n < soc1Count,
		}));
	});
}
