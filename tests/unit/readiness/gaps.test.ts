import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { READINESS_QUESTIONS } from '../../../src/data/readiness';
import { UNEVIDENCED_ACTION, gapSeverity, prioritizeGaps } from '../../../src/lib/readiness/gaps';
import { ANSWERS, type AnswerId } from '../../../src/lib/readiness/model';
import { question } from './fixtures';

const ids = (gaps: { question: { id: string } }[]) => gaps.map((g) => g.question.id);

describe('prioritizeGaps', () => {
	it('lists missing, unanswered and unevidenced controls, never evidenced or not-applicable ones', () => {
		const qs = ['e', 'u', 'm', 'n', 'blank'].map((id) => question(id, 'governance'));
		const gaps = prioritizeGaps(qs, { e: 'evidenced', u: 'unevidenced', m: 'missing', n: 'na' });
		expect(new Set(ids(gaps)), 'gap ids').toEqual(new Set(['u', 'm', 'blank']));
		expect(gaps.find((g) => g.question.id === 'blank')?.status, 'blank').toBe('unanswered');
	});

	it('asks for evidence when a control exists, and for the fix when it does not', () => {
		const q = question('x', 'access');
		expect(prioritizeGaps([q], { x: 'unevidenced' })[0]?.action, 'unevidenced').toBe(
			UNEVIDENCED_ACTION,
		);
		expect(prioritizeGaps([q], { x: 'missing' })[0]?.action, 'missing').toBe(q.fix);
	});

	it('puts often-blocking gaps first, and missing before unevidenced at the same frequency', () => {
		const qs = [
			question('rare', 'governance', 'rarely'),
			question('some', 'governance', 'sometimes'),
			question('often', 'governance', 'often'),
			question('often-informal', 'governance', 'often'),
		];
		const gaps = prioritizeGaps(qs, {
			rare: 'missing',
			some: 'missing',
			often: 'missing',
			'often-informal': 'unevidenced',
		});
		// Severities: often missing 6, sometimes missing 4, often unevidenced 3, rarely missing 2.
		expect(ids(gaps), 'order').toEqual(['often', 'some', 'often-informal', 'rare']);
		expect(
			gaps.map((g) => g.severity),
			'severities',
		).toEqual([6, 4, 3, 2]);
	});

	it('breaks ties by slower fix first, then area order, then id', () => {
		const qs = [
			question('z-days', 'governance', 'often', 'days'),
			question('months', 'change', 'often', 'months'),
			question('access-weeks', 'access', 'often', 'weeks'),
			question('gov-weeks-b', 'governance', 'often', 'weeks'),
			question('gov-weeks-a', 'governance', 'often', 'weeks'),
		];
		expect(ids(prioritizeGaps(qs, {})), 'order').toEqual([
			'months',
			'gov-weeks-a',
			'gov-weeks-b',
			'access-weeks',
			'z-days',
		]);
	});

	it('gives the same order whatever order the questions and answers arrive in', () => {
		const answerIds = ANSWERS.map((a) => a.id);
		const answerArb = fc.constantFrom<AnswerId | undefined>(...answerIds, undefined);
		fc.assert(
			fc.property(
				fc.array(answerArb, {
					minLength: READINESS_QUESTIONS.length,
					maxLength: READINESS_QUESTIONS.length,
				}),
				fc.array(fc.nat(), { minLength: 1, maxLength: READINESS_QUESTIONS.length }),
				(picked, seeds) => {
					const entries = READINESS_QUESTIONS.flatMap((q, i) =>
						picked[i] ? [[q.id, picked[i]] as const] : [],
					);
					const shuffledQuestions = shuffle(READINESS_QUESTIONS, seeds);
					const shuffledAnswers = Object.fromEntries(shuffle(entries, seeds.slice().reverse()));
					const reference = prioritizeGaps(READINESS_QUESTIONS, Object.fromEntries(entries));
					const again = prioritizeGaps(shuffledQuestions, shuffledAnswers);
					expect(ids(again)).toEqual(ids(reference));
				},
			),
			{ numRuns: 300 },
		);
	});

	it('ranks by severity first across the real questions', () => {
		const gaps = prioritizeGaps(READINESS_QUESTIONS, {});
		const severities = gaps.map((g) => g.severity);
		expect(severities, 'non-increasing').toEqual([...severities].sort((a, b) => b - a));
		expect(gaps[0]?.question.blocks, 'top gap blocks often').toBe('often');
		expect(gaps[0] && gapSeverity(gaps[0].question, 'missing'), 'top severity').toBe(6);
	});
});

// Deterministic Fisher–Yates driven by fast-check's numbers.
function shuffle<T>(items: readonly T[], seeds: number[]): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = (seeds[i % seeds.length] ?? 0) % (i + 1);
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}
