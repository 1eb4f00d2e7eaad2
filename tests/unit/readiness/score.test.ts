import { describe, expect, it } from 'vitest';
import { READINESS_QUESTIONS } from '../../../src/data/readiness';
import type { AnswerId, Answers } from '../../../src/lib/readiness/model';
import { questionsInScope } from '../../../src/lib/readiness/scope';
import { countAnswers, scoreCounts, scoreReadiness } from '../../../src/lib/readiness/score';
import { question } from './fixtures';

const SOC2 = { report: 'soc2', categories: [] } as const;

describe('scoreCounts', () => {
	it('gives full credit for evidenced, half for unevidenced, none for missing or unanswered', () => {
		const base = { evidenced: 0, unevidenced: 0, missing: 0, na: 0, unanswered: 0 };
		expect(scoreCounts({ ...base, evidenced: 4 }), 'all evidenced').toBe(100);
		expect(scoreCounts({ ...base, unevidenced: 4 }), 'all unevidenced').toBe(50);
		expect(scoreCounts({ ...base, missing: 2, unanswered: 2 }), 'nothing in place').toBe(0);
		expect(scoreCounts({ ...base, evidenced: 1, unevidenced: 1, missing: 2 }), 'mixed').toBe(38);
	});

	it('leaves not-applicable answers out of the score entirely', () => {
		const base = { evidenced: 3, unevidenced: 0, missing: 1, na: 0, unanswered: 0 };
		expect(scoreCounts(base), 'without N/A').toBe(75);
		expect(scoreCounts({ ...base, na: 20 }), 'with many N/A').toBe(75);
	});

	it('returns null, not NaN, when every question is not applicable', () => {
		expect(
			scoreCounts({ evidenced: 0, unevidenced: 0, missing: 0, na: 5, unanswered: 0 }),
		).toBeNull();
	});

	it('rounds to whole numbers so the band always matches the shown score', () => {
		// 179 of 200 half-points is 89.5: rounds up to 90.
		const counts = { evidenced: 79, unevidenced: 21, missing: 0, na: 0, unanswered: 0 };
		expect(scoreCounts(counts), '89.5 rounds to 90').toBe(90);
	});
});

