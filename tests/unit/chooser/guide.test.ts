/** The no-JavaScript decision guide is generated from the rules, and covers every answer. */
import { describe, expect, it } from 'vitest';
import { CONTROLS, DEADLINES, QUESTIONS } from '../../../src/lib/chooser/questions';
import { buildDecisionGuide } from '../../../src/lib/chooser/guide';
import { planReportType, recommendReport } from '../../../src/lib/chooser/rules';

const guide = buildDecisionGuide();

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
			'Adds a SOC 3, which comes with a SOC 2 Type II.',
		]);
		expect(effects('commitments', 'uptime')?.[1]).toBe('Adds Availability to a SOC 2.');
		// And the rules do what the guide says.
		const r = recommendReport({
			financial: 'no',
			data: 'no',
			commitments: ['uptime'],
			public: 'yes',
			asked: 'none',
			deadline: 'later',
			controls: 'over-6m',
		});
		expect(r.reports).toEqual(['soc2', 'soc3']);
		expect(r.categories).toContain('availability');
	});

	it('builds the Type I / Type II table from planReportType, cell by cell', () => {
		expect(guide.typeRows).toHaveLength(CONTROLS.length);
		for (const [i, row] of guide.typeRows.entries()) {
			expect(row.cells).toHaveLength(DEADLINES.length);
			for (const [j, cell] of row.cells.entries()) {
				const plan = planReportType(CONTROLS[i]!, DEADLINES[j]!);
				expect(cell.first).toBe(plan.first);
				expect(cell.label.startsWith(plan.first === 1 ? 'Type I,' : 'Type II')).toBe(true);
				expect(cell.months).toBe(`${plan.monthsToFirstReport[0]}–${plan.monthsToFirstReport[1]}`);
				expect(cell.tight).toBe(plan.tight);
			}
		}
		expect(guide.deadlineLabels).toHaveLength(DEADLINES.length);
		expect(guide.combining.length).toBeGreaterThan(3);
	});
});
