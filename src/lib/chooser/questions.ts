/**
 * The report chooser's questions: their ids and answer values, typed here so the rules are checked
 * against them, and their words, which authors edit in content/chooser-questions.json (checked
 * at build by ./questions-schema). Ids and values are stable: they appear in shareable URLs, so
 * renaming one breaks links already shared.
 */
import { questions as questionWords } from '../../../content/chooser-questions.json';
import {
	CATEGORIES,
	EXAM_TYPES,
	READINESS_LEVELS,
	RELATIVE_DEADLINES,
	REPORT_NAMES,
	type Term,
} from '../engagement/vocabulary';

/** Answers to a plain yes/no question, with an honest way out. */
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
export type YesNoUnsure = (typeof YES_NO_UNSURE)[number];

/** Promises a service organization may make; each maps to an optional SOC 2 category. */
export const COMMITMENTS = ['uptime', 'processing', 'confidential', 'personal'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

/** What a visitor can tick in the commitments question, besides the exclusive "none of these". */
export const COMMITMENT_CHOICES = [...COMMITMENTS, 'unsure'] as const;
export type CommitmentChoice = (typeof COMMITMENT_CHOICES)[number];

/** The value that stands for "none of these" in the commitments question (an empty list). */
export const NO_COMMITMENTS = 'none';

/** What customers have asked for so far. */
export const ASKED = ['none', 'unspecified', 'soc1', 'soc2', 'both', 'unsure'] as const;
export type Asked = (typeof ASKED)[number];

/** When the visitor needs a report in hand. */
export const DEADLINES = ['3m', '6m', '12m', 'later', 'unsure'] as const;
export type Deadline = (typeof DEADLINES)[number];

/** How long controls have been operating with evidence an auditor could test. */
export const CONTROLS = ['none', 'informal', 'under-3m', '3-6m', 'over-6m', 'unsure'] as const;
export type Controls = (typeof CONTROLS)[number];

/** A complete set of answers: the input of `recommendReport`. */
export interface Answers {
	financial: YesNoUnsure;
	data: YesNoUnsure;
	/** Ticked choices in canonical order; an empty list means "none of these". */
	commitments: readonly CommitmentChoice[];
	public: YesNoUnsure;
	asked: Asked;
	deadline: Deadline;
	controls: Controls;
	/** The exact date the report is needed by, when a link carried one; `deadline` is then its band. */
	deadlineDate?: string;
}

/** Question ids in the order they are asked; also the URL query keys. */
export const QUESTION_IDS = [
	'financial',
	'data',
	'commitments',
	'public',
	'asked',
	'deadline',
	'controls',
] as const satisfies readonly (keyof Answers)[];
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The answer values of each question (in the order links list them) and whether it takes one or several. */
export const QUESTION_SHAPES = {
	financial: { kind: 'single', values: YES_NO_UNSURE },
	data: { kind: 'single', values: YES_NO_UNSURE },
	commitments: { kind: 'multi', values: COMMITMENT_CHOICES, none: NO_COMMITMENTS },
	public: { kind: 'single', values: YES_NO_UNSURE },
	asked: { kind: 'single', values: ASKED },
	deadline: { kind: 'single', values: DEADLINES },
	controls: { kind: 'single', values: CONTROLS },
} as const satisfies Record<QuestionId, QuestionShape>;

/** What the code fixes about a question: its kind and answer values. */
export interface QuestionShape {
	kind: 'single' | 'multi';
	values: readonly string[];
	/** Multi-choice only: the value of the exclusive "none of these" answer. */
	none?: string;
}

/** One answer a visitor can choose. */
export interface QuestionOption {
	value: string;
	label: string;
	/** A short clarification shown under the label. */
	hint?: string;
}

/** One question: a single choice (radio buttons) or several (checkboxes). */
export interface Question {
	id: QuestionId;
	kind: 'single' | 'multi';
	/** The question itself, used as the fieldset legend. */
	title: string;
	/** A few words naming the topic, for progress, summaries and notices. */
	short: string;
	/** Examples or where to look, shown under the question. */
	hint: string;
	/** The honest "why we ask". */
	why: string;
	options: readonly QuestionOption[];
	/** Multi-choice only: the exclusive "none of these" answer. */
	noneOption?: QuestionOption;
}

/** A question as content/chooser-questions.json words it: everything but the kind, terms unfilled. */
export type QuestionWords = Omit<Question, 'kind' | 'id'> & { id: string };

/** The shared terms a question's words may name as {list.id}, e.g. {report.soc1}. */
export const TERM_LISTS: Record<string, readonly Term<string | number>[]> = {
	report: REPORT_NAMES,
	type: EXAM_TYPES,
	category: CATEGORIES,
	readiness: READINESS_LEVELS,
};

/** The shared label a {list.id} reference names, or null when there is no such term. */
export function termLabel(list: string, id: string): string | null {
	return (
		(Object.hasOwn(TERM_LISTS, list) &&
			TERM_LISTS[list]!.find((t) => String(t.id) === id)?.label) ||
		null
	);
}

/** Words with every {list.id} replaced by the vocabulary's label (unknown references stay as written). */
export function fillTerms(text: string): string {
	return text.replace(
		/\{([a-z]+)\.([a-z0-9-]+)\}/g,
		(ref, list: string, id: string) => termLabel(list, id) ?? ref,
	);
}

/**
 * The questions a site shows, from the file's words (already checked) and the code's shapes. Term
 * references are filled in the whole text at once: the vocabulary's labels hold no character JSON escapes.
 */
export function questionsFromWords(words: readonly QuestionWords[]): Question[] {
	return (JSON.parse(fillTerms(JSON.stringify(words))) as QuestionWords[]).map((w) => {
		const id = w.id as QuestionId;
		return { ...w, id, kind: QUESTION_SHAPES[id].kind };
	});
}

/** The chooser's questions, in the order they are asked. */
export const QUESTIONS: readonly Question[] = questionsFromWords(
	questionWords as readonly QuestionWords[],
);

/** The question with this id. */
export function questionById(id: QuestionId): Question {
	const question = QUESTIONS.find((q) => q.id === id);
	if (!question) throw new Error(`No chooser question "${id}"`);
	return question;
}

/** The label a visitor saw for an answer value, for reasons and summaries. */
export function optionLabel(id: QuestionId, value: string): string {
	const question = questionById(id);
	if (question.noneOption?.value === value) return question.noneOption.label;
	return question.options.find((o) => o.value === value)?.label ?? value;
}

/**
 * Months from the day of answering that each "when do you need it" answer stands for: what the
 * answer means, not an estimate (the dates a plan gets come from the model).
 */
export const DEADLINE_MONTHS: Record<Deadline, number | null> = {
	...RELATIVE_DEADLINES,
	later: null,
	unsure: null,
};
