/**
 * The estimator's typed fields, kept as typed so a half-entered value is not overwritten: their
 * names and what each shows for a set of inputs. What typing does is in ./typing.
 */
import type { EstimateInputs } from './types';

/** Fields typed as text. */
export type DraftField = 'systems' | 'subservice' | 'rate' | 'start' | 'deadline';
/** The text of each typed field. */
export type Drafts = Record<DraftField, string>;

/** The typed fields' text for a set of inputs. */
export function draftsOf(inputs: EstimateInputs): Drafts {
	return {
		systems: String(inputs.systems),
		subservice: String(inputs.subservice),
		rate: inputs.hourlyRate === null ? '' : String(inputs.hourlyRate),
		start: inputs.startDate,
		deadline: inputs.deadline ?? '',
	};
}

/** The message shown next to each typed field, if any. */
export type FieldErrors = Partial<Record<DraftField, string | undefined>>;
