/**
 * The chooser's URL state: answers live in the query string so a result can be bookmarked,
 * shared and linked from campaigns. Parsing never throws; anything it cannot use becomes a notice.
 */
import {
	COMMITMENT_CHOICES,
	DEADLINES,
	NO_COMMITMENTS,
	QUESTION_IDS,
	QUESTION_SHAPES,
	questionById,
	type Answers,
	type CommitmentChoice,
	type Deadline,
	type QuestionId,
} from './questions';
import type { Recommendation } from './rules';
import { addMonths, todayIso, type IsoDate } from '../engagement/dates';
import { capNotices, quoteInput, type PlanNotice } from '../engagement/notices';
import type { EngagementPlan } from '../engagement/plan';
import { readPlanQuery, writePlanQuery } from '../engagement/url';
import { RELATIVE_DEADLINES, type RelativeDeadline } from '../engagement/vocabulary';

/** Something in the link we could not use; shown to the visitor (the shared notice shape). */
export type QueryNotice = PlanNotice;

/** The outcome of reading a chooser URL. */
export interface ParsedChooserQuery {
	answers: Partial<Answers>;
	/** What the link said about the plan beyond the chooser's questions (carried to the other tools). */
	plan: EngagementPlan;
	notices: QueryNotice[];
}

/** Options for `parseChooserQuery`. */
export interface ParseOptions {
	/** Today's date: "within 3 months" and dates in the link are read against it. */
	today?: IsoDate;
}

/** The chooser's own keys: its questions, except `deadline`, which is the plan's. */
const TOOL_KEYS = QUESTION_IDS.filter((id) => id !== 'deadline');

/** A value quoted for a notice with a space after it ('"maybe" '), or '' when it is not quotable. */
function quoted(text: string): string {
	const shown = quoteInput(text, '');
	return shown === '' ? '' : `${shown} `;
}

function isQuestionId(key: string): key is QuestionId {
	return (QUESTION_IDS as readonly string[]).includes(key);
}

/** The band of the deadline question a date falls in, counted from today. */
export function deadlineBand(date: IsoDate, today: IsoDate): Deadline {
	for (const [band, months] of Object.entries(RELATIVE_DEADLINES) as [RelativeDeadline, number][]) {
		if (date <= addMonths(today, months)) return band;
	}
	return 'later';
}

/** Reads answers from a query string, ignoring (with a notice) anything unknown or invalid. */
export function parseChooserQuery(
	search: string | URLSearchParams,
	options: ParseOptions = {},
): ParsedChooserQuery {
	const today = options.today ?? todayIso();
	const read = readPlanQuery(search, { today, toolKeys: TOOL_KEYS });
	const answers: Partial<Answers> = {};
	const notices: QueryNotice[] = [...read.notices];
	const { deadline, ...plan } = read.plan;

	for (const id of TOOL_KEYS) {
		const rawValue = read.toolValues[id];
		if (rawValue === undefined) continue;
		const topic = questionById(id).short;
		const value = rawValue.toLowerCase();
		if (id === 'commitments') {
			const commitments = parseCommitments(value, topic, notices);
			if (commitments) answers.commitments = commitments;
			continue;
		}
		const allowed: readonly string[] = QUESTION_SHAPES[id].values;
		if (allowed.includes(value)) {
			(answers as Record<string, string>)[id] = value;
		} else {
			notices.push({
				key: id,
				message: `The link’s answer ${quoted(rawValue)}for “${topic}” is not one we know, so we ignored it.`,
			});
		}
	}
	if (deadline === 'none') answers.deadline = 'later';
	else if (deadline === 'unsure') answers.deadline = 'unsure';
	else if (deadline !== undefined) {
		// A band the chooser wrote itself ("3m") stays a band; a date another tool wrote stays exact.
		const raw = read.raw.deadline?.toLowerCase();
		if (raw !== undefined && (DEADLINES as readonly string[]).includes(raw))
			answers.deadline = raw as Deadline;
		else {
			answers.deadline = deadlineBand(deadline, today);
			answers.deadlineDate = deadline;
		}
	}
	return { answers, plan, notices: capNotices(notices) };
}

