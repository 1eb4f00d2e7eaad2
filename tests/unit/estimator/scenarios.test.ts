import { describe, expect, it } from 'vitest';
import { DATA } from '../../../src/lib/estimator/assumptions';
import {
	enterpriseAuditFeeProblems,
	publishedRangeProblems,
	scenarioResults,
} from '../../../src/lib/estimator/scenarios';

describe('worked examples', () => {
	const results = scenarioResults('2027-01-04');
	it('include a mid-size company', () => {
		expect(results.some((r) => r.inputs.size === 'midsize')).toBe(true);
	});
	it('stay inside the published first-year totals from low to high, mid-size example included', () => {
		expect(publishedRangeProblems(results)).toEqual([]);
	});
	it('report an example whose range leaves the published totals', () => {
		const { min } = DATA.checks.firstYearTotal;
		const first = results[0]!;
		const problems = publishedRangeProblems(results, {
			min,
			max: first.estimate.firstYear.high - 1,
		});
		expect(problems[0]).toMatch(new RegExp(`^${first.id}: first year \\d+–\\d+ is outside`));
		expect(
			publishedRangeProblems(results, { min: first.estimate.firstYear.low + 1, max: Infinity })[0],
		).toMatch(new RegExp(`^${first.id}:`));
		expect(
			publishedRangeProblems(results, { min: Number.MAX_SAFE_INTEGER, max: Infinity }),
		).toHaveLength(results.length);
	});
});

describe('larger companies', () => {
	it('keep an enterprise-size audit fee inside the published range, at every firm tier and readiness level', () => {
		expect(enterpriseAuditFeeProblems('2027-01-04')).toEqual([]);
	});
	it('report an enterprise audit fee that leaves the published range', () => {
		const { min } = DATA.checks.enterpriseAuditFee;
		// Big 4 fees for a large company run well above $100,000, so this cap must be breached.
		const problems = enterpriseAuditFeeProblems('2027-01-04', { min, max: 100_000 });
		expect(
			problems.some((p) =>
				/^enterprise, big4, \w+: audit fee \d+–\d+ is outside the published/.test(p),
			),
		).toBe(true);
		expect(
			enterpriseAuditFeeProblems('2027-01-04', { min: Number.MAX_SAFE_INTEGER, max: Infinity }),
		).toHaveLength(12);
	});
});
