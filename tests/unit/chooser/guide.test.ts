/** The no-JavaScript decision guide is generated from the rules, and covers every answer. */
import { describe, expect, it } from 'vitest';
import { CONTROLS, DEADLINES, QUESTIONS } from '../../../src/lib/chooser/questions';
import { buildDecisionGuide } from '../../../src/lib/chooser/guide';
import { recommendReport } from '../../../src/lib/chooser/rules';
import { READINESS_FOR } from '../../../src/lib/chooser/timing';
import { planReportType } from '../../../src/lib/chooser/timing';
import { monthsBetween } from '../../../src/lib/engagement/timeline';
import { typeLabel } from '../../../src/lib/engagement/vocabulary';

/** The build date the guide's table counts from. */
const TODAY = '2026-12-04';
const guide = buildDecisionGuide(TODAY);

describe('buildDecisionGuide', () => {
	it('lists every question and every answer a visitor can give, each with its effect', () => {
		expect(guide.questions.map((q) => q.id)).toEqual(QUESTIONS.map((q) => q.id));
		for (const [i, q] of guide.questions.entries()) {
			const source = QUESTIONS[i]!;
			const values = [...source.options, ...(source.noneOption ? [source.noneOption] : [])].map(
				(o) => o.value,
			);
			expect(
				q.options.map((o) => o.value),
				`answers to ${q.id}`,
			).toEqual(values);
			for (const o of q.options) expect(o.effects.length, `${q.id}=${o.value}`).toBeGreaterThan(0);
		}
	});

	it('says what each "not sure" leads to', () => {
		for (const q of guide.questions) {
			const unsure = q.options.find((o) => o.value === 'unsure');
			expect(unsure?.effects.join(' '), `${q.id} not sure`).toMatch(/find out/);
		}
	});

	it('describes the answers that call for reports as the rules apply them', () => {
		const effects = (id: string, value: string) =>
			guide.questions.find((q) => q.id === id)?.options.find((o) => o.value === value)?.effects;
		expect(effects('financial', 'yes')).toEqual(['Calls for SOC 1.']);
		expect(effects('public', 'yes')).toEqual([
			'Calls for SOC 2.',
			expect.stringMatching(/^Adds a SOC 3, .*SOC 2 Type 2\.$/),
		]);
		expect(effects('commitments', 'uptime')?.[1]).toBe('Adds Availability to a SOC 2.');
		// And the rules do what the guide says.
		const r = recommendReport(
			{
				financial: 'no',
				data: 'no',
				commitments: ['uptime'],
				public: 'yes',
				asked: 'none',
				deadline: 'later',
				controls: 'over-6m',
			},
			TODAY,
		);
		expect(r.reports).toEqual(['soc2', 'soc3']);
		expect(r.categories).toContain('availability');
	});

	it('builds the Type 1 / Type 2 table from the model, cell by cell, for a Security-only SOC 2', () => {
		expect(guide.typeRows).toHaveLength(CONTROLS.length);
		for (const [i, row] of guide.typeRows.entries()) {
			expect(row.cells).toHaveLength(DEADLINES.length);
			for (const [j, cell] of row.cells.entries()) {
				const controls = CONTROLS[i]!;
				const readiness = READINESS_FOR[controls];
				const plan = planReportType(
					{ report: 'soc2', categories: ['security'], ...(readiness ? { readiness } : {}) },
					controls,
					DEADLINES[j]!,
					TODAY,
				);
				expect(cell.first).toBe(plan.first);
				expect(cell.label.startsWith(plan.first === 1 ? `${typeLabel(1)},` : typeLabel(2))).toBe(
					true,
				);
				const months = Number(cell.months);
				expect(Number.isInteger(months) && months >= 1, cell.months).toBe(true);
				expect(months, 'months from the build date to the model’s typical report date').toBe(
					Math.max(1, monthsBetween(TODAY, plan.firstReport.typical)),
				);
				expect(cell.tight).toBe(plan.tight);
			}
		}
		expect(guide.deadlineLabels).toHaveLength(DEADLINES.length);
		expect(guide.combining.length).toBeGreaterThan(3);
	});
});
