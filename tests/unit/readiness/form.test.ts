/** The self-check's form handlers and the outline the page counts with before the questions load. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { READINESS_QUESTIONS } from '../../../src/data/readiness';
import { withAnswer, withCategory, withReport } from '../../../src/lib/readiness/form';
import {
	ANSWERS,
	DEFAULT_SCOPE,
	OPTIONAL_CATEGORIES,
	REPORTS,
} from '../../../src/lib/readiness/model';
import { outlineQuestions, outlineText, questionsInScope } from '../../../src/lib/readiness/scope';
import { stepsFor } from '../../../src/lib/readiness/steps';
import {
	INITIAL_STATE,
	needsQuestions,
	parseReadinessQuery,
	serializeReadinessQuery,
	type ReadinessState,
} from '../../../src/lib/readiness/url-state';
import { HOSTILE_VALUES } from '../support/hostile';

const QS = READINESS_QUESTIONS;
const outline = outlineQuestions(outlineText(QS));
const canonical = (s: ReadinessState) =>
	JSON.stringify({ ...s, answers: Object.entries(s.answers).sort(([a], [b]) => (a < b ? -1 : 1)) });

describe('readiness form handlers', () => {
	it('choosing SOC 1 on its own drops the categories; other values change nothing', () => {
		const scope = withCategory(DEFAULT_SCOPE, 'privacy', true);
		expect(scope).toEqual({ report: 'soc2', categories: ['privacy'] });
		expect(withReport(scope, 'soc1')).toEqual({ report: 'soc1', categories: [] });
		expect(withReport(scope, 'soc4')).toBe(scope);
		expect(withCategory(scope, '<script>', true)).toBe(scope);
	});

	it('records real answers to real questions only', () => {
		const id = QS[0]!.id;
		expect(withAnswer({}, QS, id, 'evidenced')).toEqual({ [id]: 'evidenced' });
		expect(withAnswer({}, QS, id, 'maybe')).toEqual({});
		expect(withAnswer({}, QS, '__proto__', 'evidenced')).toEqual({});
	});

	it('the outline counts like the questions it stands for, for every scope', () => {
		for (const report of REPORTS.map((r) => r.id)) {
			for (const categories of [[], OPTIONAL_CATEGORIES.map((c) => c.id)]) {
				const scope = { report, categories: report === 'soc1' ? [] : categories };
				expect(stepsFor(outline, scope)).toEqual(stepsFor(QS, scope));
				expect(questionsInScope(outline, scope).length).toBe(questionsInScope(QS, scope).length);
			}
		}
		// Unreadable parts count as no questions rather than failing.
		expect(outlineQuestions('2:1,x:1,,3')).toHaveLength(5);
		expect(outlineQuestions('<script>')).toEqual([]);
	});

	it('10,000 generated form sessions: the address bar always reads back to the same state', () => {
		const junk = fc.constantFrom(...HOSTILE_VALUES);
		const event = fc.oneof(
			fc.record({
				kind: fc.constant('report' as const),
				value: fc.oneof(fc.constantFrom(...REPORTS.map((r) => r.id)), junk),
			}),
			fc.record({
				kind: fc.constant('category' as const),
				value: fc.oneof(fc.constantFrom(...OPTIONAL_CATEGORIES.map((c) => c.id)), junk),
				on: fc.boolean(),
			}),
			fc.record({
				kind: fc.constant('answer' as const),
				id: fc.oneof(fc.constantFrom(...QS.map((q) => q.id)), junk),
				value: fc.oneof(fc.constantFrom(...ANSWERS.map((a) => a.id)), junk),
			}),
			fc.record({ kind: fc.constant('step' as const), pick: fc.nat() }),
		);
		fc.assert(
			fc.property(fc.array(event, { maxLength: 15 }), (events) => {
				let state: ReadinessState = INITIAL_STATE;
				for (const e of events) {
					// As on the page: the scope is chosen on the scope step, steps come from the step list.
					if (e.kind === 'report')
						state = { ...state, step: 'scope', scope: withReport(state.scope, e.value) };
					else if (e.kind === 'category')
						state = { ...state, step: 'scope', scope: withCategory(state.scope, e.value, e.on) };
					else if (e.kind === 'answer')
						state = { ...state, answers: withAnswer(state.answers, QS, e.id, e.value) };
					else {
						const steps = stepsFor(QS, state.scope);
						state = { ...state, step: steps[e.pick % steps.length]! };
					}
				}
				const query = serializeReadinessQuery(state, QS);
				const parsed = parseReadinessQuery(query, QS);
				return (
					parsed.notices.length === 0 &&
					canonical(parsed.state) === canonical(state) &&
					needsQuestions(query) ===
						(Object.keys(state.answers).length > 0 || state.step !== 'scope')
				);
			}),
			{ numRuns: 10_000 },
		);
	}, 60_000);
});
