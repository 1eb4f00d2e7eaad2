/**
 * Links already out there keep working. legacy-links.json holds links that campaigns, readers and
 * the tools themselves wrote before the tools shared one plan, each with what the tool read from it
 * then (recorded from the old parsers on the day in the file). Today's tools must read each one to
 * the same meaning: the same answers, inputs or scope, with the old relative deadlines ("within 6
 * months") turned into the date they stood for on the day the link is opened.
 */
import { describe, expect, it } from 'vitest';
import { READINESS_QUESTIONS } from '../../../src/data/readiness';
import { isComplete, parseChooserQuery } from '../../../src/lib/chooser/query';
import { recommendReport } from '../../../src/lib/chooser/rules';
import { DEADLINE_MONTHS } from '../../../src/lib/chooser/questions';
import type { Answers } from '../../../src/lib/chooser/questions';
import { addMonths } from '../../../src/lib/engagement/dates';
import { parseEstimateQuery } from '../../../src/lib/estimator/query';
import { toEstimateQuery } from '../../../src/lib/estimator/link';
import type { EstimateInputs } from '../../../src/lib/estimator/types';
import { parseReadinessQuery, type ReadinessState } from '../../../src/lib/readiness/url-state';
import links from './legacy-links.json';

const today = links.today;

/**
 * Links whose reading changed on purpose, and why. Each must still open and say what it ignored.
 * Every tool now reads the first value of a repeated key (as the estimator and self-check always
 * did); the chooser used to look further for a usable one.
 */
const CHANGED_ON_PURPOSE = new Map([['?asked=later&asked=soc2&asked=soc1', /more than once/]]);

describe('links shared before the tools shared one plan', () => {
	it('holds links for every tool', () => {
		expect(links.chooser.length).toBeGreaterThan(10);
		expect(links.estimator.length).toBeGreaterThan(20);
		expect(links.readiness.length).toBeGreaterThan(8);
	});

	it.each(links.chooser.map((l) => [l.query, l.was] as const))('chooser: %s', (query, was) => {
		const { answers, notices } = parseChooserQuery(query, { today });
		const changed = CHANGED_ON_PURPOSE.get(query);
		if (changed) {
			expect(notices.map((n) => n.message).join(' ')).toMatch(changed);
			return;
		}
		expect(answers).toEqual(was);
		// "Within 6 months" still counts from the day the link is opened, in the dates the plan carries.
		const months = was.deadline === undefined ? null : DEADLINE_MONTHS[(was as Answers).deadline];
		if (months !== null && months !== undefined && isComplete(answers)) {
			const r = recommendReport(answers, today);
			expect(r.type?.due ?? null).toBe(r.type ? addMonths(today, months) : null);
			if (r.plan) expect(r.plan.deadline).toBe(addMonths(today, months));
		}
	});

	it.each(links.estimator.map((l) => [l.query, l.was, l.canonical] as const))(
		'estimator: %s',
		(query, was, canonical) => {
			const expected = was as EstimateInputs;
			expect(parseEstimateQuery(query, today).inputs).toEqual(expected);
			// The link the estimator used to write for these inputs reads the same too…
			expect(parseEstimateQuery(canonical, today).inputs).toEqual(expected);
			// …and so does the one it writes now.
			expect(parseEstimateQuery(toEstimateQuery(expected), today).inputs).toEqual(expected);
		},
	);

	it.each(links.readiness.map((l) => [l.query, l.was] as const))('self-check: %s', (query, was) => {
		const { state } = parseReadinessQuery(query, READINESS_QUESTIONS, today);
		const old = was as unknown as {
			scope: ReadinessState['scope'];
			step: string;
			answers: object;
			carry: Record<string, string>;
		};
		// Categories come back in the vocabulary's order, whatever order the link listed them in.
		expect(state.scope.report).toBe(old.scope.report);
		expect([...state.scope.categories].sort()).toEqual([...old.scope.categories].sort());
		expect(state.step).toBe(old.step);
		expect(state.answers).toEqual(old.answers);
		// The old link carried type and SOC 3 as text for the estimator; the plan holds them typed.
		expect({ type: state.carry.type, soc3: state.carry.soc3 }).toEqual({
			type: old.carry.type === undefined ? undefined : Number(old.carry.type),
			soc3: old.carry.soc3 === undefined ? undefined : old.carry.soc3 === '1',
		});
	});
});
