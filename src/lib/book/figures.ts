/**
 * Figures a chapter shows from the estimator's assumptions (content/estimator-assumptions.json), so
 * a duration or cost that appears in both a chapter and a tool has one source. A figure is named by
 * the assumption's key and, for values that vary by option, the option: 'readinessWeeks',
 * 'fieldworkWeeks.type2', 'auditFee.boutique'.
 */
import raw from '../../../content/estimator-assumptions.json';

type Unit = 'usd' | 'usd-per-hour' | 'share' | 'factor' | 'hours' | 'weeks' | 'months' | 'note';
interface Range {
	low: number;
	typical: number;
	high: number;
}

/** Which part of a range to show: the whole span (default), or one end, or the typical value. */
export type FigurePart = 'range' | 'low' | 'typical' | 'high';

export interface FigureData {
	values: Record<string, unknown>;
	assumptions: Record<string, { unit: string; label: string }>;
	/** Published totals the model is checked against ('checks.firstTypeTwoMonths'). */
	checks?: Record<string, { min: number; max: number }>;
}

/** Units of the published checks, which the data file does not state. */
const CHECK_UNITS: Record<string, Unit> = {
	firstTypeTwoMonths: 'months',
	firstYearTotal: 'usd',
	enterpriseAuditFee: 'usd',
};

const DATA = raw as unknown as FigureData;

const WORDS: Partial<Record<Unit, [string, string]>> = {
	hours: ['hour', 'hours'],
	weeks: ['week', 'weeks'],
	months: ['month', 'months'],
};

function isRange(v: unknown): v is Range {
	return (
		typeof v === 'object' &&
		v !== null &&
		['low', 'typical', 'high'].every(
			(k) =>
				typeof (v as Record<string, unknown>)[k] === 'number' &&
				Number.isFinite((v as Record<string, number>)[k]),
		)
	);
}

function money(n: number): string {
	return `$${Math.round(n).toLocaleString('en-US')}`;
}

function amount(n: number, unit: Unit): string {
	if (unit === 'usd') return money(n);
	if (unit === 'usd-per-hour') return `${money(n)} an hour`;
	if (unit === 'share') return `${Math.round(n * 100)}%`;
	const words = WORDS[unit];
	if (words) return `${n} ${n === 1 ? words[0] : words[1]}`;
	throw new Error(`a ${unit} value cannot be shown as a figure`);
}

/** The assumption key and option of a figure id ('fieldworkWeeks.type2' → ['fieldworkWeeks', 'type2']). */
function split(id: string): [string, string | undefined] {
	const [key, option, ...rest] = id.split('.');
	if (!key || rest.length)
		throw new Error(
			`Figure "${id}": use an assumption key, optionally followed by one option, e.g. "fieldworkWeeks.type2"`,
		);
	return [key, option];
}

/**
 * The figure in words, as a chapter prints it: '1 to 8 weeks', '$5,000 to $25,000', '3 months'
 * (use `part` for one end or the typical value). Throws a message naming the id when it does not exist or
 * is not a number or range, so a typo fails the build.
 */
export function figureText(
	id: string,
	part: FigurePart = 'range',
	data: FigureData = DATA,
): string {
	const [key, option] = split(id);
	if (key === 'checks') {
		const check = option === undefined ? undefined : data.checks?.[option];
		const unit = option === undefined ? undefined : CHECK_UNITS[option];
		if (!check || !unit)
			throw new Error(
				`Figure "${id}": no published check "${option ?? ''}" in content/estimator-assumptions.json`,
			);
		return rangeWords(
			{ low: check.min, typical: check.min, high: check.max },
			unit,
			part === 'range' ? 'range' : part === 'high' ? 'high' : 'low',
		);
	}
	const doc = data.assumptions[key];
	if (!doc || !(key in data.values))
		throw new Error(`Figure "${id}": no assumption "${key}" in content/estimator-assumptions.json`);
	const unit = doc.unit as Unit;
	let value = data.values[key];
	if (option !== undefined) {
		if (typeof value !== 'object' || value === null || isRange(value) || !(option in value)) {
			throw new Error(`Figure "${id}": "${key}" has no option "${option}"`);
		}
		value = (value as Record<string, unknown>)[option];
	}
	if (typeof value === 'number' && Number.isFinite(value)) {
		if (part !== 'range')
			throw new Error(`Figure "${id}" is a single value; it has no ${part} end`);
		return amount(value, unit);
	}
	if (isChoice(value)) {
		const r = {
			low: Math.min(...value.allowed),
			typical: value.default,
			high: Math.max(...value.allowed),
		};
		return rangeWords(r, unit, part);
	}
	if (!isRange(value))
		throw new Error(
			`Figure "${id}" is not a number or a low–typical–high range; name one option, e.g. "${key}.${Object.keys(value ?? {})[0] ?? 'option'}"`,
		);
	return rangeWords(value, unit, part);
}

function rangeWords(value: Range, unit: Unit, part: FigurePart): string {
	if (part !== 'range') return amount(value[part], unit);
	if (value.low === value.high) return amount(value.low, unit);
	const words = WORDS[unit];
	if (words) return `${value.low} to ${value.high} ${words[1]}`;
	return `${amount(value.low, unit)} to ${amount(value.high, unit)}`;
}

/** A choice of values with a default, such as the observation window's months. */
function isChoice(v: unknown): v is { allowed: number[]; default: number } {
	if (typeof v !== 'object' || v === null) return false;
	const c = v as { allowed?: unknown; default?: unknown };
	return (
		Array.isArray(c.allowed) &&
		c.allowed.length > 0 &&
		c.allowed.every((n) => typeof n === 'number') &&
		typeof c.default === 'number'
	);
}

/** Where the figure is sourced: its row in the estimator's assumptions table. */
export function figureSourcePath(id: string): string {
	const [key] = split(id);
	// The published checks are listed after the assumptions table, under the same section.
	return key === 'checks' ? '/estimator/#assumptions' : `/estimator/#assumption-${key}`;
}
