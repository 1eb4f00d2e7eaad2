/**
 * Quoting what a visitor sent (a setting or value from a link) back in a message: on one line,
 * without control or formatting characters, and short, so a hostile link cannot garble or flood
 * the page. Messages never repeat words that read like a broken page (NaN, undefined, Invalid
 * Date…): a visitor could not tell the quote from a bug, so such values are described instead.
 */

/** Words a message never repeats: they read like a failed calculation or a missing value. */
export const BROKEN_WORDS = /nan|infinity|undefined|invalid date|null|\[object/i;

/** The text to quote (at most `max` characters), or null when it is empty or reads like a bug. */
export function quotable(raw: string | undefined, max = 40): string | null {
	const chars = Array.from(
		(raw ?? '')
			.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim(),
	);
	if (chars.length === 0) return null;
	const text = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
	return BROKEN_WORDS.test(text) ? null : text;
}
