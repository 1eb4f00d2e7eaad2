/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') in UTC, shared by every tool. Working in whole
 * UTC days keeps results identical in every time zone and never produces an invalid Date. Dates are
 * written in words by hand rather than with Intl, so the server-rendered page and every browser
 * print exactly the same text.
 */

/** A calendar date as 'YYYY-MM-DD' (UTC). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a valid ISO date, or null for anything else (including 2026-02-30). */
export function parseIsoDate(value: string): number | null {
	const match = ISO_DATE.exec(value);
	if (!match) return null;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
	// Not Date.UTC(y, …): it reads years 0–99 as 1900–1999, so '0050-01-01' would become 1950.
	const date = new Date(0);
	date.setUTCFullYear(y, m - 1, d);
	return date.getTime() / MS_PER_DAY;
}

/** True when the text is a real calendar date in 'YYYY-MM-DD' form. */
export function isIsoDate(value: string): boolean {
	return parseIsoDate(value) !== null;
}

/** The ISO date of a day number. */
export function dayToIso(day: number): string {
	if (!Number.isSafeInteger(day)) throw new RangeError(`Not a whole day number: ${day}`);
	const date = new Date(day * MS_PER_DAY);
	const y = date.getUTCFullYear();
	const m = date.getUTCMonth() + 1;
	const d = date.getUTCDate();
	return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** Day number of an ISO date that is known to be valid; throws otherwise. */
export function isoToDay(value: string): number {
	const day = parseIsoDate(value);
	if (day === null) throw new RangeError(`Not a valid ISO date: ${value}`);
	return day;
}

/** The date `days` days after (or before, if negative) an ISO date. */
export function addDays(iso: string, days: number): string {
	return dayToIso(isoToDay(iso) + days);
}

/**
 * The same day of the month `months` months later, clamped to the month's last day
 * (31 January + 1 month = 28 or 29 February), as calendars and audit periods count months.
 */
export function addMonths(iso: string, months: number): string {
	const match = ISO_DATE.exec(iso);
	if (!match || !isIsoDate(iso)) throw new RangeError(`Not a valid ISO date: ${iso}`);
	const total = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
	const y = Math.floor(total / 12);
	const m = (total % 12) + 1;
	const d = Math.min(Number(match[3]), daysInMonth(y, m));
	return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return isoToDay(to) - isoToDay(from);
}

/** The later of two ISO dates. */
export function maxDate(a: string, b: string): string {
	return a >= b ? a : b;
}

/** Today's date in UTC; the only impure helper, kept apart so the model stays deterministic. */
export function todayIso(now: Date = new Date()): string {
	return dayToIso(Math.floor(now.getTime() / MS_PER_DAY));
}

/** Days in a month (1–12) of a year, accounting for leap years. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** An ISO date in words, day first as everywhere in the guide: '2027-03-09' → '9 March 2027'. Anything else prints '—'. */
export function formatDate(iso: string): string {
	if (!isIsoDate(iso)) return '—';
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** An ISO date as month and year: '2027-03-09' → 'March 2027'. */
export function formatMonthYear(iso: string): string {
	if (!isIsoDate(iso)) return '—';
	const [y, m] = iso.split('-').map(Number) as [number, number];
	return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** The earlier of two ISO dates. */
export function minDate(a: string, b: string): string {
	return a <= b ? a : b;
}
