/**
 * The estimator's assumptions as a whole: every number the model uses with its documentation and
 * sources, loaded from one data file and checked on load by a Zod schema, so that a typo in the
 * data fails the build with a message naming the field instead of producing NaN on screen.
 * Browsers get only the numbers (values.ts).
 */
import { z } from 'astro/zod';
import raw from '../../../content/estimator-assumptions.json';
import type { FirmTier, OptionalCategory, Readiness, SizeBand } from './types';
import type { AssumptionValues } from './values';

/** The data file, as named in error messages. */
export const ASSUMPTIONS_FILE = 'content/estimator-assumptions.json';

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
	/** What the unit tests hold to this range, as the page says it: "… are tested to stay inside". */
	tested: string;
}

export interface AssumptionData {
	/** When the figures were last checked against their sources, YYYY-MM-DD. */
	reviewed: string;
	currency: 'USD';
	about: string;
	values: AssumptionValues;
	assumptions: Record<keyof AssumptionValues, AssumptionDoc>;
	sources: Source[];
	checks: {
		firstTypeTwoMonths: CalibrationCheck;
		firstYearTotal: CalibrationCheck;
		enterpriseAuditFee: CalibrationCheck;
	};
}

const FIRMS: readonly FirmTier[] = ['boutique', 'mid-tier', 'big4'];
const OPTIONAL: readonly OptionalCategory[] = [
	'availability',
	'processing-integrity',
	'confidentiality',
	'privacy',
];
const SIZE_IDS: readonly SizeBand[] = ['startup', 'growth', 'midsize', 'enterprise'];
const READINESS_IDS: readonly Readiness[] = ['none', 'informal', 'documented', 'mature'];
const BASES = ['published', 'blend', 'judgment'] as const satisfies readonly Basis[];
const UNITS = [
	'usd',
	'usd-per-hour',
	'share',
	'factor',
	'hours',
	'weeks',
	'months',
	'note',
] as const satisfies readonly Unit[];
/** The Type 2 windows the estimator's form offers. */
const WINDOWS = [3, 6, 9, 12];

/** An error option that says "is missing" for an absent field and `text` for a wrong one. */
const says = (text: string) => ({
	error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : text),
});

const NUMBER = 'must be a finite number >= 0';
const amount = z.number(says(NUMBER)).min(0, { error: NUMBER });
const positive = amount.refine((n) => n > 0, { error: 'must be greater than 0' });
/** A share that reduces something: 0 <= value < 1. */
const fraction = amount.refine((n) => n < 1, { error: 'must be below 1' });
/** A multiplier that never shrinks anything. */
const atLeastOne = amount.refine((n) => n >= 1, { error: 'must be at least 1' });
const text = z.string(says('must be non-empty text')).refine((s) => s.trim() !== '', {
	error: 'must be non-empty text',
});

const range = z
	.object({ low: amount, typical: amount, high: amount }, says('must be { low, typical, high }'))
	.refine((r) => r.low <= r.typical && r.typical <= r.high, {
		error: 'must keep low <= typical <= high',
	});

/** One value per option, no option missing and none unknown. */
function keyed<K extends string, T extends z.ZodType>(keys: readonly K[], each: T) {
	const shape = Object.fromEntries(keys.map((k) => [k, each])) as Record<K, T>;
	return z.strictObject(shape, says(`must be an object with keys ${keys.join(', ')}`));
}

/** A value per ordered option that never decreases along the order (e.g. size multipliers). */
function rising<K extends string>(
	keys: readonly K[],
	each: z.ZodType<number>,
	message = 'must not be below the previous option',
) {
	return keyed(keys, each).superRefine((value, ctx) => {
		const list = keys.map((k) => (value as Record<K, number>)[k]);
		list.forEach((v, i) => {
			if (i > 0 && v < (list[i - 1] as number)) {
				ctx.addIssue({ code: 'custom', path: [keys[i] as K], message });
			}
		});
	});
}

/** A range per readiness level whose every bound never increases as readiness improves. */
const fallingRanges = keyed(READINESS_IDS, range).superRefine((value, ctx) => {
	READINESS_IDS.forEach((key, i) => {
		const prev = i > 0 ? value[READINESS_IDS[i - 1] as Readiness] : undefined;
		const r = value[key];
		if (prev && (r.low > prev.low || r.typical > prev.typical || r.high > prev.high)) {
			ctx.addIssue({
				code: 'custom',
				path: [key],
				message: 'must not exceed the less ready level',
			});
		}
	});
});

