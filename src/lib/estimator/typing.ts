/**
 * What typing into the estimator's text fields does: the inputs change a typed value gives, or the
 * message to show next to the field. Whatever is typed, the result is one or the other. Loaded when
 * the visitor first reaches a text field.
 */
import type { DraftField, Drafts, FieldErrors } from './drafts';
import { FIELD_PARSERS } from './fields';
import type { EstimateInputs } from './types';

/** Reads one typed field; returns the inputs patch, or the message to show next to the field. */
export function readDraft(
	field: DraftField,
	raw: string,
	inputs: EstimateInputs,
): { patch: Partial<EstimateInputs> } | { error: string } {
	const value = raw.trim();
	switch (field) {
		case 'systems':
		case 'subservice': {
			if (value === '') return { error: 'Enter a whole number.' };
			const r = FIELD_PARSERS[field](value);
			return r.ok ? { patch: { [field]: r.value } } : { error: r.message };
		}
		case 'rate': {
			if (value === '') return { patch: { hourlyRate: null } };
			const r = FIELD_PARSERS.rate(value);
			return r.ok ? { patch: { hourlyRate: r.value } } : { error: r.message };
		}
		case 'start': {
			if (value === '') return { error: 'Enter a start date.' };
			const r = FIELD_PARSERS.start(value);
			return r.ok ? { patch: { startDate: r.value } } : { error: r.message };
		}
		case 'deadline': {
			if (value === '') return { patch: { deadline: null } };
			const r = FIELD_PARSERS.deadline(value);
			if (!r.ok) return { error: r.message };
			if (r.value <= inputs.startDate)
				return { error: 'The deadline must be after the start date.' };
			return { patch: { deadline: r.value } };
		}
	}
}

/**
 * What typing `raw` into a field does: the field messages to show, and the inputs change when the
 * text is usable (null when it is not, so the estimate keeps the last usable value).
 */
export function typeInto(
	field: DraftField,
	raw: string,
	inputs: EstimateInputs,
	drafts: Drafts,
	errors: FieldErrors,
): { errors: FieldErrors; patch: Partial<EstimateInputs> | null } {
	const read = readDraft(field, raw, inputs);
	const nextErrors: FieldErrors = { ...errors, [field]: 'error' in read ? read.error : undefined };
	if (!('patch' in read)) return { errors: nextErrors, patch: null };
	let patch = read.patch;
	// A new start date can make a typed deadline valid again, or invalid.
	if (field === 'start' && drafts.deadline.trim() !== '') {
		const d = readDraft('deadline', drafts.deadline, { ...inputs, ...patch });
		nextErrors.deadline = 'error' in d ? d.error : undefined;
		patch = { ...patch, deadline: 'patch' in d ? (d.patch.deadline ?? null) : null };
	}
	return { errors: nextErrors, patch };
}
