// The self-check's state in the query string, so a reader can bookmark, share or resume it.
//
//   ?report=both&tsc=security,availability&step=access&a=mfa:e,leavers:u,pen-test:n
//
// `report`, `tsc`, `type` and `soc3` follow the estimator contract (the report chooser links here
// with them); `step` is where the reader is; `a` holds the answers as `question-id:code` pairs with
// the one-letter codes from ANSWERS. Attribution keys ride along untouched. Anything else is ignored
// with a notice the page shows, and parsing never throws.

import {
	ANSWERS,
	AREAS,
	DEFAULT_SCOPE,
	OPTIONAL_CATEGORIES,
	REPORTS,
	type AnswerId,
	type AreaId,
	type OptionalCategoryId,
	type ReadinessScope,
	type ReportId,
} from './model';
import { areasInScope, includesSoc2, type QuestionOutline } from './scope';
import { ATTRIBUTION_KEYS, MAX_ATTRIBUTION_VALUE } from '../attribution/attribution';
import { quotable } from '../site/echo';

/** Where the reader is: choosing the scope, answering one area, or reading the results. */
export type Step = 'scope' | 'results' | AreaId;

/** Everything the self-check keeps in the URL. */
export interface ReadinessState {
	scope: ReadinessScope;
	/** Answers by question id; may include questions outside the current scope (kept for switching back). */
	answers: Readonly<Record<string, AnswerId>>;
	step: Step;
	/** Estimator-contract values the self-check does not use itself but hands on to the estimator. */
	carry: { type?: '1' | '2'; soc3?: '1' };
	/** Attribution parameters, in arrival order, passed on untouched. */
	attribution: readonly (readonly [string, string])[];
}

/** A problem found in the query string, worded for the reader. */
export interface StateNotice {
	key: string;
	message: string;
}

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

// A hostile or mangled link could produce thousands of problems; the reader needs the first few
// and a count, not a wall of text.
const MAX_NOTICES = 8;
const MAX_SHOWN_VALUE = 40;

const SINGLE_KEYS = new Set(['report', 'tsc', 'type', 'soc3', 'step', 'a', 'readiness']);

