import { describe, expect, it } from 'vitest';
import { READINESS_QUESTIONS } from '../../../src/data/readiness';
import {
	adjacentStep,
	estimatedMinutes,
	firstUnansweredStep,
	stepsFor,
} from '../../../src/lib/readiness/steps';

const SOC2 = { report: 'soc2', categories: [] } as const;

describe('self-check steps', () => {
	it('walks scope, the seven Security areas, then results', () => {
		expect(stepsFor(READINESS_QUESTIONS, SOC2)).toEqual([
			'scope',
			'governance',
			'risk',
			'monitoring',
			'access',
			'operations',
			'change',
			'vendors',
			'results',
		]);
	});

	it('adds a chosen category before the results', () => {
		const steps = stepsFor(READINESS_QUESTIONS, { report: 'both', categories: ['privacy'] });
		expect(steps.slice(-2), 'last two').toEqual(['privacy', 'results']);
	});

	it('finds neighbours and stops at the ends', () => {
		const steps = stepsFor(READINESS_QUESTIONS, SOC2);
		expect(adjacentStep(steps, 'scope', 1), 'after scope').toBe('governance');
		expect(adjacentStep(steps, 'scope', -1), 'before scope').toBeUndefined();
		expect(adjacentStep(steps, 'results', 1), 'after results').toBeUndefined();
		expect(adjacentStep(steps, 'privacy', 1), 'step not in list').toBeUndefined();
	});

	it('sends the reader to the first area with an open question', () => {
		expect(firstUnansweredStep(READINESS_QUESTIONS, SOC2, {}), 'nothing answered').toBe(
			'governance',
		);
		const governance = READINESS_QUESTIONS.filter((q) => q.area === 'governance');
		const answers = Object.fromEntries(governance.map((q) => [q.id, 'na' as const]));
		expect(firstUnansweredStep(READINESS_QUESTIONS, SOC2, answers), 'governance done').toBe('risk');
		const all = Object.fromEntries(READINESS_QUESTIONS.map((q) => [q.id, 'evidenced' as const]));
		expect(firstUnansweredStep(READINESS_QUESTIONS, SOC2, all), 'all done').toBe('results');
	});

	it('estimates about ten minutes for the Security questions', () => {
		expect(estimatedMinutes(28), '28 questions').toBe(10);
		expect(estimatedMinutes(0), 'never zero').toBe(1);
	});
});
