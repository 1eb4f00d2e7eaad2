/**
 * One plan, three tools: what the chooser and the self-check say about time must be what the
 * estimator computes for the plan they hand over. Checked for every chooser answer set.
 */
import { describe, expect, it } from 'vitest';
import { estimatorSearchFor } from '../../../src/lib/chooser/query';
import { recommendReport } from '../../../src/lib/chooser/rules';
import { formatDurationRange } from '../../../src/lib/estimator/format';
import { estimate } from '../../../src/lib/estimator/model';
import { parseEstimateQuery } from '../../../src/lib/estimator/query';
import { BANDS } from '../../../src/lib/readiness/bands';
import { estimatorQuery } from '../../../src/lib/readiness/estimator';
import { deadlineSentence, remediationTime } from '../../../src/lib/readiness/remediation';
import { formatDate } from '../../../src/lib/engagement/dates';
import { parseReadinessQuery, planOfState } from '../../../src/lib/readiness/url-state';
import { planHref, readPlanQuery } from '../../../src/lib/engagement/url';
import { allAnswers, ANSWER_SPACE_SIZE } from '../chooser/answer-space';
import { TODAY } from './arbitraries';

const timelines = new Map<string, ReturnType<typeof estimate>['timeline']>();
/** The estimator's timeline for a link, as its page computes it (memoized: many answer sets share a plan). */
function estimatorDates(search: string) {
	const known = timelines.get(search);
	if (known) return known;
	const { inputs, notices } = parseEstimateQuery(search, TODAY);
	expect(notices).toEqual([]);
	const timeline = estimate(inputs, TODAY).timeline;
	timelines.set(search, timeline);
	return timeline;
}

describe('the chooser and the estimator agree', { timeout: 600_000 }, () => {
	it('on the dates of every recommendation, for every answer set', () => {
		let checked = 0;
		for (const answers of allAnswers()) {
			const r = recommendReport(answers, TODAY);
			if (!r.type) {
				expect(r.plan).toBeNull();
				continue;
			}
			const first = estimatorDates(estimatorSearchFor(r, 'first')!);
			expect(r.type.firstReport).toEqual(first.reportDate);
			if (r.type.then)
				expect(r.type.nextReport).toEqual(
					estimatorDates(estimatorSearchFor(r, 'next')!).reportDate,
				);
			// The steps the chooser lists add up to the estimator's phases for the same plan.
			const total = r.type.steps.reduce((n, s) => n + s.days.high, 0);
			if (!r.type.then) expect(total).toBe(first.phases.reduce((n, p) => n + p.days.high, 0));
			// The deadline the chooser decided with is the one the estimator checks.
			expect(readPlanQuery(estimatorSearchFor(r)!, { today: TODAY }).plan.deadline).toBe(
				r.type.due ?? (answers.deadline === 'unsure' ? 'unsure' : 'none'),
			);
			checked += 1;
		}
		expect(checked).toBeGreaterThan(ANSWER_SPACE_SIZE / 2);
	});
});

describe('the self-check agrees with the chooser and the estimator', { timeout: 600_000 }, () => {
	const seen = new Set<string>();
	const handOffs: string[] = [];
	for (const answers of allAnswers()) {
		const r = recommendReport(answers, TODAY);
		if (!r.plan) continue;
		const query = planHref('', r.plan).slice(1);
		if (!seen.has(query)) handOffs.push(query);
		seen.add(query);
	}

	it('takes the scope and deadline the chooser hands it, and hands them on', () => {
		for (const query of handOffs) {
			const { state, notices } = parseReadinessQuery(query, [], TODAY);
			expect(notices).toEqual([]);
			const { readiness: _r, ...sent } = parseEstimateQuery(query, TODAY).inputs;
			for (const band of BANDS) {
				const on = parseEstimateQuery(
					estimatorQuery(state, { band: band.id } as never),
					TODAY,
				).inputs;
				const { readiness: _o, ...rest } = on;
				expect(rest).toEqual(sent);
			}
		}
	});

	it('states the deadline with the estimator’s dates for the plan it hands on, at each band', () => {
		let withDate = 0;
		for (const query of handOffs) {
			const { state } = parseReadinessQuery(query, [], TODAY);
			for (const band of BANDS) {
				const sentence = deadlineSentence(planOfState(state), band.id, TODAY);
				const { inputs } = parseEstimateQuery(
					estimatorQuery(state, { band: band.id } as never),
					TODAY,
				);
				if (inputs.deadline === null) {
					expect(sentence).toBeNull();
					continue;
				}
				withDate += 1;
				const { reportDate } = estimatorDates(estimatorQuery(state, { band: band.id } as never));
				expect(sentence).toContain(`by ${formatDate(inputs.deadline)}`);
				expect(sentence).toContain(
					`typically by ${formatDate(reportDate.typical)} (earliest ${formatDate(reportDate.earliest)})`,
				);
			}
		}
		expect(withDate).toBeGreaterThan(100);
	});

	it('words each band’s remediation time as the estimator plans it for that scope', () => {
		for (const query of handOffs) {
			const { state } = parseReadinessQuery(query, [], TODAY);
			for (const band of BANDS) {
				const timeline = estimatorDates(estimatorQuery(state, { band: band.id } as never));
				const phase = timeline.phases.find((p) => p.id === 'remediation')!;
				expect(remediationTime(planOfState(state), band.id, TODAY)).toBe(
					formatDurationRange(phase.days.low, phase.days.high),
				);
			}
		}
	});
});
