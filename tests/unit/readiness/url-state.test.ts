import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { READINESS_QUESTIONS } from '../../../src/data/readiness';
import {
	ANSWERS,
	OPTIONAL_CATEGORIES,
	REPORTS,
	type AnswerId,
} from '../../../src/lib/readiness/model';
import { areasInScope } from '../../../src/lib/readiness/scope';
import { ATTRIBUTION_KEYS } from '../../../src/lib/attribution/attribution';
import {
	INITIAL_STATE,
	needsQuestions,
	parseReadinessQuery,
	serializeReadinessQuery,
	type ReadinessState,
} from '../../../src/lib/readiness/url-state';

import { MAX_NOTICES } from '../../../src/lib/engagement/notices';
import { PLAN_KEYS } from '../../../src/lib/engagement/url';
import { BROKEN_OUTPUT, HOSTILE_VALUES } from '../support/hostile';

const QS = READINESS_QUESTIONS;
const KNOWN_KEYS = new Set<string>([...PLAN_KEYS, 'step', 'a', ...ATTRIBUTION_KEYS]);
const parse = (search: string) => parseReadinessQuery(search, QS);
const serialize = (state: ReadinessState) => serializeReadinessQuery(state, QS);

describe('parseReadinessQuery', () => {
	it('starts fresh with no notices for an empty query', () => {
		for (const empty of ['', '?', '?&&']) {
			expect(parse(empty), `parse(${JSON.stringify(empty)})`).toEqual({
				state: INITIAL_STATE,
				notices: [],
			});
		}
	});

	it('reads a complete link from the chooser plus answers', () => {
		const { state, notices } = parse(
			'?report=both&type=2&tsc=security,availability,privacy&soc3=1&step=access&a=mfa:e,leavers:u,pen-test:n,joiners:m&utm_source=news',
		);
		expect(notices, 'notices').toEqual([]);
		expect(state, 'state').toEqual({
			scope: { report: 'both', categories: ['availability', 'privacy'] },
			answers: { mfa: 'evidenced', leavers: 'unevidenced', 'pen-test': 'na', joiners: 'missing' },
			step: 'access',
			carry: { type: 2, soc3: true },
			attribution: [['utm_source', 'news']],
		});
	});

	it('accepts values in any case and with stray spaces', () => {
		const { state, notices } = parse('?report=%20SOC1%20&a=MFA:E');
		expect(notices, 'notices').toEqual([]);
		expect(state.scope.report, 'report').toBe('soc1');
		expect(state.answers, 'answers').toEqual({ mfa: 'evidenced' });
	});

	it('explains every value it ignores, and keeps the rest', () => {
		const scopeLink = parse('?report=soc4&tsc=security,speed&type=3&soc3=maybe&step=nowhere');
		expect(scopeLink.state, 'falls back to the first-visit state').toEqual(INITIAL_STATE);
		expect(
			scopeLink.notices.map((n) => n.key),
			'one notice per bad value, plan keys in the plan’s order',
		).toEqual(['report', 'type', 'tsc', 'soc3', 'step']);

		const answerLink = parse(
			'?a=mfa:x,ghost:e,leavers:u:u,mfa:e,joiners:m&foo=bar&readiness=perfect',
		);
		expect(answerLink.state.answers, 'valid answers kept').toEqual({
			joiners: 'missing',
			mfa: 'evidenced',
		});
		expect(
			answerLink.notices.map((n) => n.key),
			'notices',
		).toEqual(['foo', 'readiness', 'a', 'a', 'a']);

		for (const n of [...scopeLink.notices, ...answerLink.notices]) {
			expect(n.message, `message for ${n.key}`).toMatch(/^[A-Z“].+\.$/);
		}
	});

	it('uses the first value of a repeated key and says so', () => {
		const { state, notices } = parse('?report=soc1&report=both');
		expect(state.scope.report, 'first wins').toBe('soc1');
		expect(
			notices.map((n) => n.key),
			'notice',
		).toEqual(['report']);
	});

	it('uses the first answer to a question answered twice and says so', () => {
		const { state, notices } = parse('?a=mfa:e,mfa:m');
		expect(state.answers, 'first wins').toEqual({ mfa: 'evidenced' });
		expect(notices.length, 'one notice').toBe(1);
	});

	it('drops categories for a SOC 1 on its own, with a notice', () => {
		const { state, notices } = parse('?report=soc1&tsc=security,privacy');
		expect(state.scope.categories, 'categories').toEqual([]);
		expect(
			notices.map((n) => n.key),
			'notice',
		).toEqual(['tsc']);
	});

	it('refuses a step outside the scope the link describes', () => {
		const { state, notices } = parse('?step=privacy');
		expect(state.step, 'step').toBe('scope');
		expect(notices[0]?.message, 'message').toMatch(/not part of the scope/);
	});

	it('keeps answers for questions outside the scope, so switching back loses nothing', () => {
		const { state, notices } = parse('?a=capacity:e');
		expect(notices, 'notices').toEqual([]);
		expect(state.answers, 'answers').toEqual({ capacity: 'evidenced' });
	});

	it('caps the notices for a mangled link and quotes values briefly', () => {
		const junk = Array.from({ length: 50 }, (_, i) => `k${i}=v`).join('&');
		const { notices } = parse(`?${junk}`);
		expect(notices.length, 'capped').toBe(MAX_NOTICES);
		expect(notices.at(-1)?.message, 'summary').toBe(
			`${50 - (MAX_NOTICES - 1)} more things in the link could not be used and were ignored.`,
		);
		const long = parse(`?report=${'x'.repeat(500)}%00%E2%80%AE`).notices[0]?.message ?? '';
		expect(long.length, 'short message').toBeLessThan(200);
		expect(long, 'no control or bidi characters').not.toMatch(/[\u0000\u202e]/);
	});

	it('10,000 generated links: never throws, a usable state and short readable notices', () => {
		const reports = REPORTS.map((r) => r.id) as string[];
		const areaIds = areasInScope(QS, {
			report: 'both',
			categories: OPTIONAL_CATEGORIES.map((c) => c.id),
		}).map((a) => a.id) as string[];
		const codes = ANSWERS.map((a) => a.code) as string[];
		const ids = QS.map((q) => q.id);
		const answerIds = ANSWERS.map((a) => a.id) as string[];
		// Raw noise, plus query-shaped noise built from the real vocabulary so the parser's deeper
		// branches (answers, steps, categories) get exercised too.
		const word = fc.oneof(
			fc.string({ maxLength: 6 }),
			fc.constantFrom(...HOSTILE_VALUES),
			fc.constantFrom(
				...reports,
				...areaIds,
				...codes,
				...ids,
				'security',
				'results',
				'scope',
				'1',
				'2',
				'%',
				'%E2%82',
				'+',
				'#',
				'?',
			),
		);
		const value = fc
			.array(word, { maxLength: 6 })
			.chain((words) => fc.constantFrom(',', ':', '').map((sep) => words.join(sep)));
		const key = fc.oneof(
			fc.constantFrom(
				'report',
				'tsc',
				'type',
				'soc3',
				'step',
				'a',
				'readiness',
				'utm_source',
				'gclid',
			),
			fc.string({ maxLength: 6 }),
		);
		const queryish = fc
			.array(fc.tuple(key, value), { maxLength: 8 })
			.map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'grapheme', maxLength: 200 }),
					fc.string({ unit: 'binary' }),
					queryish,
					queryish,
				),
				(search) => {
					const { state, notices } = parse(search);
					// Plain checks rather than expect(): 10,000 runs should stay fast on a shared machine.
					const answersOk = Object.entries(state.answers).every(
						([id, answer]) => ids.includes(id) && answerIds.includes(answer),
					);
					return (
						reports.includes(state.scope.report) &&
						['scope', 'results', ...areasInScope(QS, state.scope).map((a) => a.id)].includes(
							state.step,
						) &&
						answersOk &&
						notices.length <= MAX_NOTICES &&
						notices.every(
							(n) =>
								n.message.length > 20 &&
								n.message.length < 300 &&
								!BROKEN_OUTPUT.test(n.message) &&
								!/[\u0000-\u001f]/.test(n.message),
						) &&
						// Every setting the page does not know is reported.
						(notices.length > 0 ||
							[...new URLSearchParams(search.replace(/^\?/, ''))]
								.filter(([k, v]) => k.trim() !== '' || v.trim() !== '')
								.every(([k]) => KNOWN_KEYS.has(k.trim().toLowerCase()))) &&
						// A link without answers or a step reads the same without the questions.
						(needsQuestions(search) ||
							JSON.stringify(parseReadinessQuery(search, []).state) === JSON.stringify(state)) &&
						// What was parsed must survive a round trip unchanged.
						sameState(parse(serialize(state)).state, state)
					);
				},
			),
			{ numRuns: 10_000 },
		);
	}, 120_000);
});

