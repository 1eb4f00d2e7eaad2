/** The chooser's URL state: reading links people share, and never crashing on a bad one. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ASKED,
	COMMITMENT_CHOICES,
	CONTROLS,
	DEADLINES,
	QUESTION_IDS,
	YES_NO_UNSURE,
} from '../../../src/lib/chooser/questions';
import {
	firstUnanswered,
	isComplete,
	parseChooserQuery,
	serializeChooserAnswers,
} from '../../../src/lib/chooser/query';
import { ATTRIBUTION_KEYS } from '../../../src/lib/attribution/attribution';
import { MAX_NOTICES } from '../../../src/lib/engagement/notices';
import { BROKEN_OUTPUT, HOSTILE_VALUES, queryOf } from '../support/hostile';

const UTM = ATTRIBUTION_KEYS;
const FULL =
	'financial=yes&data=yes&commitments=uptime,personal&public=no&asked=soc1&deadline=6m&controls=over-6m';

const ALLOWED: Record<string, readonly string[]> = {
	financial: YES_NO_UNSURE,
	data: YES_NO_UNSURE,
	public: YES_NO_UNSURE,
	asked: ASKED,
	deadline: DEADLINES,
	controls: CONTROLS,
};

describe('parseChooserQuery', () => {
	it('reads a complete link, with or without the leading "?"', () => {
		for (const search of [FULL, `?${FULL}`, new URLSearchParams(FULL)]) {
			const { answers, notices } = parseChooserQuery(search);
			expect(notices).toEqual([]);
			expect(answers).toEqual({
				financial: 'yes',
				data: 'yes',
				commitments: ['uptime', 'personal'],
				public: 'no',
				asked: 'soc1',
				deadline: '6m',
				controls: 'over-6m',
			});
		}
	});

	it('forgives case and spaces that campaign tools introduce', () => {
		const { answers, notices } = parseChooserQuery(
			'?Financial=%20YES&commitments=Personal,%20uptime,',
		);
		expect(notices).toEqual([]);
		expect(answers).toEqual({ financial: 'yes', commitments: ['uptime', 'personal'] });
	});

	it('skips attribution keys silently so they can travel on to the consultation link', () => {
		const { answers, notices } = parseChooserQuery(`?utm_source=news&gclid=x&data=no`);
		expect(notices).toEqual([]);
		expect(answers).toEqual({ data: 'no' });
	});

	it('ignores unknown keys and values, each with a notice naming it', () => {
		const { answers, notices } = parseChooserQuery('?colour=blue&financial=maybe&data=yes');
		expect(answers).toEqual({ data: 'yes' });
		expect(notices.map((n) => n.key)).toEqual(['colour', 'financial']);
		expect(notices[0]?.message).toMatch(/“colour”/);
		expect(notices[1]?.message).toMatch(/“maybe” for “Financial reporting”/);
	});

	it('describes values that read like a broken page instead of repeating them', () => {
		const { notices } = parseChooserQuery('?NaN=1&financial=undefined&commitments=Invalid%20Date');
		expect(notices.map((n) => n.message)).toEqual([
			'The link contained a setting this page does not use, so it was ignored.',
			'The link’s answer for “Financial reporting” is not one we know, so we ignored it.',
			'The link’s answer for “Promises to customers” is not one we know, so we ignored it.',
		]);
	});

	it('uses the first value when a key repeats, as every tool does, and says so', () => {
		const valid = parseChooserQuery('?asked=soc2&asked=soc1');
		expect(valid.answers.asked).toBe('soc2');
		expect(valid.notices.map((n) => n.message)).toEqual([expect.stringMatching(/more than once/)]);
		const { answers, notices } = parseChooserQuery('?asked=later&asked=soc2&asked=soc1');
		expect(
			answers.asked,
			'an unusable first value is reported, not silently replaced',
		).toBeUndefined();
		expect(notices).toHaveLength(2);
		expect(notices.map((n) => n.message).join(' ')).toMatch(/more than once.*“later”/);
	});

	it('reads "none" of the commitments as an empty list, and prefers real choices over it', () => {
		expect(parseChooserQuery('commitments=none').answers.commitments).toEqual([]);
		const mixed = parseChooserQuery('commitments=none,uptime,bogus');
		expect(mixed.answers.commitments).toEqual(['uptime']);
		expect(mixed.notices.map((n) => n.message).join(' ')).toMatch(/“bogus”.*“none”/);
		const empty = parseChooserQuery('commitments=,,');
		expect(empty.answers.commitments, 'an empty list is not "none"').toBeUndefined();
		expect(empty.notices).toHaveLength(1);
	});

	it('caps the notices and shortens long values so a hostile link cannot flood the page', () => {
		const junk = Array.from({ length: 50 }, (_, i) => `k${i}=${'x'.repeat(500)}`).join('&');
		const { notices } = parseChooserQuery(`?financial=${'y'.repeat(5000)}&${junk}`);
		expect(notices).toHaveLength(MAX_NOTICES);
		expect(notices.at(-1)?.message).toMatch(new RegExp(`${51 - (MAX_NOTICES - 1)} more things`));
		for (const n of notices) expect(n.message.length, n.message).toBeLessThan(160);
	});
});

describe('serializeChooserAnswers', () => {
	it('writes answers in question order with readable commas, keeping extra params', () => {
		const search = serializeChooserAnswers(
			{ controls: 'none', commitments: ['personal', 'uptime'], financial: 'no' },
			[
				['utm_campaign', 'spring sale'],
				['financial', 'ignored'],
			],
		);
		expect(search).toBe(
			'financial=no&commitments=uptime,personal&controls=none&utm_campaign=spring%20sale',
		);
		expect(serializeChooserAnswers({ commitments: [] })).toBe('commitments=none');
		expect(serializeChooserAnswers({})).toBe('');
	});
});

describe('progress helpers', () => {
	it('finds the first unanswered question and knows when all are answered', () => {
		expect(firstUnanswered({})).toBe('financial');
		expect(firstUnanswered({ financial: 'no', data: 'no' })).toBe('commitments');
		const all = parseChooserQuery(FULL).answers;
		expect(firstUnanswered(all)).toBeNull();
		expect(isComplete(all)).toBe(true);
		const { controls: _dropped, ...withoutControls } = all;
		expect(isComplete(withoutControls)).toBe(false);
	});
});

// --- Fuzzing: whatever arrives in the address bar, the parser neither throws nor lets junk in ---

const validPair = fc.oneof(
	...Object.entries(ALLOWED).map(([key, values]) =>
		fc.constantFrom(...values).map((v) => [key, v] as const),
	),
	fc
		.subarray([...COMMITMENT_CHOICES, 'none'], { minLength: 1 })
		.map((list) => ['commitments', list.join(',')] as const),
);
const junkText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 30 }),
	fc.constantFrom(...HOSTILE_VALUES),
);
const junkPair = fc.oneof(
	fc.tuple(junkText, junkText),
	fc.tuple(fc.constantFrom(...QUESTION_IDS), junkText),
);

/** Fuzzing is CPU-bound; allow for a busy machine. */
const FUZZ_TIMEOUT = 120_000;
const isChoice = (c: string) => (COMMITMENT_CHOICES as readonly string[]).includes(c);

