/**
 * The chooser's URL state: answers live in the query string so a result can be bookmarked,
 * shared and linked from campaigns. Parsing never throws; anything it cannot use becomes a notice.
 */
import {
	ASKED,
	COMMITMENT_CHOICES,
	CONTROLS,
	DEADLINES,
	NO_COMMITMENTS,
	QUESTION_IDS,
	YES_NO_UNSURE,
	questionById,
	type Answers,
	type CommitmentChoice,
	type QuestionId,
} from './questions';
import type { Recommendation } from './rules';
import { quotable } from '../site/echo';

/** Something in the link we could not use; shown to the visitor. */
export interface QueryNotice {
	key: string;
	message: string;
}

/** The outcome of reading a chooser URL. */
export interface ParsedChooserQuery {
	answers: Partial<Answers>;
	notices: QueryNotice[];
}

/** Options for `parseChooserQuery`. */
export interface ParseOptions {
	/** Keys that belong to someone else (e.g. campaign attribution) and are skipped silently. */
	passThrough?: readonly string[];
}

const SINGLE_VALUES = {
	financial: YES_NO_UNSURE,
	data: YES_NO_UNSURE,
	public: YES_NO_UNSURE,
	asked: ASKED,
	deadline: DEADLINES,
	controls: CONTROLS,
} as const satisfies Record<Exclude<QuestionId, 'commitments'>, readonly string[]>;

/** Most notices a visitor is shown; a hostile link could otherwise fill the page. */
const MAX_NOTICES = 5;

/** A value quoted for a notice with a space after it ('"maybe" '), or '' when it is not quotable. */
function quoted(text: string): string {
	const shown = quotable(text);
	return shown === null ? '' : `"${shown}" `;
}

function isQuestionId(key: string): key is QuestionId {
	return (QUESTION_IDS as readonly string[]).includes(key);
}

function toParams(search: string | URLSearchParams): URLSearchParams {
	if (typeof search !== 'string') return search;
	return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
}

/** Reads answers from a query string, ignoring (with a notice) anything unknown or invalid. */
export function parseChooserQuery(
	search: string | URLSearchParams,
	options: ParseOptions = {},
): ParsedChooserQuery {
	const passThrough = new Set(options.passThrough ?? []);
	const answers: Partial<Answers> = {};
	const notices: QueryNotice[] = [];

	for (const [rawKey, rawValue] of toParams(search)) {
		const key = rawKey.trim();
		if (key === '' && rawValue.trim() === '') continue;
		if (passThrough.has(key)) continue;
		const normalized = key.toLowerCase();
		if (!isQuestionId(normalized)) {
			const shown = quotable(key);
			notices.push({
				key,
				message:
					shown === null
						? 'The link contained a setting the chooser does not use, so we ignored it.'
						: `The link contained "${shown}", which the chooser does not use, so we ignored it.`,
			});
			continue;
		}
		const topic = questionById(normalized).short;
		if (answers[normalized] !== undefined) {
			notices.push({
				key,
				message: `The link answered "${topic}" more than once; we kept the first usable answer.`,
			});
			continue;
		}
		const value = rawValue.trim().toLowerCase();
		if (normalized === 'commitments') {
			const commitments = parseCommitments(value, topic, notices);
			if (commitments) answers.commitments = commitments;
			continue;
		}
		const allowed: readonly string[] = SINGLE_VALUES[normalized];
		if (allowed.includes(value)) {
			(answers as Record<string, string>)[normalized] = value;
		} else {
			notices.push({
				key,
				message: `The link's answer ${quoted(rawValue)}for "${topic}" is not one we know, so we ignored it.`,
			});
		}
	}

	if (notices.length > MAX_NOTICES) {
		const hidden = notices.length - (MAX_NOTICES - 1);
		notices.splice(MAX_NOTICES - 1, notices.length, {
			key: '',
			message: `We ignored ${hidden} more things in the link that the chooser could not use.`,
		});
	}
	return { answers, notices };
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
			message: `The link had an empty answer for "${topic}", so we ignored it.`,
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
				message: `The link's answer ${quoted(token)}for "${topic}" is not one we know, so we ignored it.`,
			});
		}
	}
	if (none && chosen.size > 0) {
		// "None of these" next to a real choice contradicts itself; the specific choice is more
		// informative, so it wins.
		notices.push({
			key: 'commitments',
			message: `The link said "none" for "${topic}" next to other choices; we kept the other choices.`,
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
 * The estimator query (see the shared query contract) for a recommendation: for the first report,
 * or for the Type II that follows a Type I. Null when no report is recommended.
 */
export function estimatorQueryFor(
	recommendation: Recommendation,
	stage: 'first' | 'next' = 'first',
): URLSearchParams | null {
	const { scope, type } = recommendation;
	if (scope === 'none' || !type) return null;
	const reportType = stage === 'next' && type.then ? type.then : type.first;
	const params = new URLSearchParams();
	params.set('report', scope);
	params.set('type', String(reportType));
	if (recommendation.categories.length > 0) params.set('tsc', recommendation.categories.join(','));
	if (recommendation.reports.includes('soc3') && reportType === 2) params.set('soc3', '1');
	if (recommendation.readiness) params.set('readiness', recommendation.readiness);
	return params;
}

/** The estimator query as a string with readable commas, ready to append after "?". */
export function estimatorSearchFor(
	recommendation: Recommendation,
	stage: 'first' | 'next' = 'first',
): string | null {
	const params = estimatorQueryFor(recommendation, stage);
	return params ? params.toString().replace(/%2C/g, ',') : null;
}
