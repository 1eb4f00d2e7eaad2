/**
 * The SOC 2 categories the answers call for: Security always, plus one per promise made, in the
 * shared vocabulary's (the AICPA's) order; and, when the visitor was not sure what they promised,
 * the categories to check against their contracts.
 */
import { canonicalCategories, type Category } from '../engagement/vocabulary';
import { CATEGORY_FOR, type AppliedRule } from './answer-rules';
import { COMMITMENTS, type Answers } from './questions';
import { withEffect } from './reports';

/** The categories of a SOC 2, and the answers behind them. */
export interface CategoryPick {
	/** SOC 2 categories, Security first; empty unless SOC 2 is recommended. */
	categories: Category[];
	/** Categories the visitor should check against their contracts before scoping. */
	categoriesToCheck: Category[];
	/** The optional categories the answers call for, SOC 2 or not. */
	picked: Set<Category>;
	/** The answers that add a category. */
	categoryRules: AppliedRule[];
}

/** The categories for the answers; `soc2` says whether a SOC 2 is recommended. */
export function pickCategories(
	applied: readonly AppliedRule[],
	answers: Answers,
	soc2: boolean,
): CategoryPick {
	const categoryRules = withEffect(applied, (e) => e.kind === 'category');
	const picked = new Set<Category>(
		categoryRules.flatMap((a) =>
			a.rule.effects.flatMap((e) => (e.kind === 'category' ? [e.category] : [])),
		),
	);
	const categories = soc2 ? canonicalCategories([...picked]) : [];
	const categoriesToCheck =
		soc2 && answers.commitments.includes('unsure')
			? COMMITMENTS.map((c) => CATEGORY_FOR[c]).filter((c) => !picked.has(c))
			: [];
	return { categories, categoriesToCheck, picked, categoryRules };
}