describe('fuzzing the query parser', () => {
	it(
		'10,000 generated links: never throws, only valid answers, short readable notices',
		() => {
			const search = fc.oneof(
				fc.string({ unit: 'binary', maxLength: 300 }),
				queryOf([...QUESTION_IDS, ...UTM, 'Financial', ' data ']),
			);
			fc.assert(
				fc.property(search, (text) => {
					const { answers, notices } = parseChooserQuery(text);
					const valid = Object.entries(answers).every(([key, value]) =>
						key === 'commitments'
							? (value as string[]).every(isChoice)
							: (ALLOWED[key]?.includes(value as string) ?? false),
					);
					// Whatever was not used is reported: no notice only when every pair was used or skipped.
					const readable = notices.every(
						(n) =>
							n.message.length > 20 &&
							n.message.length < 200 &&
							!BROKEN_OUTPUT.test(n.message) &&
							!/[\u0000-\u001f]/.test(n.message),
					);
					return valid && readable && notices.length <= MAX_NOTICES;
				}),
				{ numRuns: 10_000 },
			);
		},
		FUZZ_TIMEOUT,
	);

	it(
		'survives percent-encoding debris and separators',
		() => {
			const piece = fc.constantFrom(
				'%',
				'%E0%A4%A',
				'%ZZ',
				'&',
				'=',
				'==',
				'?',
				'#',
				'+',
				',',
				';',
				'%00',
				'\u0000',
				'\uD800',
				'financial',
				'yes',
				'commitments',
			);
			fc.assert(
				fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
					const { notices } = parseChooserQuery(pieces.join(''));
					return notices.every((n) => typeof n.message === 'string' && n.message.length < 200);
				}),
				{ numRuns: 10_000 },
			);
		},
		FUZZ_TIMEOUT,
	);

	it(
		'keeps every valid answer and gives a notice for every unusable pair',
		() => {
			fc.assert(
				fc.property(fc.array(fc.oneof(validPair, junkPair), { maxLength: 8 }), (pairs) => {
					const params = new URLSearchParams();
					for (const [k, v] of pairs) params.append(k, v);
					const { answers, notices } = parseChooserQuery(params);
					const { expected, unusable } = model(params);
					return (
						JSON.stringify(inQuestionOrder(answers)) === JSON.stringify(expected) &&
						notices.length === (unusable > MAX_NOTICES ? MAX_NOTICES : unusable)
					);
				}),
				{ numRuns: 10_000 },
			);
		},
		FUZZ_TIMEOUT,
	);
});