describe('serializeReadinessQuery', () => {
	it('writes nothing for a first visit', () => {
		expect(serialize(INITIAL_STATE)).toBe('');
	});

	it('writes a readable, canonical query', () => {
		const state: ReadinessState = {
			scope: { report: 'both', categories: ['privacy', 'availability'] },
			answers: { leavers: 'unevidenced', mfa: 'evidenced' },
			step: 'results',
			carry: { type: 2 },
			attribution: [['utm_campaign', 'spring sale & more']],
		};
		expect(serialize(state)).toBe(
			'report=both&type=2&tsc=security,availability,privacy&step=results&a=mfa:e,leavers:u&utm_campaign=spring%20sale%20%26%20more',
		);
	});

	it('round-trips every valid state exactly, without notices', () => {
		const areaIds = (scope: ReadinessState['scope']) => areasInScope(QS, scope).map((a) => a.id);
		const stateArb = fc
			.record({
				report: fc.constantFrom(...REPORTS.map((r) => r.id)),
				categories: fc.subarray(OPTIONAL_CATEGORIES.map((c) => c.id)),
				answers: fc.dictionary(
					fc.constantFrom(...QS.map((q) => q.id)),
					fc.constantFrom<AnswerId>(...ANSWERS.map((a) => a.id)),
				),
				stepPick: fc.nat(),
				type: fc.constantFrom(undefined, 1 as const, 2 as const),
				soc3: fc.boolean(),
				attribution: fc.uniqueArray(
					fc.tuple(
						fc.constantFrom(...ATTRIBUTION_KEYS),
						fc
							.string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
							.map((v) => v.trim())
							.filter((v) => v.length > 0),
					),
					{ selector: ([k]) => k },
				),
			})
			.map(({ report, categories, answers, stepPick, type, soc3, attribution }): ReadinessState => {
				const scope = { report, categories: report === 'soc1' ? [] : categories };
				const steps = ['scope', 'results', ...areaIds(scope)] as ReadinessState['step'][];
				const carry: ReadinessState['carry'] = {};
				if (type) carry.type = type;
				// A SOC 3 rests on a SOC 2 period report; links never carry one with a SOC 1 alone or a Type 1.
				if (soc3 && report !== 'soc1' && type !== 1) carry.soc3 = true;
				const step = steps[stepPick % steps.length] ?? 'scope';
				return { scope, answers, step, carry, attribution };
			});
		fc.assert(
			fc.property(stateArb, (state) => {
				const parsed = parse(serialize(state));
				return parsed.notices.length === 0 && sameState(parsed.state, state);
			}),
			{ numRuns: 2_000 },
		);
	}, 120_000);
});

// Deep equality that ignores the order answers were recorded in.
function sameState(a: ReadinessState, b: ReadinessState): boolean {
	const canonical = (s: ReadinessState) =>
		JSON.stringify({
			...s,
			answers: Object.entries(s.answers).sort(([x], [y]) => (x < y ? -1 : 1)),
		});
	return canonical(a) === canonical(b);
}
