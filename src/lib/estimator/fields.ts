/**
 * One estimator setting at a time: reading a value (typed in the form or found in a link), with a
 * message when it cannot be used. Never throws. The page loads this when a link carries settings
 * or the visitor starts typing in a field.
 */
import { inRangeStart } from './inputs';
import { isIsoDate } from '../engagement/dates';
import { formatMoney } from './format';
import {
	FIRM_TIERS,
	LIMITS,
	READINESS,
	REPORTS,
	SIZES,
	WINDOWS,
} from './types';

/** Query keys in the order links are written. The first five are the shared hand-off contract. */
export const QUERY_KEYS = [
	'report',
	'type',
	'tsc',
	'soc3',
	'readiness',
	'size',
	'systems',
	'subservice',
	'window',
	'firm',
	'platform',
	'pentest',
	'rate',
	'start',
	'deadline',
] as const;
export type QueryKey = (typeof QUERY_KEYS)[number];

/** A field's value, or the message that says why it cannot be used. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = <T>(message: string): FieldResult<T> => ({ ok: false, message });

/** A value as it may be echoed back: trimmed, control characters removed, at most 40 characters. */
export function echo(value: string): string {
	// eslint-disable-next-line no-control-regex
	const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').trim();
	return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

/**
 * A rejected value quoted for a notice. Values that read like a broken calculation (NaN,
 * Infinity…) are described instead of repeated, so the page never prints them.
 */
export function given(value: string, capital = false): string {
	const shown = echo(value);
	if (shown === '' || /nan|infinity|undefined|invalid date|null|\[object/i.test(shown)) {
		return capital ? 'The value given' : 'the value given';
	}
	return `“${shown}”`;
}

function choice<T extends string>(
	raw: string,
	options: readonly { id: T; label: string }[],
	what: string,
): FieldResult<T> {
	const found = options.find((o) => o.id === raw.toLowerCase());
	if (found) return ok(found.id);
	const list = options.map((o) => o.label).join(', ');
	return bad(`${given(raw, true)} is not a ${what} this estimator knows (${list}).`);
}

function wholeNumber(raw: string, min: number, max: number, what: string): FieldResult<number> {
	const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isInteger(n) || n < min || n > max) {
		return bad(`${what} must be a whole number from ${min} to ${max}, not ${given(raw)}.`);
	}
	return ok(n);
}

function flag(raw: string, what: string): FieldResult<boolean> {
	const v = raw.toLowerCase();
	if (v === '1' || v === 'true' || v === 'yes') return ok(true);
	if (v === '0' || v === 'false' || v === 'no') return ok(false);
	return bad(`${what} must be 1 (yes) or 0 (no), not ${given(raw)}.`);
}

/** Parsers for each field, shared by the query reader and the form. Input is already trimmed. */
export const FIELD_PARSERS = {
	report: (raw: string) => choice(raw, REPORTS, 'report'),
	type: (raw: string): FieldResult<1 | 2> => {
		const v = raw.toLowerCase();
		if (v === '1' || v === 'i') return ok(1);
		if (v === '2' || v === 'ii') return ok(2);
		return bad(`${given(raw, true)} is not an examination type; use 1 (Type I) or 2 (Type II).`);
	},
	readiness: (raw: string) => choice(raw, READINESS, 'readiness level'),
	size: (raw: string) => choice(raw, SIZES, 'company size'),
	firm: (raw: string) => choice(raw, FIRM_TIERS, 'type of audit firm'),
	systems: (raw: string) =>
		wholeNumber(raw, LIMITS.systems.min, LIMITS.systems.max, 'In-scope systems or locations'),
	subservice: (raw: string) =>
		wholeNumber(raw, LIMITS.subservice.min, LIMITS.subservice.max, 'Subservice organizations'),
	window: (raw: string): FieldResult<(typeof WINDOWS)[number]> => {
		const n = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
		const found = WINDOWS.find((w) => w === n);
		return found
			? ok(found)
			: bad(`The observation window must be 3, 6, 9 or 12 months, not ${given(raw)}.`);
	},
	soc3: (raw: string) => flag(raw, 'SOC 3'),
	platform: (raw: string) => flag(raw, 'Compliance platform'),
	pentest: (raw: string) => flag(raw, 'Penetration test'),
	rate: (raw: string): FieldResult<number> => {
		const n = /^\d{1,4}(\.\d{1,2})?$/.test(raw) ? Number(raw) : NaN;
		const { min, max } = LIMITS.hourlyRate;
		if (!Number.isFinite(n) || n < min || n > max) {
			return bad(
				`Hourly cost must be an amount from ${formatMoney(min)} to ${formatMoney(max)}, not ${given(raw)}.`,
			);
		}
		return ok(n);
	},
	start: (raw: string): FieldResult<string> => {
		if (!isIsoDate(raw))
			return bad(`The start date ${given(raw)} is not a real date in the form YYYY-MM-DD.`);
		if (!inRangeStart(raw)) {
			return bad(`Start date ${raw} is outside ${LIMITS.startYear.min}–${LIMITS.startYear.max}.`);
		}
		return ok(raw);
	},
	deadline: (raw: string): FieldResult<string> => {
		if (!isIsoDate(raw))
			return bad(`The deadline ${given(raw)} is not a real date in the form YYYY-MM-DD.`);
		return ok(raw);
	},
} as const;
