/**
 * The estimator's form handlers: typing in a text field (typeInto) and picking a choice (the
 * inputs clamp). Whatever a visitor does, the estimate stays usable and every message reads well.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/lib/engagement/dates';
import {
	draftsOf,
	type DraftField,
	type Drafts,
	type FieldErrors,
} from '../../../src/lib/estimator/drafts';
import { defaultInputs, sanitizeInputs } from '../../../src/lib/estimator/inputs';
import { toEstimateQuery } from '../../../src/lib/estimator/link';
import { parseEstimateQuery } from '../../../src/lib/estimator/query';
import { readDraft, typeInto } from '../../../src/lib/estimator/typing';
import type { EstimateInputs } from '../../../src/lib/estimator/types';
import { BROKEN_OUTPUT, hostileText } from '../support/hostile';
import { CaseCounter } from './arbitraries';
import { estimate } from './full-estimate';

const TODAY = '2026-11-26';
const counter = new CaseCounter();
afterAll(() => console.info(`form handlers: ${counter.total} generated cases`));

const FIELDS: DraftField[] = ['systems', 'subservice', 'rate', 'start', 'deadline'];

describe('typing in a text field', () => {
	const inputs = defaultInputs(TODAY);
	it.each([
		['systems', '7', { patch: { systems: 7 } }],
		['systems', '', { error: 'Enter a whole number.' }],
		['rate', '', { patch: { hourlyRate: null } }],
		['rate', '85.50', { patch: { hourlyRate: 85.5 } }],
		['start', '2027-02-01', { patch: { startDate: '2027-02-01' } }],
		['deadline', '', { patch: { deadline: null } }],
		['deadline', '2026-11-26', { error: 'The deadline must be after the start date.' }],
	] as const)('%s = %j', (field, raw, expected) => {
		expect(readDraft(field, raw, inputs)).toEqual(expected);
	});

	it('says why a value cannot be used, without repeating a broken-looking one', () => {
		const read = readDraft('systems', 'NaN', inputs);
		expect(read).toEqual({
			error:
				'In-scope systems or locations must be a whole number from 1 to 20, not the value given.',
		});
	});

	it('re-checks a typed deadline when the start date moves past it', () => {
		const drafts: Drafts = { ...draftsOf(inputs), deadline: '2027-03-01' };
		const typed = typeInto(
			'start',
			'2027-06-01',
			{ ...inputs, deadline: '2027-03-01' },
			drafts,
			{},
		);
		expect(typed.patch).toEqual({ startDate: '2027-06-01', deadline: null });
		expect(typed.errors.deadline).toBe('The deadline must be after the start date.');
	});
});

/** What the form's choice controls can send, real or tampered with. */
const junkValue = fc.oneof(
	fc.constantFrom<unknown>(
		NaN,
		Infinity,
		-Infinity,
		-0,
		1e308,
		null,
		undefined,
		true,
		false,
		'',
		[],
		{},
	),
	hostileText,
	fc.integer({ min: -100, max: 2000 }),
	fc.double(),
	fc.array(hostileText, { maxLength: 3 }),
);
const choiceArb = fc
	.dictionary(
		fc.constantFrom<keyof EstimateInputs>(
			'report',
			'type',
			'categories',
			'soc3',
			'size',
			'readiness',
			'window',
			'firm',
			'platform',
			'penTest',
		),
		junkValue,
		{ maxKeys: 3 },
	)
	.map((patch) => ({ kind: 'pick' as const, patch }));
const typeArb = fc
	.tuple(
		fc.constantFrom(...FIELDS),
		fc.oneof(
			hostileText,
			fc.constantFrom(
				'0',
				'1',
				'20',
				'21',
				'60',
				'1000.01',
				'2027-02-29',
				'2028-02-29',
				'2100-12-31',
				'1999-12-31',
			),
		),
	)
	.map(([field, raw]) => ({ kind: 'type' as const, field, raw }));

describe('fuzzing the form handlers', { timeout: 120_000 }, () => {
	it('10,000 generated form sessions: usable inputs, readable messages, a finite estimate and a link that reads back', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(typeArb, choiceArb), { minLength: 1, maxLength: 8 }),
				(events) => {
					let inputs = defaultInputs(TODAY);
					let drafts = draftsOf(inputs);
					let errors: FieldErrors = {};
					// The same steps as the island: typed text is kept, a usable value changes the inputs.
					for (const event of events) {
						if (event.kind === 'type') {
							drafts = { ...drafts, [event.field]: event.raw };
							const typed = typeInto(event.field, event.raw, inputs, drafts, errors);
							errors = typed.errors;
							if (typed.patch) inputs = sanitizeInputs({ ...inputs, ...typed.patch }, TODAY);
						} else inputs = sanitizeInputs({ ...inputs, ...event.patch }, TODAY);
					}
					for (const message of Object.values(errors)) {
						if (message === undefined) continue;
						if (message.length < 10 || message.length > 200 || BROKEN_OUTPUT.test(message))
							return false;
					}
					if (JSON.stringify(sanitizeInputs(inputs, TODAY)) !== JSON.stringify(inputs))
						return false;
					const e = estimate(inputs, TODAY);
					if (
						![e.firstYear.low, e.firstYear.high, e.renewal.high, e.internalHours.high].every(
							Number.isFinite,
						)
					)
						return false;
					if (!isIsoDate(e.timeline.reportDate.latest)) return false;
					// The address bar the island writes reads back to the same inputs, without a notice.
					const back = parseEstimateQuery(`?${toEstimateQuery(inputs)}`, TODAY);
					return (
						back.notices.length === 0 && JSON.stringify(back.inputs) === JSON.stringify(inputs)
					);
				},
			),
			counter.runs(10_000),
		);
	});
});
