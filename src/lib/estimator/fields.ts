/**
 * One estimator setting at a time: reading a value (typed in the form or found in a link), with a
 * message when it cannot be used. Never throws. The readers are the engagement plan's (one per
 * query key, shared with every tool); only the form's deadline field is stricter: it takes a date.
 */
import { isIsoDate } from '../engagement/dates';
import { quoteInput } from '../engagement/notices';
import { PLAN_KEYS, PLAN_VALUE_PARSERS, type PlanKey, type ValueResult } from '../engagement/url';
import { quotable } from '../site/echo';

/** Query keys in the order links are written (the plan's). */
export const QUERY_KEYS = PLAN_KEYS;
export type QueryKey = PlanKey;

/** A field's value, or the message that says why it cannot be used. */
export type FieldResult<T> = ValueResult<T>;

/** A value as it may be echoed back: on one line, at most 40 characters ('' when it cannot be). */
export function echo(value: string): string {
	return quotable(value) ?? '';
}

const { deadline: _planDeadline, ...valueParsers } = PLAN_VALUE_PARSERS;

/** Parsers for each field, shared by the query reader and the form. Input is already trimmed. */
export const FIELD_PARSERS = {
	...valueParsers,
	deadline: (raw: string): FieldResult<string> =>
		isIsoDate(raw)
			? { ok: true, value: raw }
			: {
					ok: false,
					message: `The deadline ${quoteInput(raw)} is not a real date in the form YYYY-MM-DD.`,
				},
} as const;