/**
 * A plain re-statement of the parser's contract, shared by every tool's links: the first value of a
 * key is the one read (a repeat is noticed once per key), an empty value means "not said", an
 * unknown key is noticed once, and an unusable value is noticed.
 */
function model(params: URLSearchParams): { expected: Record<string, unknown>; unusable: number } {
	const expected: Record<string, unknown> = {};
	const seen = new Set<string>();
	let unusable = 0;
	for (const [rawKey, rawValue] of params) {
		const key = rawKey.trim().toLowerCase();
		const value = rawValue.trim().toLowerCase();
		if (key === '' && value === '') continue;
		const known = (QUESTION_IDS as readonly string[]).includes(key);
		const tag = known ? key : `?${key}`;
		if (seen.has(tag)) {
			if (known && !seen.has(`twice:${key}`)) unusable++;
			seen.add(`twice:${key}`);
			continue;
		}
		seen.add(tag);
		if (!known) {
			unusable++;
			continue;
		}
		if (value === '') continue;
		if (key !== 'commitments') {
			if (ALLOWED[key]?.includes(value)) expected[key] = value;
			else unusable++;
			continue;
		}
		const tokens = value
			.split(',')
			.map((t) => t.trim())
			.filter(Boolean);
		const choices = tokens.filter(isChoice);
		const none = tokens.includes('none');
		unusable += tokens.filter((t) => t !== 'none' && !isChoice(t)).length;
		if (tokens.length === 0) unusable++;
		if (none && choices.length > 0) unusable++;
		if (choices.length > 0) expected[key] = COMMITMENT_CHOICES.filter((c) => choices.includes(c));
		else if (none) expected[key] = [];
	}
	return { expected: inQuestionOrder(expected), unusable };
}

/** The same answers with keys in question order, so two objects compare as JSON. */
function inQuestionOrder(answers: Record<string, unknown>): Record<string, unknown> {
	const ordered: Record<string, unknown> = {};
	for (const id of QUESTION_IDS) if (id in answers) ordered[id] = answers[id];
	return ordered;
}
