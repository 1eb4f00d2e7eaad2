/**
 * Type 1 or Type 2, the plans handed to the estimator and the self-check, and when the first
 * report arrives. Every duration and date comes from the
 * engagement model (the estimator's model and its sourced assumptions), for exactly the plan the
 * chooser hands to the estimator, so the two tools always state the same dates.
 */
import { buildTimeline } from '../estimator/model';
import { formatDurationRange } from '../estimator/format';
import { addMonths, formatDate, type IsoDate } from '../engagement/dates';
import type { EngagementPlan } from '../engagement/plan';
import {
	inputsForPlan,
	monthsBetween,
	reportDates,
	type ReportDates,
} from '../engagement/timeline';
import {
	typeLabel as examTypeLabel,
	type Category,
	type ReadinessLevel,
} from '../engagement/vocabulary';
import type { AnswerRef, Note } from './answer-rules';
import {
	DEADLINE_MONTHS,
	optionLabel,
	type Answers,
	type Controls,
	type Deadline,
} from './questions';
import type { Scope } from './reports';

/** One step on the way to the report, with the model's duration range. */
export interface PlanStep {
	kind: 'readiness' | 'type1' | 'observe' | 'type2' | 'soc3';
	text: string;
	/** Duration in days (shortest and longest version of the plan), from the model. */
	days: { low: number; high: number };
}

/** How the first report's typical date compares with the date the visitor needs it by. */
export type DeadlineFit = 'on-track' | 'tight' | 'not-feasible';

/** Which type to get first, why, the steps and the dates, all from the model. */
export interface TypePlan {
	/** The report type to aim for now. */
	first: 1 | 2;
	/** The type that should follow; only a Type 1 is followed by anything. */
	then: 2 | null;
	/** The date the report is needed by, if the visitor gave one. */
	due: IsoDate | null;
	/** How the first report's dates meet `due`; null without a date. */
	fit: DeadlineFit | null;
	/** True when the typical first report arrives after `due`. */
	tight: boolean;
	steps: PlanStep[];
	/** When the first report arrives (the estimator's dates for the first hand-off plan). */
	firstReport: ReportDates;
	/** When the Type 2 arrives when a Type 1 comes first (the estimator's dates for that plan). */
	nextReport: ReportDates | null;
	reason: Note;
}

/** The date a "when do you need it" answer stands for, counted from `today`; null without one. */
export function dueDate(deadline: Deadline, today: IsoDate, exact?: IsoDate): IsoDate | null {
	if (exact) return exact;
	const months = DEADLINE_MONTHS[deadline];
	return months === null ? null : addMonths(today, months);
}

const CONTROLS_PHRASE: Record<Controls, string> = {
	none: 'while you are still setting up your controls',
	informal: 'while your routines are not yet written down or recorded',
	'under-3m': 'with less than three months of records',
	'3-6m': 'with three to six months of records',
	'over-6m': 'with more than six months of records',
	unsure: 'when it is not clear how long your controls have been running',
};

/** "about 7 months" from today to a date. */
export function aboutMonths(today: IsoDate, date: IsoDate): string {
	const n = Math.max(1, monthsBetween(today, date));
	return `about ${n} month${n === 1 ? '' : 's'}`;
}

/** The dates in a sentence: 'typically by March 9, 2027 (earliest January 2, 2027)'. */
export function datesText(dates: ReportDates): string {
	return `typically by ${formatDate(dates.typical)} (earliest ${formatDate(dates.earliest)}, latest ${formatDate(dates.latest)})`;
}

function sumPhases(inputs: ReturnType<typeof inputsForPlan>, ids: readonly string[]) {
	const phases = buildTimeline(inputs).phases.filter((p) => ids.includes(p.id));
	return {
		low: phases.reduce((n, p) => n + p.days.low, 0),
		high: phases.reduce((n, p) => n + p.days.high, 0),
	};
}

const PREP = ['scoping', 'readiness', 'remediation'] as const;
const EXAM = ['fieldwork', 'report'] as const;

function steps(
	typeOne: EngagementPlan | null,
	typeTwo: EngagementPlan,
	today: IsoDate,
): PlanStep[] {
	const two = inputsForPlan(typeTwo, today);
	const out: PlanStep[] = [];
	if (typeOne) {
		const one = inputsForPlan(typeOne, today);
		out.push(
			{
				kind: 'readiness',
				text: 'Scoping, a readiness assessment, and fixing the gaps it finds.',
				days: sumPhases(one, PREP),
			},
			{
				kind: 'type1',
				text: 'Type 1 examination: the auditor checks the design of your controls on one date, then reports.',
				days: sumPhases(one, EXAM),
			},
		);
	} else {
		out.push({
			kind: 'readiness',
			text: 'Scoping, a readiness assessment, and fixing the gaps it finds.',
			days: sumPhases(two, PREP),
		});
	}
	out.push(
		{
			kind: 'observe',
			text: `Observation window of ${two.window} months: controls run and leave records${typeOne ? ', starting right after the Type 1 date' : ''}.`,
			days: sumPhases(two, ['window']),
		},
		{
			kind: 'type2',
			text: 'Type 2 testing by the auditor, then the report.',
			days: sumPhases(two, EXAM),
		},
	);
	return out;
}

/** A step's duration in words ('2–4 weeks'). */
export function stepDuration(step: PlanStep): string {
	return formatDurationRange(step.days.low, step.days.high);
}

