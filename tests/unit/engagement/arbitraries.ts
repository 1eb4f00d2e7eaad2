/** Generators of engagement plans across their whole space, for the property tests. */
import fc from 'fast-check';
import { addDays } from '../../../src/lib/engagement/dates';
import { PLAN_LIMITS, type EngagementPlan } from '../../../src/lib/engagement/plan';
import {
	CATEGORIES,
	FIRM_TIERS,
	READINESS_LEVELS,
	REPORT_SCOPES,
	SIZES,
	WINDOWS,
	canonicalCategories,
} from '../../../src/lib/engagement/vocabulary';

export const TODAY = '2026-12-04';

const ids = <T>(list: readonly { id: T }[]) => fc.constantFrom(...list.map((t) => t.id));

/** A start date within a few years around today. */
export const startArb = fc.integer({ min: -400, max: 1500 }).map((n) => addDays(TODAY, n));

/** Any plan the codec can carry: every field present or absent, every valid value. */
export const planArb: fc.Arbitrary<EngagementPlan> = fc
	.record(
		{
			report: ids(REPORT_SCOPES),
			type: fc.constantFrom(1 as const, 2 as const),
			categories: fc.subarray(CATEGORIES.map((c) => c.id)).map((list) => canonicalCategories(list)),
			soc3: fc.boolean(),
			readiness: ids(READINESS_LEVELS),
			size: ids(SIZES),
			systems: fc.integer(PLAN_LIMITS.systems),
			subservice: fc.integer(PLAN_LIMITS.subservice),
			window: fc.constantFrom(...WINDOWS),
			firm: ids(FIRM_TIERS),
			platform: fc.boolean(),
			penTest: fc.boolean(),
			hourlyRate: fc.integer({ min: 100, max: 100_000 }).map((cents) => cents / 100),
			start: startArb,
			deadlineDays: fc.oneof(fc.integer({ min: 1, max: 900 }), fc.constantFrom('none', 'unsure')),
		},
		{ requiredKeys: [] },
	)
	.map(({ deadlineDays, ...rest }) => {
		const plan: EngagementPlan = { ...rest };
		if (deadlineDays !== undefined)
			plan.deadline =
				typeof deadlineDays === 'number'
					? addDays(plan.start ?? TODAY, deadlineDays)
					: deadlineDays;
		// A plan keeps only what fits: no SOC 3 without a period and the criteria, no categories for SOC 1 alone.
		if (plan.soc3 && ((plan.type ?? 2) !== 2 || plan.report === 'soc1')) delete plan.soc3;
		if (plan.report === 'soc1' && plan.categories && plan.categories.length > 1)
			delete plan.categories;
		return plan;
	});
