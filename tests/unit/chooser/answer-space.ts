import {
	ASKED,
	COMMITMENT_CHOICES,
	CONTROLS,
	DEADLINES,
	YES_NO_UNSURE,
	type Answers,
	type CommitmentChoice,
} from '../../../src/lib/chooser/questions';

/** Every set of ticks in the commitments question, in canonical order ([] is "none of these"). */
export const COMMITMENT_SETS: readonly (readonly CommitmentChoice[])[] = Array.from(
	{ length: 2 ** COMMITMENT_CHOICES.length },
	(_, mask) => COMMITMENT_CHOICES.filter((_, bit) => mask & (1 << bit)),
);

/** How many complete sets of answers exist. */
export const ANSWER_SPACE_SIZE =
	YES_NO_UNSURE.length ** 3 *
	COMMITMENT_SETS.length *
	ASKED.length *
	DEADLINES.length *
	CONTROLS.length;

/** Every complete set of answers a visitor can give. */
export function* allAnswers(): Generator<Answers> {
	for (const financial of YES_NO_UNSURE)
		for (const data of YES_NO_UNSURE)
			for (const commitments of COMMITMENT_SETS)
				for (const pub of YES_NO_UNSURE)
					for (const asked of ASKED)
						for (const deadline of DEADLINES)
							for (const controls of CONTROLS)
								yield { financial, data, commitments, public: pub, asked, deadline, controls };
}
