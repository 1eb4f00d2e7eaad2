import { answerFor } from './gaps';
import type { Answers, ReadinessScope } from './model';
import { areasInScope, questionsInScope, type QuestionOutline } from './scope';
import type { Step } from './url-state';

/** The steps of the self-check for a scope: the scope itself, each area asked, then the results. */
export function stepsFor(questions: readonly QuestionOutline[], scope: ReadinessScope): Step[] {
	return ['scope', ...areasInScope(questions, scope).map((a) => a.id), 'results'];
}

/** The step before or after `step`, or undefined at either end (or for a step not in the list). */
export function adjacentStep(steps: readonly Step[], step: Step, delta: -1 | 1): Step | undefined {
	const index = steps.indexOf(step);
	return index === -1 ? undefined : steps[index + delta];
}

/** The area holding the first unanswered question in scope, or 'results' when all are answered. */
export function firstUnansweredStep(
	questions: readonly QuestionOutline[],
	scope: ReadinessScope,
	answers: Answers,
): Step {
	const open = questionsInScope(questions, scope).find((q) => !answerFor(answers, q.id));
	return open ? open.area : 'results';
}

// About 20 seconds a question: each has four fixed answers and most readers know the answer.
const SECONDS_PER_QUESTION = 20;

/** Rough minutes a reader needs for a number of questions (at least one). */
export function estimatedMinutes(questionCount: number): number {
	return Math.max(1, Math.ceil((questionCount * SECONDS_PER_QUESTION) / 60));
}
