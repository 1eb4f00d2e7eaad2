import { bandForScore, type BandId } from './bands';
import { answerFor, prioritizeGaps, type ReadinessGap } from './gaps';
import type { Answers, Area, ReadinessQuestion, ReadinessScope } from './model';
import { areasInScope, questionsInScope } from './scope';

/** How many questions got each answer. */
export interface AnswerCounts {
	evidenced: number;
	unevidenced: number;
	missing: number;
	na: number;
	unanswered: number;
}

/** The score of one area. */
export interface AreaResult {
	area: Area;
	/** Whole number 0–100, or null when every question in the area is not applicable. */
	score: number | null;
	counts: AnswerCounts;
	/** Questions asked in this area. */
	total: number;
}

/** The outcome of the self-check for one scope and set of answers. */
export interface ReadinessResult {
	/** Whole number 0–100, or null when every question asked is not applicable. */
	score: number | null;
	/** Null exactly when `score` is null. */
	band: BandId | null;
	/**
	 * Ids of frequently blocking controls that are missing or unanswered. When the score alone would
	 * be "ready", these hold the band at "minor gaps".
	 */
	blockers: string[];
	/** True when `blockers` lowered the band from what the score alone gives. */
	capped: boolean;
	counts: AnswerCounts;
	/** Questions asked in this scope. */
	total: number;
	areas: AreaResult[];
	/** Every gap, most urgent first. */
	gaps: ReadinessGap[];
}

/** Counts the answers given to a set of questions. */
export function countAnswers(
	questions: readonly ReadinessQuestion[],
	answers: Answers,
): AnswerCounts {
	const counts: AnswerCounts = { evidenced: 0, unevidenced: 0, missing: 0, na: 0, unanswered: 0 };
	for (const q of questions) counts[answerFor(answers, q.id) ?? 'unanswered']++;
	return counts;
}

/**
 * The score for a set of counts: full credit for evidenced, half for unevidenced, none for missing
 * or unanswered; not applicable is left out of both sides. Rounded to a whole number so the band
 * always matches the number shown. Null when nothing applicable remains.
 */
export function scoreCounts(counts: AnswerCounts): number | null {
	// Work in half-points so the arithmetic stays in integers until the final division.
	const possible = 2 * (counts.evidenced + counts.unevidenced + counts.missing + counts.unanswered);
	if (possible === 0) return null;
	const earned = 2 * counts.evidenced + counts.unevidenced;
	return Math.round((100 * earned) / possible);
}

/** Scores the self-check: overall and per area, the band, and the prioritized gaps. */
export function scoreReadiness(
	questions: readonly ReadinessQuestion[],
	scope: ReadinessScope,
	answers: Answers,
): ReadinessResult {
	const asked = questionsInScope(questions, scope);
	const counts = countAnswers(asked, answers);
	const score = scoreCounts(counts);
	const blockers = asked
		.filter((q) => q.blocks === 'often')
		.filter((q) => {
			const answer = answerFor(answers, q.id);
			return answer === undefined || answer === 'missing';
		})
		.map((q) => q.id);
	const scoreBand = score === null ? null : bandForScore(score);
	const capped = scoreBand === 'ready' && blockers.length > 0;
	const areas = areasInScope(questions, scope).map((area): AreaResult => {
		const inArea = asked.filter((q) => q.area === area.id);
		const areaCounts = countAnswers(inArea, answers);
		return { area, score: scoreCounts(areaCounts), counts: areaCounts, total: inArea.length };
	});
	return {
		score,
		band: capped ? 'minor' : scoreBand,
		blockers,
		capped,
		counts,
		total: asked.length,
		areas,
		gaps: prioritizeGaps(asked, answers),
	};
}
