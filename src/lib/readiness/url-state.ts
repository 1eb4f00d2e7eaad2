// The self-check's state in the query string, so a reader can bookmark, share or resume it.
//
//   ?report=both&tsc=security,availability&step=access&a=mfa:e,leavers:u,pen-test:n
//
// The plan's keys (`report`, `tsc`, `type`, `soc3`, `deadline`…) are read and written by the shared
// codec (src/lib/engagement/url.ts): the chooser links here with them and the self-check hands them
// on; `step` is where the reader is; `a` holds the answers as `question-id:code` pairs with the
// one-letter codes from ANSWERS. Attribution keys ride along untouched. Anything else is ignored
// with a notice the page shows, and parsing never throws.

import {
	ANSWERS,
	AREAS,
	DEFAULT_SCOPE,
	type AnswerId,
	type AreaId,
	type OptionalCategoryId,
	type ReadinessScope,
} from './model';
import { areasInScope, includesSoc2, type QuestionOutline } from './scope';
import { ATTRIBUTION_KEYS } from '../attribution/attribution';
import { quotable } from '../site/echo';
import { todayIso, type IsoDate } from '../engagement/dates';
import { capNotices, type PlanNotice } from '../engagement/notices';
import type { EngagementPlan } from '../engagement/plan';
import { readPlanQuery, writePlanQuery } from '../engagement/url';
import { canonicalCategories } from '../engagement/vocabulary';

/** Where the reader is: choosing the scope, answering one area, or reading the results. */
export type Step = 'scope' | 'results' | AreaId;

/** Everything the self-check keeps in the URL. */
export interface ReadinessState {
	scope: ReadinessScope;
	/** Answers by question id; may include questions outside the current scope (kept for switching back). */
	answers: Readonly<Record<string, AnswerId>>;
	step: Step;
	/**
	 * The rest of the engagement plan the link carried (type, SOC 3, dates…): the self-check does not
	 * use it itself but hands it on to the estimator and shows the deadline. Readiness is its own.
	 */
	carry: EngagementPlan;
	/** Attribution parameters, in arrival order, passed on untouched. */
	attribution: readonly (readonly [string, string])[];
}

/** A problem found in the query string, worded for the reader (the shared notice shape). */
export type StateNotice = PlanNotice;

/** A parsed query string: the usable state plus what was ignored and why. */
export interface ParsedState {
	state: ReadinessState;
	notices: StateNotice[];
}

/** The state of a first visit. */
export const INITIAL_STATE: ReadinessState = {
	scope: DEFAULT_SCOPE,
	answers: {},
	step: 'scope',
	carry: {},
	attribution: [],
};

const MAX_SHOWN_VALUE = 40;
const TOOL_KEYS = ['step', 'a'] as const;

/** Reads the self-check's state from a query string (with or without `?`); never throws. */
export function parseReadinessQuery(
	search: string | URLSearchParams,
	questions: readonly QuestionOutline[],
	today: IsoDate = todayIso(),
): ParsedState {
	const read = readPlanQuery(search, { today, toolKeys: TOOL_KEYS });
	const notices: StateNotice[] = [...read.notices];
	// A readiness level in the link (the chooser's guess) is carried, not used: the answers decide.
	const { report = DEFAULT_SCOPE.report, categories, ...carry } = read.plan;
	const optional = (categories ?? []).filter((c): c is OptionalCategoryId => c !== 'security');
	const scope: ReadinessScope = { report, categories: report === 'soc1' ? [] : optional };
	const answers = parseAnswers(read.toolValues.a, questions, notices);
	const step = parseStep(read.toolValues.step, questions, scope, notices);
	return {
		state: { scope, answers, step, carry, attribution: read.attribution },
		notices: capNotices(notices),
	};
}

/**
 * Whether reading this query string needs the questions: only answers (`a`) and a step name refer
 * to them. Any other query reads the same with an empty question list.
 */
export function needsQuestions(search: string): boolean {
	const params = new URLSearchParams(search.replace(/^\?/, ''));
	return params.has('a') || params.has('step');
}

