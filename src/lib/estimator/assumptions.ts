/**
 * The estimator's assumptions as a whole: every number the model uses with its documentation and
 * sources, loaded from one data file and checked on load, so that a typo in the data fails the
 * build instead of producing NaN on screen. Browsers get only the numbers (values.ts).
 */
import raw from '../../../content/estimator-assumptions.json';
import type { FirmTier, OptionalCategory, Range, Readiness, SizeBand } from './types';
import type { AssumptionValues } from './values';

export interface Source {
	id: string;
	title: string;
	publisher: string;
	url: string;
	/** Year shown on the page; null when the page is undated. */
	year: number | null;
}

/** How much of a value is ours: copied, reconciled from several sources, or our own call. */
export type Basis = 'published' | 'blend' | 'judgment';

export type Unit =
	'usd' | 'usd-per-hour' | 'share' | 'factor' | 'hours' | 'weeks' | 'months' | 'note';

/** What one value means and where it comes from (the value itself is in `values`). */
export interface AssumptionDoc {
	label: string;
	unit: Unit;
	/** What the sources publish, including where they disagree. */
	published: string;
	/** The blend or judgment we made, and why. */
	note: string;
	sources: string[];
	basis: Basis;
}

export interface CalibrationCheck {
	label: string;
	min: number;
	max: number;
	published: string;
	sources: string[];
}

export interface AssumptionData {
	reviewed: string;
	currency: 'USD';
	about: string;
	values: AssumptionValues;
	assumptions: Record<keyof AssumptionValues, AssumptionDoc>;
	sources: Source[];
	checks: { firstTypeTwoMonths: CalibrationCheck; firstYearTotal: CalibrationCheck };
}

const FIRMS: FirmTier[] = ['boutique', 'mid-tier', 'big4'];
const OPTIONAL: OptionalCategory[] = [
	'availability',
	'processing-integrity',
	'confidentiality',
	'privacy',
];
const SIZE_IDS: SizeBand[] = ['startup', 'growth', 'midsize', 'enterprise'];
const READINESS_IDS: Readiness[] = ['none', 'informal', 'documented', 'mature'];

type Check = (value: unknown, path: string) => void;

