import {
	AREAS,
	type Answers,
	type AnswerId,
	type BlockFrequency,
	type FixEffort,
	type ReadinessQuestion,
} from './model';

/** Why a question shows up in the gap list. */
export type GapStatus = 'missing' | 'unanswered' | 'unevidenced';

/** One entry of the prioritized gap list. */
export interface ReadinessGap {
	question: ReadinessQuestion;
	status: GapStatus;
	/** What to do next, in one or two sentences; pair it with `question.evidence`. */
	action: string;
	/** Higher comes first; see `gapSeverity`. */
	severity: number;
}

/** Reader-facing label of a gap status. */
export const GAP_STATUS_LABELS: Record<GapStatus, string> = {
	missing: 'Not in place',
	unanswered: 'Not answered yet (counted as not in place)',
	unevidenced: 'In place, not evidenced',
};

/** What to do about a control that is in place but not evidenced; the question's `evidence` says what. */
export const UNEVIDENCED_ACTION =
	'Start keeping dated records that this control runs, and keep them for the whole audit period.';

const BLOCK_WEIGHT: Record<BlockFrequency, number> = { often: 3, sometimes: 2, rarely: 1 };
const EFFORT_WEIGHT: Record<FixEffort, number> = { months: 3, weeks: 2, days: 1 };
// A missing control needs building and then evidence; an unevidenced one only needs evidence,
// so it weighs half. Unanswered counts as missing until the reader says otherwise.
const STATUS_WEIGHT: Record<GapStatus, number> = { missing: 2, unanswered: 2, unevidenced: 1 };

/** Severity of a gap: how often the control blocks first audits, times how much of it is missing. */
export function gapSeverity(question: ReadinessQuestion, status: GapStatus): number {
	return BLOCK_WEIGHT[question.blocks] * STATUS_WEIGHT[status];
}

/** The answer recorded for a question, or undefined; ignores inherited keys and unknown values. */
export function answerFor(answers: Answers, id: string): AnswerId | undefined {
	if (!Object.hasOwn(answers, id)) return undefined;
	const value = answers[id];
	return value === 'evidenced' || value === 'unevidenced' || value === 'missing' || value === 'na'
		? value
		: undefined;
}

function statusOf(answer: AnswerId | undefined): GapStatus | undefined {
	if (answer === undefined) return 'unanswered';
	if (answer === 'missing') return 'missing';
	if (answer === 'unevidenced') return 'unevidenced';
	return undefined;
}

const areaIndex = (q: ReadinessQuestion) => AREAS.findIndex((a) => a.id === q.area);

/**
 * Compares two gaps for the list: most severe first; then the slower fix first, because long
 * lead times decide when an observation window can start; then area order; then question id, so
 * the order never depends on the order of the inputs.
 */
export function compareGaps(a: ReadinessGap, b: ReadinessGap): number {
	return (
		b.severity - a.severity ||
		EFFORT_WEIGHT[b.question.effort] - EFFORT_WEIGHT[a.question.effort] ||
		areaIndex(a.question) - areaIndex(b.question) ||
		(a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0)
	);
}

/** The gaps among the given questions, most urgent first. Pass only the questions in scope. */
export function prioritizeGaps(
	questions: readonly ReadinessQuestion[],
	answers: Answers,
): ReadinessGap[] {
	const gaps: ReadinessGap[] = [];
	for (const question of questions) {
		const status = statusOf(answerFor(answers, question.id));
		if (!status) continue;
		gaps.push({
			question,
			status,
			action: status === 'unevidenced' ? UNEVIDENCED_ACTION : question.fix,
			severity: gapSeverity(question, status),
		});
	}
	return gaps.sort(compareGaps);
}