/** The plan the state stands for: its scope and what it carries (without the readiness level). */
export function planOfState(state: ReadinessState): EngagementPlan {
	const { report, categories } = state.scope;
	return {
		...state.carry,
		report,
		...(includesSoc2(state.scope) ? { categories: canonicalCategories(categories) } : {}),
	};
}

/** Writes the state as a query string without the leading `?`; empty for a first-visit state. */
export function serializeReadinessQuery(
	state: ReadinessState,
	questions: readonly QuestionOutline[],
): string {
	const pristine =
		state.scope.report === DEFAULT_SCOPE.report &&
		state.scope.categories.length === 0 &&
		Object.keys(state.carry).length === 0;
	const tool: [string, string][] = [];
	if (state.step !== 'scope') tool.push(['step', state.step]);
	const pairs = questions
		.filter((q) => Object.hasOwn(state.answers, q.id))
		.map((q) => `${q.id}:${answerCode(state.answers[q.id])}`)
		.filter((pair) => !pair.endsWith(':'));
	if (pairs.length > 0) tool.push(['a', pairs.join(',')]);
	// A first visit's plan stays out of the link, so a fresh page keeps a clean address.
	return writePlanQuery(pristine ? {} : planOfState(state), {
		tool,
		attribution: state.attribution,
	}).replace(/%3A/g, ':');
}

/** Whether a query key is one of the attribution keys passed through untouched. */
export function isAttributionKey(key: string): boolean {
	return (ATTRIBUTION_KEYS as readonly string[]).includes(key);
}

function parseAnswers(
	raw: string | undefined,
	questions: readonly QuestionOutline[],
	notices: StateNotice[],
): Record<string, AnswerId> {
	const answers: Record<string, AnswerId> = {};
	for (const pair of (raw ?? '').split(',')) {
		if (pair.trim() === '') continue;
		const [rawId = '', rawCode = '', ...rest] = pair.split(':');
		const id = normalise(rawId);
		const answer = ANSWERS.find((a) => a.code === normalise(rawCode));
		const question = questions.find((q) => q.id === id);
		if (rest.length > 0 || !answer || !question) {
			notices.push({
				key: 'a',
				message: !question
					? `The link had an answer for ${subject(rawId, 'something')}, which is not one of the questions, so it was ignored.`
					: `The link’s answer ${subject(pair, 'to one question')} could not be read, so that question is unanswered.`,
			});
			continue;
		}
		if (Object.hasOwn(answers, question.id)) {
			notices.push({
				key: 'a',
				message: `The link answered “${shown(question.id)}” more than once; the first answer was used.`,
			});
			continue;
		}
		answers[question.id] = answer.id;
	}
	return answers;
}

function parseStep(
	raw: string | undefined,
	questions: readonly QuestionOutline[],
	scope: ReadinessScope,
	notices: StateNotice[],
): Step {
	const value = normalise(raw);
	if (!value || value === 'scope') return 'scope';
	if (value === 'results') return 'results';
	const area = areasInScope(questions, scope).find((a) => a.id === value);
	if (area) return area.id;
	const known = AREAS.some((a) => a.id === value);
	notices.push({
		key: 'step',
		message: known
			? `The link pointed to the “${shown(raw)}” questions, which are not part of the scope it describes, so you start at the scope.`
			: `The link pointed to a step ${subject(raw, '')}that does not exist, so you start at the scope.`,
	});
	return 'scope';
}

function answerCode(answer: AnswerId | undefined): string {
	return ANSWERS.find((a) => a.id === answer)?.code ?? '';
}

function normalise(raw: string | undefined): string {
	return (raw ?? '').trim().toLowerCase();
}

// Quote what the reader sent, but short and without characters that would garble the notice.
function shown(raw: string | undefined): string {
	return quotable(raw, MAX_SHOWN_VALUE) ?? '';
}

// What a notice is about: the reader's value in quotes, or the description when it cannot be
// quoted (empty, or reading like a broken page). An empty description leaves the value out.
function subject(raw: string | undefined, description: string): string {
	const text = quotable(raw, MAX_SHOWN_VALUE);
	if (text !== null) return description === '' ? `“${text}” ` : `“${text}”`;
	return description === '' ? '' : description;
}