/**
 * Decides Type 1 or Type 2 by asking the model: straight to a Type 2 when its typical report
 * date meets the date needed (or there is none); otherwise a Type 1 first when that is sooner,
 * and the Type 2 after it. `scopePlan` is the plan without a type.
 */
const memo = new Map<string, TypePlan>();

export function planReportType(
	scopePlan: EngagementPlan,
	controls: Controls,
	deadline: Deadline,
	today: IsoDate,
	exactDue?: IsoDate,
): TypePlan {
	// Many answer sets share a plan; the model's answer for one is the same every time.
	const key = JSON.stringify([scopePlan, controls, deadline, today, exactDue ?? null]);
	const known = memo.get(key);
	if (known) return structuredClone(known);
	if (memo.size > 1000) memo.clear();
	const plan = computeReportType(scopePlan, controls, deadline, today, exactDue);
	memo.set(key, plan);
	return structuredClone(plan);
}

function computeReportType(
	scopePlan: EngagementPlan,
	controls: Controls,
	deadline: Deadline,
	today: IsoDate,
	exactDue?: IsoDate,
): TypePlan {
	const due = dueDate(deadline, today, exactDue);
	const typeTwo: EngagementPlan = { ...scopePlan, type: 2 };
	const typeOne: EngagementPlan = { ...scopePlan, type: 1, soc3: false };
	delete typeOne.soc3;
	const two = reportDates(typeTwo, today);
	const one = reportDates(typeOne, today);
	const goDirect = due === null || two.typical <= due || one.typical >= two.typical;
	const first = goDirect ? two : one;
	const fit: DeadlineFit | null =
		due === null
			? null
			: first.typical <= due
				? 'on-track'
				: first.earliest <= due
					? 'tight'
					: 'not-feasible';
	const controlsRef: AnswerRef = { question: 'controls', value: controls };
	const because: AnswerRef[] =
		due === null ? [controlsRef] : [controlsRef, { question: 'deadline', value: deadline }];
	const dateLabel = exactDue
		? formatDate(exactDue)
		: optionLabel('deadline', deadline).toLowerCase();
	let text: string;
	if (goDirect && due === null) {
		text = `With no near date, you can go straight to a Type 2 report once your controls have run for an observation window; you do not need a Type 1 first. By our estimate it would arrive ${datesText(two)}.`;
	} else if (goDirect) {
		text = `Your date (${dateLabel}) leaves time for an observation window and the Type 2 report ${CONTROLS_PHRASE[controls]}, so you can skip the Type 1. By our estimate it would arrive ${datesText(two)}.`;
	} else {
		text = `A Type 2 report needs an observation window and then the auditor's testing: by our estimate it would arrive ${datesText(two)}, after your date (${dateLabel}). So get a Type 1 report first, ${datesText(one)}, and the Type 2 next.`;
	}
	return {
		first: goDirect ? 2 : 1,
		then: goDirect ? null : 2,
		due,
		fit,
		tight: fit !== null && fit !== 'on-track',
		steps: steps(goDirect ? null : typeOne, typeTwo, today),
		firstReport: first,
		nextReport: goDirect ? null : two,
		reason: { text, because },
	};
}

/** "Type 2", or "Type 1 now, Type 2 next". */
export function typeLabel(plan: Pick<TypePlan, 'first' | 'then'>): string {
	return plan.first === 2 ? examTypeLabel(2) : `${examTypeLabel(1)} now, ${examTypeLabel(2)} next`;
}

/** The readiness level each controls answer stands for; null when the visitor was not sure. */
export const READINESS_FOR: Record<Controls, ReadinessLevel | null> = {
	none: 'none',
	informal: 'informal',
	'under-3m': 'documented',
	'3-6m': 'mature',
	'over-6m': 'mature',
	unsure: null,
};

/** The type to get first and the plans handed on for it and for the Type 2 after a Type 1. */
export interface TypeAndPlans {
	type: TypePlan | null;
	/** The plan handed to the estimator and the self-check for the first report; null without one. */
	plan: EngagementPlan | null;
	/** The plan for the Type 2 that follows a Type 1; null otherwise. */
	nextPlan: EngagementPlan | null;
}

/** The scope as a plan (with readiness), the type decided on it, and the plans handed on. */
export function typeAndPlans(
	scope: Scope,
	categories: Category[],
	soc3: boolean,
	answers: Answers,
	today: IsoDate,
): TypeAndPlans {
	if (scope === 'none') return { type: null, plan: null, nextPlan: null };
	const readiness = READINESS_FOR[answers.controls];
	const scopePlan: EngagementPlan = {
		report: scope,
		...(scope !== 'soc1' ? { categories } : {}),
		...(soc3 ? { soc3: true } : {}),
		...(readiness ? { readiness } : {}),
	};
	const type = planReportType(
		scopePlan,
		answers.controls,
		answers.deadline,
		today,
		answers.deadlineDate,
	);
	const deadline: EngagementPlan['deadline'] =
		type.due ?? (answers.deadline === 'unsure' ? 'unsure' : 'none');
	const planFor = (t: 1 | 2): EngagementPlan => {
		const p: EngagementPlan = { ...scopePlan, type: t, deadline };
		if (t === 1) delete p.soc3;
		return p;
	};
	return { type, plan: planFor(type.first), nextPlan: type.then ? planFor(type.then) : null };
}
