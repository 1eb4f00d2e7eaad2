import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEstimateQuery } from '../../../src/lib/estimator/query';
import { READINESS_QUESTIONS } from '../../../src/data/readiness';
import { BANDS } from '../../../src/lib/readiness/bands';
import { ESTIMATOR_READINESS, estimatorQuery } from '../../../src/lib/readiness/estimator';
import {
	ANSWERS,
	OPTIONAL_CATEGORIES,
	REPORTS,
	type AnswerId,
} from '../../../src/lib/readiness/model';
import { questionsInScope } from '../../../src/lib/readiness/scope';
import { scoreReadiness } from '../../../src/lib/readiness/score';
import { INITIAL_STATE, type ReadinessState } from '../../../src/lib/readiness/url-state';
import { READINESS_LEVELS } from '../../../src/lib/engagement/vocabulary';

function resultFor(state: ReadinessState, answer: AnswerId) {
	const answers = Object.fromEntries(
		questionsInScope(READINESS_QUESTIONS, state.scope).map((q) => [q.id, answer]),
	);
	return scoreReadiness(READINESS_QUESTIONS, state.scope, answers);
}

describe('the estimator hand-off', () => {
	it('maps each band to a distinct readiness level, in the same order', () => {
		// Bands run from most to least ready; the vocabulary lists levels the other way round.
		expect(
			BANDS.map((b) => ESTIMATOR_READINESS[b.id]),
			'levels',
		).toEqual(READINESS_LEVELS.map((l) => l.id).reverse());
	});

	it('sends practices without evidence as informal and no controls as none', () => {
		expect(estimatorQuery(INITIAL_STATE, resultFor(INITIAL_STATE, 'unevidenced')), 'informal').toBe(
			'report=soc2&tsc=security&readiness=informal',
		);
		expect(estimatorQuery(INITIAL_STATE, resultFor(INITIAL_STATE, 'missing')), 'none').toBe(
			'report=soc2&tsc=security&readiness=none',
		);
	});

	it('carries the scope, type, SOC 3 choice and attribution through the contract', () => {
		const state: ReadinessState = {
			...INITIAL_STATE,
			scope: { report: 'both', categories: ['confidentiality', 'availability'] },
			carry: { type: 2, soc3: true },
			attribution: [
				['utm_source', 'a,b'],
				['gclid', 'x y'],
			],
		};
		expect(estimatorQuery(state, resultFor(state, 'evidenced'))).toBe(
			'report=both&type=2&tsc=security,availability,confidentiality&soc3=1&readiness=mature&utm_source=a,b&gclid=x%20y',
		);
	});

	it('leaves SOC 2 categories and SOC 3 out of a SOC 1 hand-off', () => {
		const state: ReadinessState = {
			...INITIAL_STATE,
			scope: { report: 'soc1', categories: [] },
			carry: { soc3: true },
		};
		expect(estimatorQuery(state, resultFor(state, 'evidenced'))).toBe(
			'report=soc1&readiness=mature',
		);
	});

	it('omits readiness when nothing applicable was answered', () => {
		expect(estimatorQuery(INITIAL_STATE, resultFor(INITIAL_STATE, 'na'))).toBe(
			'report=soc2&tsc=security',
		);
	});

	it('is read by the estimator without a single notice, for any scope and answers', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...REPORTS.map((r) => r.id)),
				fc.subarray(OPTIONAL_CATEGORIES.map((c) => c.id)),
				fc.constantFrom(undefined, 1 as const, 2 as const),
				fc.boolean(),
				fc.constantFrom(...ANSWERS.map((a) => a.id)),
				(report, categories, type, soc3, answer) => {
					const state: ReadinessState = {
						...INITIAL_STATE,
						scope: { report, categories: report === 'soc1' ? [] : categories },
						carry: { ...(type ? { type } : {}), ...(soc3 ? { soc3: true } : {}) },
					};
					const result = resultFor(state, answer);
					const parsed = parseEstimateQuery(estimatorQuery(state, result), '2026-11-26');
					expect(parsed.notices, 'estimator notices').toEqual([]);
					expect(parsed.inputs.report, 'report').toBe(report);
					if (result.band) {
						expect(parsed.inputs.readiness, 'readiness').toBe(ESTIMATOR_READINESS[result.band]);
					}
				},
			),
			{ numRuns: 200 },
		);
	});
});
