/**
 * The assumptions as rows for the page's "where each figure comes from" table: the value the
 * model uses in words, what the sources publish, our reasoning, and the sources themselves.
 */
import {
	DATA,
	sourceById,
	type AssumptionDoc,
	type Basis,
	type Source,
	type Unit,
} from './assumptions';
import { formatExactDollars } from './format';
import { CATEGORIES, EXAM_TYPES, FIRM_TIERS, READINESS, SIZES, type Range } from './types';

export interface AssumptionRow {
	id: string;
	label: string;
	/** The value as one or more short lines, e.g. 'Boutique or specialist firm: $15,000 – $50,000 (typical $30,000)'. */
	value: string[];
	published: string;
	note: string;
	basis: Basis;
	basisLabel: string;
	sources: Source[];
}

const BASIS_LABELS: Record<Basis, string> = {
	published: 'Published figure',
	blend: 'Blend of sources',
	judgment: 'Our judgment',
};

const OPTION_LABELS: Record<string, string> = Object.fromEntries([
	...FIRM_TIERS.map((o) => [o.id, o.label]),
	...SIZES.map((o) => [o.id, o.label]),
	...READINESS.map((o) => [o.id, o.label]),
	...CATEGORIES.map((o) => [o.id, o.label]),
	...EXAM_TYPES.map((o) => [`type${o.id}`, o.label]),
]);

function isRange(v: unknown): v is Range {
	return typeof v === 'object' && v !== null && 'low' in v && 'typical' in v && 'high' in v;
}

const SUFFIX: Partial<Record<Unit, [string, string]>> = {
	hours: ['hour', 'hours'],
	weeks: ['week', 'weeks'],
	months: ['month', 'months'],
};

/** A single value with its unit: '$30,000', '55%', '×1.3', '4 weeks'. */
function one(n: number, unit: Unit): string {
	const suffix = SUFFIX[unit];
	if (suffix) return `${n} ${n === 1 ? suffix[0] : suffix[1]}`;
	if (unit === 'usd') return formatExactDollars(n);
	if (unit === 'usd-per-hour') return `${formatExactDollars(n)} an hour`;
	if (unit === 'share') return `${Math.round(n * 100)}%`;
	if (unit === 'factor') return `×${n}`;
	return String(n);
}

/** A range with the unit said once where it reads naturally: '2–8 weeks (typical 4)'. */
function rangeText(r: Range, unit: Unit): string {
	if (r.low === r.high) return one(r.typical, unit);
	const suffix = SUFFIX[unit];
	if (suffix) return `${r.low}–${r.high} ${suffix[1]} (typical ${r.typical})`;
	if (unit === 'share') {
		const pct = (n: number) => Math.round(n * 100);
		return `${pct(r.low)}–${pct(r.high)}% (typical ${pct(r.typical)}%)`;
	}
	return `${one(r.low, unit)} – ${one(r.high, unit)} (typical ${one(r.typical, unit)})`;
}

/** The value of an assumption in words, one line per option when it varies by option. */
export function describeValue(a: AssumptionDoc, v: unknown): string[] {
	if (v === null) return ['See the note'];
	if (typeof v === 'number') return [one(v, a.unit)];
	if (isRange(v)) return [rangeText(v, a.unit)];
	if (typeof v === 'object' && 'allowed' in (v as object)) {
		const w = v as { allowed: number[]; default: number };
		return [`${w.allowed.join(', ')} months; ${w.default} by default`];
	}
	return Object.entries(v as Record<string, number | Range>).map(([key, value]) => {
		const name = OPTION_LABELS[key] ?? key;
		return `${name}: ${typeof value === 'number' ? one(value, a.unit) : rangeText(value, a.unit)}`;
	});
}

/** Every assumption, in the data file's order, ready to render. */
export function assumptionRows(): AssumptionRow[] {
	const entries = Object.entries(DATA.assumptions) as [keyof typeof DATA.values, AssumptionDoc][];
	return entries.map(([id, a]) => ({
		id,
		label: a.label,
		value: describeValue(a, DATA.values[id]),
		published: a.published,
		note: a.note,
		basis: a.basis,
		basisLabel: BASIS_LABELS[a.basis],
		sources: a.sources.map(sourceById),
	}));
}

/** A source as a citation line: 'Title (Publisher, 2026)' or '(Publisher, undated)'. */
export function citation(s: Source): string {
	return `${s.title} (${s.publisher}, ${s.year ?? 'undated'})`;
}
