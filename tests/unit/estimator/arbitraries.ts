/** fast-check generators for the estimator's input space, shared by the property tests. */
import fc from 'fast-check';
import { dayToIso, isoToDay } from '../../../src/lib/engagement/dates';
import { sanitizeInputs } from '../../../src/lib/estimator/inputs';
import {
	FIRM_TIERS,
	LIMITS,
	READINESS,
	SIZES,
	WINDOWS,
	type EstimateInputs,
	type OptionalCategory,
} from '../../../src/lib/estimator/types';

export const OPTIONAL: OptionalCategory[] = [
	'availability',
	'processing-integrity',
	'confidentiality',
	'privacy',
];

const FIRST_DAY = isoToDay(`${LIMITS.startYear.min}-01-01`);
const LAST_DAY = isoToDay(`${LIMITS.startYear.max}-12-31`);

/** Any supported start date. */
export const isoDateArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(dayToIso);

/** Any valid inputs, normalized the way the page normalizes them. */
export const inputsArb: fc.Arbitrary<EstimateInputs> = fc
	.record({
		report: fc.constantFrom('soc1' as const, 'soc2' as const, 'both' as const),
		type: fc.constantFrom(1 as const, 2 as const),
		extra: fc.subarray(OPTIONAL),
		soc3: fc.boolean(),
		size: fc.constantFrom(...SIZES.map((s) => s.id)),
		systems: fc.integer({ min: LIMITS.systems.min, max: LIMITS.systems.max }),
		subservice: fc.integer({ min: LIMITS.subservice.min, max: LIMITS.subservice.max }),
		readiness: fc.constantFrom(...READINESS.map((r) => r.id)),
		window: fc.constantFrom(...WINDOWS),
		firm: fc.constantFrom(...FIRM_TIERS.map((f) => f.id)),
		platform: fc.boolean(),
		penTest: fc.boolean(),
		hourlyRate: fc.option(
			fc.integer({ min: 100, max: 100_000 }).map((c) => c / 100),
			{ nil: null },
		),
		startDate: isoDateArb,
		deadlineOffset: fc.option(fc.integer({ min: 1, max: 1500 }), { nil: null }),
	})
	.map(({ extra, deadlineOffset, ...rest }) => {
		const deadline =
			deadlineOffset === null ? null : dayToIso(isoToDay(rest.startDate) + deadlineOffset);
		return sanitizeInputs(
			{ ...rest, categories: ['security', ...extra], deadline },
			rest.startDate,
		);
	});

/** Counts the generated cases each test file runs, to report how much of the space was tried. */
export class CaseCounter {
	total = 0;
	/** The run count to hand to fc.assert, recorded as it is handed out. */
	runs(n: number): { numRuns: number } {
		this.total += n;
		return { numRuns: n };
	}
}
