/**
 * What a tool tells a reader about a link or a value it could not use: one shape, one cap, one way
 * of quoting the reader's input back.
 */
import { quotable } from '../site/echo';

/** Something in a link (or a form value) that was not used, worded for the reader. */
export interface PlanNotice {
	/** The query key or field it concerns; '' for the summary of hidden notices. */
	key: string;
	message: string;
}

/** Most notices a reader is shown for one link; a hostile link could otherwise fill the page. */
export const MAX_NOTICES = 6;

/** The reader's value quoted for a message ('“maybe”'), or `fallback` when it cannot be quoted. */
export function quoteInput(raw: string | undefined, fallback = 'the value given'): string {
	const shown = quotable(raw);
	return shown === null ? fallback : `“${shown}”`;
}

/**
 * The notices to show: all of them when they fit under the cap, otherwise the first ones and a
 * last line that counts the rest.
 */
export function capNotices(notices: readonly PlanNotice[]): PlanNotice[] {
	if (notices.length <= MAX_NOTICES) return [...notices];
	const hidden = notices.length - (MAX_NOTICES - 1);
	return [
		...notices.slice(0, MAX_NOTICES - 1),
		{ key: '', message: `${hidden} more things in the link could not be used and were ignored.` },
	];
}
