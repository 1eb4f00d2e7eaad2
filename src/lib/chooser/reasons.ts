/**
 * What a recommendation says: its headline, the reasons tied to the answers behind them, the
 * caveats, what to find out, what to do instead when no report is needed yet, and what to read next.
 */
import { SOC3_STATEMENT } from '../engagement/soc3-statement';
import {
	CATEGORIES,
	andList,
	REPORT_SCOPES,
	labelOf,
	type Category,
	type ChapterSlug,
	type ReportName,
} from '../engagement/vocabulary';
import { TIMING_CONFIRM, type AnswerRef, type AppliedRule, type Note } from './answer-rules';
import type { CategoryPick } from './categories';
import type { Answers, QuestionId } from './questions';
import type { ReportPick, Scope } from './reports';
import { typeLabel, type TypePlan } from './timing';

const ref = <Q extends QuestionId>(question: Q, value: string): AnswerRef => ({ question, value });

function uniqueRefs(refs: AnswerRef[]): AnswerRef[] {
	const seen = new Set<string>();
	return refs.filter((r) => {
		const key = `${r.question}=${r.value}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Whether an answer that could change the outcome was "not sure". */
export function outcomeUnclear(answers: Answers): boolean {
	return (['financial', 'data', 'asked'] as const).some((q) => answers[q] === 'unsure');
}

/** The answers that put each report and category in the result, then the Type 1 / Type 2 reason. */
export function reasonsFor(
	answers: Answers,
	applied: readonly AppliedRule[],
	pick: ReportPick,
	cats: CategoryPick,
	type: TypePlan | null,
): Note[] {
	const reasons: Note[] = [];
	const addReasons = (from: readonly AppliedRule[]) => {
		for (const a of from) {
			if (!reasons.some((r) => r.text === a.rule.reason)) {
				reasons.push({ text: a.rule.reason, because: [a.ref] });
			}
		}
	};
	addReasons(pick.soc1By);
	addReasons(pick.soc2By);
	addReasons(pick.soc3By);
	if (pick.reports.includes('soc2')) {
		addReasons(cats.categoryRules);
		if (answers.commitments.length === 0)
			addReasons(applied.filter((a) => a.ref.value === 'none' && a.ref.question === 'commitments'));
	}
	if (pick.scope === 'none') {
		addReasons(
			applied.filter((a) => a.ref.question !== 'commitments' && a.ref.question !== 'public'),
		);
	}
	if (type) reasons.push(type.reason);
	return reasons;
}

/** The caveats that go with the result and the alternatives worth weighing. */
export function caveatsFor(
	answers: Answers,
	pick: ReportPick,
	cats: CategoryPick,
	type: TypePlan | null,
): Note[] {
	const soc1 = pick.reports.includes('soc1');
	const soc2 = pick.reports.includes('soc2');
	const caveats: Note[] = [];
	if (soc1 && !soc2 && pick.suggestsSoc2.length > 0) {
		const extra = CATEGORIES.filter((c) => c.id !== 'security' && cats.picked.has(c.id)).map(
			(c) => c.label,
		);
		caveats.push({
			text: `If customers also ask how you protect their data, a SOC 2 alongside the SOC 1 answers that${extra.length ? `, with ${andList(extra)} for the promises you make` : ''}. The two examinations share many controls.`,
			because: uniqueRefs(pick.suggestsSoc2.map((a) => a.ref)),
		});
	}
	if (answers.financial === 'no' && (answers.asked === 'soc1' || answers.asked === 'both')) {
		caveats.push({
			text: "A SOC 1 only covers controls that matter to customers' financial reporting, and you said your service does not affect it. Holding financial data alone does not call for SOC 1, so ask the customer whether a SOC 2 would meet their need.",
			because: [ref('financial', 'no'), ref('asked', answers.asked)],
		});
	}
	if (
		answers.data === 'no' &&
		answers.commitments.length === 0 &&
		(answers.asked === 'soc2' || answers.asked === 'both')
	) {
		caveats.push({
			text: 'You said you do not handle customer data or run systems for customers, yet a customer asked for SOC 2. Ask what they want assurance about; a SOC 2 covers the system you use to deliver your service.',
			because: [ref('data', 'no'), ref('asked', answers.asked)],
		});
	}
	if (pick.reports.includes('soc3')) {
		caveats.push({
			text: 'A SOC 3 leaves out the detailed tests and results, so customers who need that detail will still ask for the SOC 2 report under a non-disclosure agreement.',
			because: [ref('public', 'yes')],
		});
		if (type?.first === 1) {
			caveats.push({
				text: `${SOC3_STATEMENT} So it comes with your Type 2, not the Type 1.`,
				because: [ref('public', 'yes'), ...type.reason.because],
			});
		}
	}
	if (type?.first === 1) {
		caveats.push({
			text: 'A Type 1 only shows how controls are designed on one date. Many buyers treat it as a stepping stone, so tell them when your Type 2 will follow.',
			because: type.reason.because,
		});
	}
	if (type?.tight) {
		caveats.push({
			text:
				type.fit === 'tight'
					? 'Your date can be met only if everything goes quickly. The options below show what each change would give.'
					: 'Even the fastest version of this plan misses your date. The options below show what each change would give; tell the customer a realistic date early.',
			because: [ref('deadline', answers.deadline), ref('controls', answers.controls)],
		});
	}
	if (pick.scope !== 'none' && answers.asked === 'none') {
		caveats.push({
			text: 'Nobody has asked yet, so you can time the audit to your sales plans. A readiness assessment now makes the audit quicker when a customer does ask.',
			because: [ref('asked', 'none')],
		});
	}
	return caveats;
}

/** Every "not sure" leads to something to find out, whatever else the answers say. */
export function toConfirmFor(answers: Answers, applied: readonly AppliedRule[]): Note[] {
	const toConfirm: Note[] = applied
		.filter((a) => a.rule.confirm)
		.map((a) => ({ text: a.rule.confirm as string, because: [a.ref] }));
	if (answers.deadline === 'unsure') {
		toConfirm.push({ text: TIMING_CONFIRM.deadline, because: [ref('deadline', 'unsure')] });
	}
	if (answers.controls === 'unsure') {
		toConfirm.push({ text: TIMING_CONFIRM.controls, because: [ref('controls', 'unsure')] });
	}
	return toConfirm;
}

/** What to do instead when no report is needed yet; empty otherwise. */
export function insteadFor(scope: Scope, unclear: boolean): string[] {
	return scope === 'none'
		? [
				...(unclear
					? ['Find out the things listed below first: any of them could change this answer.']
					: []),
				"Answer customers' security questionnaires directly, and keep a short, honest overview of how you protect your service to send when asked.",
				'Run the readiness self-check to see where you would start if a customer asks for a report.',
				'Come back when a customer asks for a SOC report, or when your service starts to handle customer data or affect their financial reporting.',
			]
		: [];
}

/** One line that names the outcome. */
export function headlineFor(
	scope: Scope,
	reports: readonly ReportName[],
	type: TypePlan | null,
	unclear: boolean,
): string {
	if (scope === 'none' || !type) {
		return unclear ? 'Not clear yet: check a few things first' : 'No SOC report needed yet';
	}
	const soc3 = reports.includes('soc3') ? ', plus a SOC 3 to publish' : '';
	return `${labelOf(REPORT_SCOPES, scope)}, ${typeLabel(type)}${soc3}`;
}

/** Chapters to read next, most relevant first (at most five). */
export function chaptersFor(
	scope: Scope,
	reports: readonly ReportName[],
	type: TypePlan | null,
	alsoConsider: readonly ReportName[],
	categoriesToCheck: readonly Category[],
): ChapterSlug[] {
	const slugs: ChapterSlug[] = [];
	if (scope === 'none') {
		slugs.push('what-is-a-soc-report', 'soc-1-vs-soc-2-vs-soc-3', 'beyond-soc');
	}
	if (scope === 'both' || alsoConsider.some((r) => r !== 'soc3'))
		slugs.push('soc-1-vs-soc-2-vs-soc-3');
	if (reports.includes('soc1')) slugs.push('soc-1');
	if (reports.includes('soc2') || categoriesToCheck.length > 0) slugs.push('soc-2');
	if (reports.includes('soc3') || alsoConsider.includes('soc3')) slugs.push('soc-3');
	if (type) {
		slugs.push(type.first === 1 ? 'type-1-vs-type-2' : 'reporting-period');
		if (type.steps.some((s) => s.kind === 'readiness')) slugs.push('readiness-assessment');
		if (type.tight) slugs.push('timeline');
		slugs.push('cost', 'choosing-an-audit-firm');
	}
	return [...new Set(slugs)].slice(0, 5);
}