/** Reads the self-check's state from a query string (with or without `?`); never throws. */
export function parseReadinessQuery(
	search: string | URLSearchParams,
	questions: readonly QuestionOutline[],
): ParsedState {
	const notices: StateNotice[] = [];
	let params: URLSearchParams;
	try {
		params = typeof search === 'string' ? new URLSearchParams(search.replace(/^\?/, '')) : search;
	} catch {
		return {
			state: INITIAL_STATE,
			notices: [
				{ key: '', message: 'The link could not be read, so the self-check starts fresh.' },
			],
		};
	}

	const first = new Map<string, string>();
	const attribution: [string, string][] = [];
	for (const [key, value] of params) {
		const known = SINGLE_KEYS.has(key) || isAttributionKey(key);
		if (!known) {
			const text = quotable(key, MAX_SHOWN_VALUE);
			notices.push({
				key,
				message:
					text === null
						? 'The link contained a setting this page does not use, so it was ignored.'
						: `The link contained “${text}”, which this page does not use, so it was ignored.`,
			});
			continue;
		}
		if (first.has(key)) {
			notices.push({
				key,
				message: `“${shown(key)}” appeared more than once in the link; only the first value was used.`,
			});
			continue;
		}
		first.set(key, value);
		// Same rule as the site's attribution helper: empty or overlong values are dropped.
		const kept = value.trim();
		if (isAttributionKey(key) && kept && kept.length <= MAX_ATTRIBUTION_VALUE) {
			attribution.push([key, kept]);
		}
	}

	const report = parseReport(first.get('report'), notices);
	const categories = parseCategories(first.get('tsc'), report, notices);
	const scope: ReadinessScope = { report, categories };
	const carry = parseCarry(first.get('type'), first.get('soc3'), notices);
	const answers = parseAnswers(first.get('a'), questions, notices);
	const step = parseStep(first.get('step'), questions, scope, notices);
	if (first.has('readiness')) {
		notices.push({
			key: 'readiness',
			message:
				'The link included a readiness level. This page works that out from your answers, so it was ignored.',
		});
	}

	return {
		state: { scope, answers, step, carry, attribution },
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

/** Writes the state as a query string without the leading `?`; empty for a first-visit state. */
export function serializeReadinessQuery(
	state: ReadinessState,
	questions: readonly QuestionOutline[],
): string {
	const parts: string[] = [];
	const { report, categories } = state.scope;
	if (report !== DEFAULT_SCOPE.report) parts.push(`report=${report}`);
	if (includesSoc2(state.scope) && categories.length > 0) {
		const ordered = OPTIONAL_CATEGORIES.map((c) => c.id).filter((id) => categories.includes(id));
		parts.push(`tsc=${['security', ...ordered].join(',')}`);
	}
	if (state.carry.type) parts.push(`type=${state.carry.type}`);
	if (state.carry.soc3) parts.push(`soc3=${state.carry.soc3}`);
	if (state.step !== 'scope') parts.push(`step=${state.step}`);
	const pairs = questions
		.filter((q) => Object.hasOwn(state.answers, q.id))
		.map((q) => `${q.id}:${answerCode(state.answers[q.id])}`)
		.filter((pair) => !pair.endsWith(':'));
	if (pairs.length > 0) parts.push(`a=${pairs.join(',')}`);
	// URLSearchParams does the escaping: attribution values are arbitrary text.
	const attribution = new URLSearchParams(state.attribution.map(([k, v]) => [k, v])).toString();
	if (attribution) parts.push(attribution);
	return parts.join('&');
}

/** Whether a query key is one of the attribution keys passed through untouched. */
export function isAttributionKey(key: string): boolean {
	return (ATTRIBUTION_KEYS as readonly string[]).includes(key);
}

function parseReport(raw: string | undefined, notices: StateNotice[]): ReportId {
	const value = normalise(raw);
	if (!value) return DEFAULT_SCOPE.report;
	const match = REPORTS.find((r) => r.id === value);
	if (match) return match.id;
	notices.push({
		key: 'report',
		message: `${subject(raw, 'The value given for report')} is not a report this page knows (soc1, soc2 or both), so it assumes SOC 2.`,
	});
	return DEFAULT_SCOPE.report;
}

function parseCategories(
	raw: string | undefined,
	report: ReportId,
	notices: StateNotice[],
): OptionalCategoryId[] {
	const chosen = new Set<OptionalCategoryId>();
	for (const item of (raw ?? '').split(',')) {
		const value = normalise(item);
		if (!value || value === 'security') continue;
		const match = OPTIONAL_CATEGORIES.find((c) => c.id === value);
		if (match) chosen.add(match.id);
		else
			notices.push({
				key: 'tsc',
				message: `${subject(item, 'A value given for tsc')} is not a Trust Services Category (security, availability, processing-integrity, confidentiality or privacy), so it was ignored.`,
			});
	}
	if (report === 'soc1' && chosen.size > 0) {
		notices.push({
			key: 'tsc',
			message:
				'Trust Services Categories apply to SOC 2 only, so they were ignored for a SOC 1 on its own.',
		});
		return [];
	}
	return OPTIONAL_CATEGORIES.map((c) => c.id).filter((id) => chosen.has(id));
}

function parseCarry(
	rawType: string | undefined,
	rawSoc3: string | undefined,
	notices: StateNotice[],
): ReadinessState['carry'] {
	const carry: { type?: '1' | '2'; soc3?: '1' } = {};
	const type = normalise(rawType);
	if (type === '1' || type === '2') carry.type = type;
	else if (type)
		notices.push({
			key: 'type',
			message: `${subject(rawType, 'The value given for type')} is not a report type (1 or 2), so it was ignored.`,
		});
	const soc3 = normalise(rawSoc3);
	if (soc3 === '1') carry.soc3 = '1';
	else if (soc3)
		notices.push({
			key: 'soc3',
			message: `${subject(rawSoc3, 'The value given for soc3')} is not a SOC 3 choice (only 1, meaning “add a SOC 3”), so it was ignored.`,
		});
	return carry;
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

function capNotices(notices: StateNotice[]): StateNotice[] {
	if (notices.length <= MAX_NOTICES) return notices;
	const more = notices.length - (MAX_NOTICES - 1);
	return [
		...notices.slice(0, MAX_NOTICES - 1),
		{ key: '', message: `${more} more problems in the link were ignored.` },
	];
}
