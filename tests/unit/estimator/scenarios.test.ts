import { describe, expect, it } from 'vitest';
import { DATA } from '../../../src/lib/estimator/assumptions';
import { publishedRangeProblems, scenarioResults } from '../../../src/lib/estimator/scenarios';

describe('worked examples', () => {
	const results = scenarioResults('2027-01-04');
	it('include a mid-size company', () => {
		expect(results.some((r) => r.inputs.size === 'midsize')).toBe(true);
	});
	it('stay inside the published first-year totals, mid-size example included', () => {
		expect(publishedRangeProblems(results)).toEqual([]);
	});
	it('report an example outside the published totals', () => {
		const { min } = DATA.checks.firstYearTotal;
		const problems = publishedRangeProblems(results, { min, max: results[0]!.estimate.firstYear.typical - 1 });
		expect(problems[0]).toMatch(new RegExp(`^${results[0]!.id}: typical first year \\d+ is outside`));
		expect(publishedRangeProblems(results, { min: Number.MAX_SAFE_INTEGER, max: Infinity })).toHaveLength(results.length);
	});
});
