/**
 * The report chooser's rules: from a visitor's answers to one recommendation. Each concern has its
 * module: what each answer does (./answer-rules), which reports (./reports), the SOC 2 categories
 * (./categories), Type 1 or Type 2 with the plans handed on (./timing), and what the result says
 * (./reasons). This module puts them together the same way every time.
 */
import { todayIso, type IsoDate } from '../engagement/dates';
import type { EngagementPlan } from '../engagement/plan';
import type { Category, ChapterSlug, ReadinessLevel, ReportName } from '../engagement/vocabulary';
import { appliedRules, type Note } from './answer-rules';
import { pickCategories } from './categories';
import type { Answers } from './questions';
import {
	caveatsFor,
	chaptersFor,
	headlineFor,
	insteadFor,
	outcomeUnclear,
	reasonsFor,
	toConfirmFor,
} from './reasons';
import { pickReports, reportsToConsider, type Scope } from './reports';
import { READINESS_FOR, typeAndPlans, type TypePlan } from './timing';

/** What the chooser recommends. */
export interface Recommendation {
	/** Which examinations: the estimator's `report` value, or "none". */
	scope: Scope;
	/** Reports to get, in order SOC 1, SOC 2, SOC 3; empty when none is needed yet. */
	reports: ReportName[];
	/** SOC 2 categories, Security first; empty unless SOC 2 is recommended. */
	categories: Category[];
	/** Categories the visitor should check against their contracts before scoping. */
	categoriesToCheck: Category[];
	/** Reports worth weighing on top of the recommendation (never one already recommended). */
	alsoConsider: ReportName[];
	/** Type 1 or Type 2, and the steps; null when no report is needed yet. */
	type: TypePlan | null;
	/** The starting maturity passed on to the estimator; null when the visitor was not sure. */
	readiness: ReadinessLevel | null;
	/** The plan handed to the estimator and the self-check for the first report; null without one. */
	plan: EngagementPlan | null;
	/** The plan for the Type 2 that follows a Type 1; null otherwise. */
	nextPlan: EngagementPlan | null;
	/** One line that names the outcome. */
	headline: string;
	reasons: Note[];
	caveats: Note[];
	/** Things to find out, one for every "not sure" answer. */
	toConfirm: Note[];
	/** What to do instead when no report is needed yet; empty otherwise. */
	instead: string[];
	/** Chapters to read next, most relevant first. */
	chapters: ChapterSlug[];
}

/**
 * Turns a complete set of answers into exactly one recommendation. `today` is the day of answering:
 * "within 3 months" and the model's dates count from it.
 */
export function recommendReport(answers: Answers, today: IsoDate = todayIso()): Recommendation {
	const applied = appliedRules(answers);
	const pick = pickReports(applied);
	const cats = pickCategories(applied, answers, pick.reports.includes('soc2'));
	const { type, plan, nextPlan } = typeAndPlans(
		pick.scope,
		cats.categories,
		pick.reports.includes('soc3'),
		answers,
		today,
	);
	const alsoConsider = reportsToConsider(pick, answers);
	const unclear = outcomeUnclear(answers);
	return {
		scope: pick.scope,
		reports: pick.reports,
		categories: cats.categories,
		categoriesToCheck: cats.categoriesToCheck,
		alsoConsider,
		type,
		readiness: READINESS_FOR[answers.controls],
		plan,
		nextPlan,
		headline: headlineFor(pick.scope, pick.reports, type, unclear),
		reasons: reasonsFor(answers, applied, pick, cats, type),
		caveats: caveatsFor(answers, pick, cats, type),
		toConfirm: toConfirmFor(answers, applied),
		instead: insteadFor(pick.scope, unclear),
		chapters: chaptersFor(pick.scope, pick.reports, type, alsoConsider, cats.categoriesToCheck),
	};
}
