/**
 * Worked examples shown on the estimator page without JavaScript, computed at build time by the
 * same model the interactive estimator uses.
 */
import { DATA } from './assumptions';
import { defaultInputs } from './inputs';
import { estimate } from './model';
import { toEstimateQuery } from './query';
import { FIRM_TIERS, READINESS, type Estimate, type EstimateInputs, type Range } from './types';

export interface Scenario {
	id: string;
	title: string;
	/** Who this example describes, in a sentence. */
	who: string;
	inputs: EstimateInputs;
}

export interface ScenarioResult extends Scenario {
	estimate: Estimate;
	/** Query string that opens the interactive estimator with the same inputs. */
	query: string;
}

/** The examples, from the most common first engagement to a large combined one. */
export function scenarios(startDate: string): Scenario[] {
	const base = defaultInputs(startDate);
	return [
		{
			id: 'startup-soc2-type2',
			title: 'Start-up, SOC 2 Type 2, Security only, boutique firm',
			who: 'A 30-person software company with informal practices and a 6-month first window. Its penetration test is not priced.',
			inputs: { ...base },
		},
		{
			id: 'startup-soc2-type1',
			title: 'Start-up, SOC 2 Type 1, Security only, boutique firm',
			who: 'The same company asking for a point-in-time report to unblock a deal.',
			inputs: { ...base, type: 1 },
		},
		{
			id: 'growth-soc2-type2-platform',
			title: 'Growing company, SOC 2 Type 2, Security and Availability, with a platform',
			who: 'A 120-person company with documented policies, three systems, a compliance platform (its subscription is not priced) and a 12-month window.',
			inputs: {
				...base,
				size: 'growth',
				categories: ['security', 'availability'],
				readiness: 'documented',
				systems: 3,
				platform: true,
				window: 12,
			},
		},
		{
			// Kept inside the published first-year totals, low to high (see publishedRangeProblems): an
			// earlier combined SOC 1 and SOC 2 example at a mid-tier firm came out above every published figure.
			id: 'midsize-soc2-type2-specialist',
			title: 'Mid-size software company, SOC 2 Type 2, Security only, specialist firm',
			who: 'A 400-person company with documented controls, three systems, one subservice organization, a compliance platform (its subscription is not priced) and a 6-month window.',
			inputs: {
				...base,
				size: 'midsize',
				readiness: 'documented',
				systems: 3,
				subservice: 1,
				platform: true,
			},
		},
	];
}

/** The examples with their estimates, for a build-time table. */
export function scenarioResults(startDate: string): ScenarioResult[] {
	return scenarios(startDate).map((s) => {
		const result = estimate(s.inputs, startDate);
		return { ...s, estimate: result, query: toEstimateQuery(result.inputs) };
	});
}

/** A range against the published bounds it must stay inside. */
type Bounds = { min: number; max: number };

const outside = (r: Range, b: Bounds): boolean => r.low < b.min || r.high > b.max;

/**
 * Worked examples whose first-year range (low to high) leaves the published first-year totals (the
 * data's firstYearTotal check), so a change to the model or the examples that makes an example
 * unrepresentative fails a test instead of going on the page.
 */
export function publishedRangeProblems(
	results: readonly ScenarioResult[],
	published: Bounds = DATA.checks.firstYearTotal,
): string[] {
	return results
		.filter((r) => outside(r.estimate.firstYear, published))
		.map((r) => {
			const { low, high } = r.estimate.firstYear;
			return `${r.id}: first year ${Math.round(low)}–${Math.round(high)} is outside the published ${published.min}–${published.max}`;
		});
}

/**
 * The check for larger companies: an enterprise-size organization's Security-only SOC 2 Type 2
 * audit fee, at every firm tier and readiness level, against the published range for audit fees
 * of any size and scope (the data's enterpriseAuditFee check). Returns one line per breach.
 */
export function enterpriseAuditFeeProblems(
	startDate: string,
	published: Bounds = DATA.checks.enterpriseAuditFee,
): string[] {
	const problems: string[] = [];
	for (const firm of FIRM_TIERS) {
		for (const readiness of READINESS) {
			const inputs: EstimateInputs = {
				...defaultInputs(startDate),
				size: 'enterprise',
				firm: firm.id,
				readiness: readiness.id,
			};
			const fee = estimate(inputs, startDate).items.find((i) => i.id === 'audit')?.cost;
			if (!fee || outside(fee, published)) {
				const shown = fee ? `${Math.round(fee.low)}–${Math.round(fee.high)}` : 'missing';
				problems.push(
					`enterprise, ${firm.id}, ${readiness.id}: audit fee ${shown} is outside the published ${published.min}–${published.max}`,
				);
			}
		}
	}
	return problems;
}