const valuesSchema = z.strictObject(
	{
		auditFee: keyed(FIRMS, range),
		typeOneShare: range.refine((r) => r.high < 1, { error: 'must be below 1', path: ['high'] }),
		soc1Share: range,
		combinedSecondShare: range,
		categoryAddOn: keyed(OPTIONAL, range),
		sizeFactor: rising(SIZE_IDS, atLeastOne),
		systemAddOn: range,
		readinessFee: range,
		// The less ready an organization, the more review it needs.
		readinessScale: rising(
			[...READINESS_IDS].reverse(),
			positive,
			'must not be below the more ready level',
		),
		internalHours: fallingRanges,
		evidenceHoursPerMonth: range,
		platformSaving: fraction,
		defaultHourlyRate: positive,
		soc3Share: range,
		scopingWeeks: range,
		readinessWeeks: range,
		remediationWeeks: fallingRanges,
		categoryWeeks: keyed(OPTIONAL, range),
		sizePace: rising(SIZE_IDS, atLeastOne),
		fieldworkWeeks: keyed(['type1', 'type2'], range).superRefine(({ type1, type2 }, ctx) => {
			// A Type 2's fieldwork must never be shorter than a Type 1's (a tested property).
			if (type2.low < type1.low || type2.typical < type1.typical || type2.high < type1.high) {
				ctx.addIssue({
					code: 'custom',
					path: ['type2'],
					message: 'must not be shorter than type1',
				});
			}
		}),
		reportWeeks: range,
		observationWindow: z.object(
			{
				allowed: z
					.array(z.number(), says('must be a list'))
					.refine(
						(list) => list.length === WINDOWS.length && list.every((m, i) => m === WINDOWS[i]),
						{
							error: `must be [${WINDOWS.join(', ')}], the windows the form offers`,
						},
					),
				default: z.number(says('must be an allowed window')).refine((m) => WINDOWS.includes(m), {
					error: 'must be an allowed window',
				}),
			},
			says('must be { allowed, default }'),
		),
		bridgeLetterMonths: positive,
		renewalAudit: positive,
	},
	says('must be an object'),
);

const KEYS = Object.keys(valuesSchema.shape) as (keyof AssumptionValues)[];

const docSchema = z.object(
	{
		label: text,
		unit: z.enum(UNITS, says(`must be one of ${UNITS.join(', ')}`)),
		published: text,
		note: text,
		sources: z.array(z.string(says('must be a source id')), says('must be a list')),
		basis: z.enum(BASES, says(`must be one of ${BASES.join(', ')}`)),
	},
	says('must be an object'),
);

const sourceSchema = z.object(
	{
		id: text,
		title: text,
		publisher: text,
		url: text.refine((u) => /^https:\/\/[^\s]+$/.test(u), { error: 'must be an https address' }),
		year: z
			.number(says('must be a year or null'))
			.int({ error: 'must be a year or null' })
			.min(1991, {
				error: 'must be a year or null',
			})
			.nullable(),
	},
	says('must be an object'),
);

const checkSchema = z
	.object(
		{
			label: text,
			min: positive,
			max: positive,
			published: text,
			sources: z.array(z.string()),
			tested: text,
		},
		says('is missing'),
	)
	.refine((c) => c.min <= c.max, { error: 'must keep min <= max' });

const dataSchema = z
	.object(
		{
			reviewed: z.iso.date(says('must be a date, YYYY-MM-DD')),
			currency: z.literal('USD', says('must be "USD"')),
			about: text,
			values: valuesSchema,
			assumptions: z.strictObject(
				Object.fromEntries(KEYS.map((k) => [k, docSchema])) as Record<
					keyof AssumptionValues,
					typeof docSchema
				>,
				says('must be an object'),
			),
			sources: z.array(sourceSchema, says('must be a list')).superRefine((list, ctx) => {
				const seen = new Set<string>();
				list.forEach((s, i) => {
					if (seen.has(s.id))
						ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'is a duplicate' });
					seen.add(s.id);
				});
			}),
			checks: z.object(
				{
					firstTypeTwoMonths: checkSchema,
					firstYearTotal: checkSchema,
					enterpriseAuditFee: checkSchema,
				},
				says('must be an object'),
			),
		},
		says('must be an object'),
	)
	.superRefine((data, ctx) => {
		const ids = new Set(data.sources.map((s) => s.id));
		const cited: [(string | number)[], string[]][] = [
			...KEYS.map((k): [(string | number)[], string[]] => [
				['assumptions', k, 'sources'],
				data.assumptions[k].sources,
			]),
			...Object.entries(data.checks).map(([k, c]): [(string | number)[], string[]] => [
				['checks', k, 'sources'],
				c.sources,
			]),
		];
		for (const [path, list] of cited) {
			for (const id of list) {
				if (!ids.has(id))
					ctx.addIssue({ code: 'custom', path, message: `names an unknown source "${id}"` });
			}
		}
	});

// The parsed shape must be usable as the declared types: this line fails the type check if the
// schema and the interfaces above (which other modules import) drift apart.
const asDeclared = (parsed: z.infer<typeof dataSchema>): AssumptionData => parsed;

/** A Zod issue path as written in the data file: values.auditFee.big4, sources[0].url. */
function place(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(out, key) =>
			typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
		'',
	);
}

/** One line per problem, each naming the field: "values.reportWeeks is missing". */
function problems(error: z.ZodError): string[] {
	return error.issues.flatMap((issue) => {
		const at = place(issue.path);
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => `${at ? `${at}.` : ''}${key} is not used by the model`);
		}
		return [`${at || 'the file'} ${issue.message}`];
	});
}

/** Checks assumption data of unknown shape and returns it typed; throws naming every problem. */
export function validateAssumptions(data: unknown): AssumptionData {
	const result = dataSchema.safeParse(data);
	if (!result.success) {
		throw new Error(
			`Estimator assumptions (${ASSUMPTIONS_FILE}):\n${problems(result.error)
				.map((p) => `  - ${p}`)
				.join('\n')}`,
		);
	}
	return asDeclared(result.data);
}

/** The validated assumption data the model and the page use. */
export const DATA: AssumptionData = validateAssumptions(raw);

/** Looks up a source by id (ids are checked on load, so this always finds one). */
export function sourceById(id: string): Source {
	const found = DATA.sources.find((s) => s.id === id);
	if (!found) throw new Error(`Unknown estimator source "${id}"`);
	return found;
}
