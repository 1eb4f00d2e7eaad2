/** Formats a date for readers ("26 November 2026"), in UTC so builds don't depend on the machine's zone. */
export function formatLongDate(date: Date, locale = 'en-GB'): string {
	if (Number.isNaN(date.getTime())) throw new Error('Cannot format an invalid date');
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(date);
}

/** ISO date (YYYY-MM-DD) for <time datetime>. */
export function isoDate(date: Date): string {
	if (Number.isNaN(date.getTime())) throw new Error('Cannot format an invalid date');
	return date.toISOString().slice(0, 10);
}
