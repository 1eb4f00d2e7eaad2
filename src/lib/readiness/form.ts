/**
 * The self-check's form handlers: what choosing a report, ticking a category or answering a
 * question does to the state. Values that are not real choices leave the state as it was, so
 * nothing a form can send puts something unusable in the URL.
 */
import {
	ANSWERS,
	OPTIONAL_CATEGORIES,
	REPORTS,
	type AnswerId,
	type OptionalCategoryId,
	type ReadinessScope,
} from './model';
import type { QuestionOutline } from './scope';

/** The scope after choosing a report; a SOC 1 on its own has no categories. */
export function withReport(scope: ReadinessScope, report: string): ReadinessScope {
	const known = REPORTS.find((r) => r.id === report)?.id;
	if (!known) return scope;
	return { report: known, categories: known === 'soc1' ? [] : scope.categories };
}

/** The scope after ticking (or unticking) a category, categories in their usual order. */
export function withCategory(scope: ReadinessScope, category: string, on: boolean): ReadinessScope {
	if (!OPTIONAL_CATEGORIES.some((c) => c.id === category) || scope.report === 'soc1') return scope;
	const chosen = new Set<string>(scope.categories);
	if (on) chosen.add(category);
	else chosen.delete(category);
	return {
		...scope,
		categories: OPTIONAL_CATEGORIES.map((c) => c.id).filter((c): c is OptionalCategoryId =>
			chosen.has(c),
		),
	};
}

/** The answers after answering one question; unknown questions and answers change nothing. */
export function withAnswer(
	answers: Readonly<Record<string, AnswerId>>,
	questions: readonly QuestionOutline[],
	id: string,
	answer: string,
): Readonly<Record<string, AnswerId>> {
	const known = ANSWERS.find((a) => a.id === answer)?.id;
	if (!known || !questions.some((q) => q.id === id)) return answers;
	return { ...answers, [id]: known };
}
