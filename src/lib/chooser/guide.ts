/**
 * The decision guide shown without JavaScript: every question, what each answer does, and the
 * Type 1 / Type 2 table. It is generated from the rules table and `planReportType`, the same code
 * the interactive chooser runs.
 */
import type { IsoDate } from '../engagement/dates';
import { monthsBetween } from '../engagement/timeline';
import {
	CATEGORIES,
	REPORT_NAMES,
	labelOf,
	typeLabel as examTypeLabel,
} from '../engagement/vocabulary';
import {
	ANSWER_RULES,
	COMBINING_RULES,
	TIMING_CONFIRM,
	type AnswerRule,
	type Effect,
} from './answer-rules';
import { CONTROLS, DEADLINES, QUESTIONS, optionLabel, type QuestionId } from './questions';
import { READINESS_FOR, planReportType, typeLabel } from './timing';

/** One answer and what it does to the outcome. */
export interface GuideOption {
	value: string;
	label: string;
	effects: string[];
}

/** One question in the guide. */
export interface GuideQuestion {
	id: QuestionId;
	title: string;
	why: string;
	options: GuideOption[];
}

/** One cell of the Type 1 / Type 2 table. */
export interface TypeCell {
	deadline: string;
	/** The report to get first. */
	first: 1 | 2;
	label: string;
	/** Typical months to the first report, by the model, as "9". */
	months: string;
	tight: boolean;
}

/** One row of the Type 1 / Type 2 table: a controls answer across every deadline answer. */
export interface TypeRow {
	controls: string;
	cells: TypeCell[];
}

/** Everything the no-JavaScript page shows. */
export interface DecisionGuide {
	questions: GuideQuestion[];
	combining: readonly string[];
	typeRows: TypeRow[];
	deadlineLabels: string[];
}

/** A plain-language description of one effect. */
export function describeEffect(effect: Effect): string {
	switch (effect.kind) {
		case 'require':
			return effect.report === 'soc3'
				? 'Adds a SOC 3, examined for the same period as a SOC 2 Type 2.'
				: `Calls for ${labelOf(REPORT_NAMES, effect.report)}.`;
		case 'suggest':
			return 'Points to SOC 2 (or to SOC 2 as an optional companion when SOC 1 is already called for).';
		case 'category':
			return `Adds ${labelOf(CATEGORIES, effect.category)} to a SOC 2.`;
	}
}

function describeRule(rule: AnswerRule): string[] {
	const effects = rule.effects.map(describeEffect);
	if (rule.confirm) effects.push(`Adds something to find out: ${rule.confirm}`);
	return effects.length > 0 ? effects : ['Does not call for a report by itself.'];
}

const TYPE_NOTE = 'Sets Type 1 or Type 2 together with the other timing question; see the table.';

/**
 * Builds the decision guide from the chooser's questions and rules. The table's times are the
 * model's for a Security-only SOC 2 answered on `today` (the build date).
 */
export function buildDecisionGuide(today: IsoDate): DecisionGuide {
	const questions = QUESTIONS.map((q): GuideQuestion => {
		const rules = (ANSWER_RULES as Partial<Record<QuestionId, Record<string, AnswerRule>>>)[q.id];
		const all = q.noneOption ? [...q.options, q.noneOption] : q.options;
		return {
			id: q.id,
			title: q.title,
			why: q.why,
			options: all.map((o) => {
				const rule = rules?.[o.value];
				let effects: string[];
				if (rule) effects = describeRule(rule);
				else if (q.id === 'deadline' || q.id === 'controls') {
					effects = [TYPE_NOTE];
					if (o.value === 'unsure')
						effects.push(`Adds something to find out: ${TIMING_CONFIRM[q.id]}`);
				} else throw new Error(`No chooser rule for ${q.id}=${o.value}`);
				return { value: o.value, label: o.label, effects };
			}),
		};
	});
	const typeRows = CONTROLS.map((controls): TypeRow => ({
		controls: optionLabel('controls', controls),
		cells: DEADLINES.map((deadline) => {
			const readiness = READINESS_FOR[controls];
			const plan = planReportType(
				{ report: 'soc2', categories: ['security'], ...(readiness ? { readiness } : {}) },
				controls,
				deadline,
				today,
			);
			return {
				deadline: optionLabel('deadline', deadline),
				first: plan.first,
				label: plan.first === 2 ? typeLabel(plan) : `${examTypeLabel(1)}, then ${examTypeLabel(2)}`,
				months: String(Math.max(1, monthsBetween(today, plan.firstReport.typical))),
				tight: plan.tight,
			};
		}),
	}));
	return {
		questions,
		combining: COMBINING_RULES,
		typeRows,
		deadlineLabels: DEADLINES.map((d) => optionLabel('deadline', d)),
	};
}