/** Reads the commitments list ("uptime,personal", "none"); undefined when nothing usable. */
function parseCommitments(
	value: string,
	topic: string,
	notices: QueryNotice[],
): CommitmentChoice[] | undefined {
	const tokens = value
		.split(',')
		.map((t) => t.trim())
		.filter((t) => t !== '');
	if (tokens.length === 0) {
		notices.push({
			key: 'commitments',
			message: `The link had an empty answer for “${topic}”, so we ignored it.`,
		});
		return undefined;
	}
	const chosen = new Set<CommitmentChoice>();
	let none = false;
	for (const token of tokens) {
		if (token === NO_COMMITMENTS) none = true;
		else if ((COMMITMENT_CHOICES as readonly string[]).includes(token)) {
			chosen.add(token as CommitmentChoice);
		} else {
			notices.push({
				key: 'commitments',
				message: `The link’s answer ${quoted(token)}for “${topic}” is not one we know, so we ignored it.`,
			});
		}
	}
	if (none && chosen.size > 0) {
		// "None of these" next to a real choice contradicts itself; the specific choice is more
		// informative, so it wins.
		notices.push({
			key: 'commitments',
			message: `The link said “none” for “${topic}” next to other choices; we kept the other choices.`,
		});
	}
	if (chosen.size > 0) return COMMITMENT_CHOICES.filter((c) => chosen.has(c));
	return none ? [] : undefined;
}

/** Writes answers as a query string (no leading "?"), in question order, keeping extra params. */
export function serializeChooserAnswers(
	answers: Partial<Answers>,
	extra: Iterable<readonly [string, string]> = [],
): string {
	const parts: string[] = [];
	for (const id of QUESTION_IDS) {
		const value = answers[id];
		if (value === undefined) continue;
		if (id === 'commitments') {
			const list = value as readonly CommitmentChoice[];
			const canonical = COMMITMENT_CHOICES.filter((c) => list.includes(c));
			// Values are plain [a-z0-9-], so the comma stays readable instead of becoming %2C.
			parts.push(`commitments=${canonical.length ? canonical.join(',') : NO_COMMITMENTS}`);
		} else if (id === 'deadline' && answers.deadlineDate) {
			parts.push(`deadline=${answers.deadlineDate}`);
		} else {
			parts.push(`${id}=${value as string}`);
		}
	}
	for (const [key, value] of extra) {
		if (isQuestionId(key)) continue;
		parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
	}
	return parts.join('&');
}

/** True when every question has an answer. */
export function isComplete(answers: Partial<Answers>): answers is Answers {
	return QUESTION_IDS.every((id) => answers[id] !== undefined);
}

/** The first question still without an answer, or null when all are answered. */
export function firstUnanswered(answers: Partial<Answers>): QuestionId | null {
	return QUESTION_IDS.find((id) => answers[id] === undefined) ?? null;
}

/**
 * The plan handed to the estimator and the self-check: for the first report, or for the Type 2
 * that follows a Type 1. Null when no report is recommended.
 */
export function handOffPlan(
	recommendation: Recommendation,
	stage: 'first' | 'next' = 'first',
): EngagementPlan | null {
	return stage === 'next' ? recommendation.nextPlan : recommendation.plan;
}

/** The hand-off plan as a query, in the shared canonical form. Null when no report is recommended. */
export function estimatorQueryFor(
	recommendation: Recommendation,
	stage: 'first' | 'next' = 'first',
): URLSearchParams | null {
	const plan = handOffPlan(recommendation, stage);
	return plan ? new URLSearchParams(writePlanQuery(plan)) : null;
}

/** The hand-off plan as a query string ready to append after "?". */
export function estimatorSearchFor(
	recommendation: Recommendation,
	stage: 'first' | 'next' = 'first',
): string | null {
	const plan = handOffPlan(recommendation, stage);
	return plan ? writePlanQuery(plan) : null;
}