function fail(path: string, problem: string): never {
	throw new Error(`Estimator assumptions: ${path} ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const nonNegative: Check = (value, path) => {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
		fail(path, 'must be a finite number >= 0');
	}
};

const positive: Check = (value, path) => {
	nonNegative(value, path);
	if (value === 0) fail(path, 'must be greater than 0');
};

/** A share that reduces something: 0 <= value < 1. */
const fraction: Check = (value, path) => {
	nonNegative(value, path);
	if ((value as number) >= 1) fail(path, 'must be below 1');
};

/** A multiplier that never shrinks anything. */
const atLeastOne: Check = (value, path) => {
	nonNegative(value, path);
	if ((value as number) < 1) fail(path, 'must be at least 1');
};

const range: Check = (value, path) => {
	if (!isRecord(value)) fail(path, 'must be { low, typical, high }');
	for (const key of ['low', 'typical', 'high']) nonNegative(value[key], `${path}.${key}`);
	const { low, typical, high } = value as unknown as Range;
	if (!(low <= typical && typical <= high)) fail(path, 'must keep low <= typical <= high');
};

function keyed(keys: readonly string[], each: Check): Check {
	return (value, path) => {
		if (!isRecord(value)) fail(path, `must be an object with keys ${keys.join(', ')}`);
		for (const key of keys) each(value[key], `${path}.${key}`);
	};
}

/** A value per ordered option that never decreases along the order (e.g. size multipliers). */
function rising(keys: readonly string[], each: Check): Check {
	return (value, path) => {
		keyed(keys, each)(value, path);
		const list = keys.map((k) => (value as Record<string, number>)[k] as number);
		list.forEach((v, i) => {
			if (i > 0 && v < (list[i - 1] as number))
				fail(`${path}.${keys[i]}`, 'must not be below the previous option');
		});
	};
}

/** A range per ordered option whose every bound never increases along the order. */
function fallingRanges(keys: readonly string[]): Check {
	return (value, path) => {
		keyed(keys, range)(value, path);
		const list = keys.map((k) => (value as Record<string, Range>)[k] as Range);
		list.forEach((r, i) => {
			const prev = list[i - 1];
			if (prev && (r.low > prev.low || r.typical > prev.typical || r.high > prev.high)) {
				fail(`${path}.${keys[i]}`, 'must not exceed the less ready level');
			}
		});
	};
}

const window: Check = (value, path) => {
	if (!isRecord(value) || !Array.isArray(value.allowed)) fail(path, 'must be { allowed, default }');
	const allowed = value.allowed as unknown[];
	const expected = [3, 6, 9, 12];
	if (allowed.length !== expected.length || allowed.some((m, i) => m !== expected[i])) {
		fail(`${path}.allowed`, 'must be [3, 6, 9, 12], the windows the form offers');
	}
	if (!expected.includes(value.default as number))
		fail(`${path}.default`, 'must be an allowed window');
};

const nothing: Check = (value, path) => {
	if (value !== null) fail(path, 'must be null');
};

const SHAPES: Record<keyof AssumptionValues, Check> = {
	auditFee: keyed(FIRMS, range),
	typeOneShare: (v, p) => {
		range(v, p);
		fraction((v as Range).high, `${p}.high`);
	},
	soc1Share: range,
	combinedSecondShare: range,
	categoryAddOn: keyed(OPTIONAL, range),
	sizeFactor: rising(SIZE_IDS, atLeastOne),
	systemAddOn: range,
	subserviceAddOn: range,
	readinessFee: range,
	readinessScale: (v, p) => {
		keyed(READINESS_IDS, positive)(v, p);
		rising([...READINESS_IDS].reverse(), positive)(v, p);
	},
	internalHours: fallingRanges(READINESS_IDS),
	evidenceHoursPerMonth: range,
	renewalUpkeepHours: range,
	platformSaving: fraction,
	defaultHourlyRate: positive,
	platformFee: keyed(SIZE_IDS, range),
	penTestFee: range,
	soc3Share: range,
	scopingWeeks: range,
	readinessWeeks: range,
	remediationWeeks: fallingRanges(READINESS_IDS),
	categoryWeeks: keyed(OPTIONAL, range),
	sizePace: rising(SIZE_IDS, atLeastOne),
	combinedPace: atLeastOne,
	fieldworkWeeks: (v, p) => {
		keyed(['type1', 'type2'], range)(v, p);
		const { type1, type2 } = v as { type1: Range; type2: Range };
		// A Type II's fieldwork must never be shorter than a Type I's (a tested property).
		if (type2.low < type1.low || type2.typical < type1.typical || type2.high < type1.high) {
			fail(`${p}.type2`, 'must not be shorter than type1');
		}
	},
	reportWeeks: range,
	observationWindow: window,
	bridgeLetterMonths: positive,
	renewalAudit: nothing,
};

const BASES: Basis[] = ['published', 'blend', 'judgment'];
const UNITS: Unit[] = [
	'usd',
	'usd-per-hour',
	'share',
	'factor',
	'hours',
	'weeks',
	'months',
	'note',
];

function text(value: unknown, path: string): void {
	if (typeof value !== 'string' || value.trim() === '') fail(path, 'must be non-empty text');
}

/** Checks assumption data of unknown shape and returns it typed; throws naming the first problem. */
export function validateAssumptions(data: unknown): AssumptionData {
	if (!isRecord(data)) fail('root', 'must be an object');
	if (!Array.isArray(data.sources)) fail('sources', 'must be a list');
	const sourceIds = new Set<string>();
	(data.sources as unknown[]).forEach((s, i) => {
		const path = `sources[${i}]`;
		if (!isRecord(s)) fail(path, 'must be an object');
		for (const key of ['id', 'title', 'publisher', 'url']) text(s[key], `${path}.${key}`);
		if (!/^https:\/\/[^\s]+$/.test(s.url as string))
			fail(`${path}.url`, 'must be an https address');
		if (s.year !== null && !(Number.isInteger(s.year) && (s.year as number) > 1990)) {
			fail(`${path}.year`, 'must be a year or null');
		}
		if (sourceIds.has(s.id as string)) fail(`${path}.id`, 'is a duplicate');
		sourceIds.add(s.id as string);
	});
	const values = data.values;
	const assumptions = data.assumptions;
	if (!isRecord(values)) fail('values', 'must be an object');
	if (!isRecord(assumptions)) fail('assumptions', 'must be an object');
	const expected = Object.keys(SHAPES);
	for (const [section, record] of [
		['values', values],
		['assumptions', assumptions],
	] as const) {
		for (const key of Object.keys(record)) {
			if (!expected.includes(key)) fail(`${section}.${key}`, 'is not used by the model');
		}
	}
	for (const [key, check] of Object.entries(SHAPES)) {
		if (!(key in values)) fail(`values.${key}`, 'is missing');
		check(values[key], `values.${key}`);
		const path = `assumptions.${key}`;
		const entry = assumptions[key];
		if (!isRecord(entry)) fail(path, 'is missing');
		for (const field of ['label', 'published', 'note']) text(entry[field], `${path}.${field}`);
		if (!UNITS.includes(entry.unit as Unit))
			fail(`${path}.unit`, `must be one of ${UNITS.join(', ')}`);
		if (!BASES.includes(entry.basis as Basis))
			fail(`${path}.basis`, `must be one of ${BASES.join(', ')}`);
		if (!Array.isArray(entry.sources)) fail(`${path}.sources`, 'must be a list');
		for (const id of entry.sources as unknown[]) {
			if (!sourceIds.has(id as string))
				fail(`${path}.sources`, `names an unknown source "${String(id)}"`);
		}
	}
	const checks = data.checks;
	if (!isRecord(checks)) fail('checks', 'must be an object');
	for (const key of ['firstTypeTwoMonths', 'firstYearTotal']) {
		const c = checks[key];
		if (!isRecord(c)) fail(`checks.${key}`, 'is missing');
		positive(c.min, `checks.${key}.min`);
		positive(c.max, `checks.${key}.max`);
		if ((c.min as number) > (c.max as number)) fail(`checks.${key}`, 'must keep min <= max');
	}
	return data as unknown as AssumptionData;
}

/** The validated assumption data the model and the page use. */
export const DATA: AssumptionData = validateAssumptions(raw);

/** Looks up a source by id (ids are checked on load, so this always finds one). */
export function sourceById(id: string): Source {
	const found = DATA.sources.find((s) => s.id === id);
	if (!found) throw new Error(`Unknown estimator source "${id}"`);
	return found;
}
