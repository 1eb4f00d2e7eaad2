import type {
	AreaId,
	BlockFrequency,
	FixEffort,
	ReadinessQuestion,
} from '../../../src/lib/readiness/model';

/** A minimal question for tests; only what scoring and ordering read is meaningful. */
export function question(
	id: string,
	area: AreaId,
	blocks: BlockFrequency = 'sometimes',
	effort: FixEffort = 'weeks',
	soc1 = true,
): ReadinessQuestion {
	return {
		id,
		title: `Control ${id}`,
		area,
		criteria: ['CC1.1'],
		question: `Is ${id} in place?`,
		why: `Because of ${id}.`,
		evidence: `Records of ${id}.`,
		fix: `Put ${id} in place.`,
		chapter: 'readiness-assessment',
		blocks,
		effort,
		soc1,
	};
}