describe('scoreReadiness', () => {
	const qs = [
		question('a1', 'governance', 'rarely'),
		question('a2', 'governance', 'rarely'),
		question('b1', 'access', 'often'),
		question('b2', 'access', 'rarely'),
		question('x1', 'availability', 'often', 'weeks', false),
	];

	it('scores overall and per area over the questions in scope only', () => {
		const answers: Answers = {
			a1: 'evidenced',
			a2: 'na',
			b1: 'unevidenced',
			b2: 'missing',
			x1: 'evidenced',
		};
		const result = scoreReadiness(qs, SOC2, answers);
		expect(result.total, 'availability is out of scope').toBe(4);
		expect(result.score, '(2 + 1 + 0) / 6').toBe(50);
		expect(result.band, 'band').toBe('material');
		expect(
			result.areas.map((a) => [a.area.id, a.score]),
			'areas',
		).toEqual([
			['governance', 100],
			['access', 25],
		]);
		expect(result.counts, 'counts').toEqual({
			evidenced: 1,
			unevidenced: 1,
			missing: 1,
			na: 1,
			unanswered: 0,
		});
	});

	it('adds a category’s questions when it is chosen', () => {
		const result = scoreReadiness(qs, { report: 'soc2', categories: ['availability'] }, {});
		expect(
			result.areas.map((a) => a.area.id),
			'areas',
		).toEqual(['governance', 'access', 'availability']);
		expect(result.total, 'questions').toBe(5);
	});

	it('shows an area of only not-applicable answers without a score, and never NaN', () => {
		const result = scoreReadiness(qs, SOC2, {
			a1: 'na',
			a2: 'na',
			b1: 'evidenced',
			b2: 'evidenced',
		});
		expect(result.areas[0]?.score, 'governance').toBeNull();
		expect(result.score, 'overall').toBe(100);
	});

	it('has no score or band when every question is not applicable', () => {
		const result = scoreReadiness(qs, SOC2, { a1: 'na', a2: 'na', b1: 'na', b2: 'na' });
		expect(result.score, 'score').toBeNull();
		expect(result.band, 'band').toBeNull();
		expect(result.gaps, 'gaps').toEqual([]);
	});

	it('counts unanswered questions as not in place', () => {
		const result = scoreReadiness(qs, SOC2, { a1: 'evidenced', a2: 'evidenced' });
		expect(result.score, 'two of four').toBe(50);
		expect(result.counts.unanswered, 'unanswered').toBe(2);
	});

	it('holds a ready score at minor gaps while a frequently blocking control is missing', () => {
		const many = [
			...Array.from({ length: 12 }, (_, i) => question(`q${i}`, 'governance', 'rarely')),
			question('block', 'access', 'often'),
		];
		const answers: Record<string, AnswerId> = Object.fromEntries(
			many.map((q) => [q.id, 'evidenced']),
		);
		expect(scoreReadiness(many, SOC2, answers).band, 'all evidenced').toBe('ready');

		const missing = scoreReadiness(many, SOC2, { ...answers, block: 'missing' });
		expect(missing.score, '12 of 13').toBe(92);
		expect(missing.band, 'capped').toBe('minor');
		expect(missing.capped, 'capped flag').toBe(true);
		expect(missing.blockers, 'blockers').toEqual(['block']);

		const informal = scoreReadiness(many, SOC2, { ...answers, block: 'unevidenced' });
		expect(informal.band, 'unevidenced does not cap').toBe('ready');
		expect(informal.capped, 'capped flag').toBe(false);
	});

	it('does not report a cap when the score is below ready anyway', () => {
		const result = scoreReadiness(qs, SOC2, { b1: 'missing' });
		expect(result.blockers, 'blockers still listed').toEqual(['b1']);
		expect(result.capped, 'no cap').toBe(false);
	});

	it('ignores answers with unknown values or inherited keys', () => {
		const hostile = JSON.parse('{"a1":"yes"}') as Answers;
		const result = scoreReadiness(
			[question('a1', 'governance'), question('constructor', 'governance')],
			SOC2,
			hostile,
		);
		expect(result.counts.unanswered, 'both treated as unanswered').toBe(2);
	});
});

describe('scoreReadiness with the real questions', () => {
	it('asks 28 questions for a Security-only SOC 2, 21 for a SOC 1 and 40 with every category', () => {
		expect(questionsInScope(READINESS_QUESTIONS, SOC2).length, 'SOC 2').toBe(28);
		expect(
			questionsInScope(READINESS_QUESTIONS, { report: 'soc1', categories: [] }).length,
			'SOC 1',
		).toBe(21);
		const all = {
			report: 'both',
			categories: ['availability', 'confidentiality', 'processing-integrity', 'privacy'],
		} as const;
		expect(questionsInScope(READINESS_QUESTIONS, all).length, 'everything').toBe(40);
	});

	it('scores a fixed answer set the same way every time', () => {
		const asked = questionsInScope(READINESS_QUESTIONS, SOC2);
		const cycle: AnswerId[] = ['evidenced', 'unevidenced', 'missing', 'na'];
		const answers = Object.fromEntries(asked.map((q, i) => [q.id, cycle[i % 4]]));
		const result = scoreReadiness(READINESS_QUESTIONS, SOC2, answers);
		// 7 of each answer: (14 + 7) of 42 half-points.
		expect(result.score, 'score').toBe(50);
		expect(result.band, 'band').toBe('material');
		expect(countAnswers(asked, answers), 'counts').toEqual({
			evidenced: 7,
			unevidenced: 7,
			missing: 7,
			na: 7,
			unanswered: 0,
		});
	});
});
