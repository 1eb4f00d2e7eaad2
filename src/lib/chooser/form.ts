/**
 * The chooser's form handlers: what the inputs of one question show for the stored answers, what
 * ticking an option does, and the answer a selection stands for. Values that are not options of
 * the question never become an answer, whatever reaches these functions.
 */
import {
	COMMITMENT_CHOICES,
	NO_COMMITMENTS,
	type Answers,
	type CommitmentChoice,
	type Question,
	type QuestionId,
} from './questions';

/** Every value an input of the question can carry, "none of these" included. */
export function optionValues(question: Question): string[] {
	const values = question.options.map((o) => o.value);
	return question.noneOption ? [...values, question.noneOption.value] : values;
}

/** The inputs' current selection for a question, from the stored answers. */
export function selectionFor(question: Question, answers: Partial<Answers>): string[] {
	const value = answers[question.id];
	if (value === undefined) return [];
	if (question.kind === 'single') return [value as string];
	const list = value as readonly CommitmentChoice[];
	return list.length === 0 ? [NO_COMMITMENTS] : [...list];
}

/** The selection after the visitor ticks (or unticks) one option. */
export function toggleSelection(
	question: Question,
	selection: readonly string[],
	value: string,
	checked: boolean,
): string[] {
	if (!optionValues(question).includes(value)) return [...selection];
	if (question.kind === 'single') return checked ? [value] : [...selection];
	// "None of these" excludes every other box, and ticking another box clears it.
	if (value === NO_COMMITMENTS) return checked ? [NO_COMMITMENTS] : [];
	const rest = selection.filter((v) => v !== NO_COMMITMENTS && v !== value);
	return checked ? [...rest, value] : rest;
}

/** The stored answer a selection stands for; undefined when nothing usable is ticked. */
export function answerFrom(
	question: Question,
	selection: readonly string[],
): Answers[QuestionId] | undefined {
	const values = optionValues(question);
	const picked = selection.filter((v) => values.includes(v));
	if (picked.length === 0) return undefined;
	if (question.kind === 'single') return picked[0] as Answers[QuestionId];
	if (picked.includes(NO_COMMITMENTS)) return [];
	return COMMITMENT_CHOICES.filter((c) => picked.includes(c));
}
