/**
 * The report chooser's rules: from a visitor's answers to one recommendation.
 *
 * Each answer carries effects (a table below); `recommendReport` combines them the same way every
 * time, and the no-JavaScript decision guide is generated from the same table, so the page can
 * never explain one rule while the tool applies another.
 */
import { todayIso, type IsoDate } from '../engagement/dates';
import type { EngagementPlan } from '../engagement/plan';
import { planReportType, typeLabel, type TypePlan } from './timing';
import {
	COMMITMENTS,
	type Answers,
	type Asked,
	type Commitment,
	type Controls,
	type QuestionId,
	type YesNoUnsure,
} from './questions';

import { SOC3_STATEMENT } from '../engagement/soc3';
import {
	CATEGORIES,
	REPORT_NAMES,
	type Category as TscCategory,
	type ChapterSlug,
	type ReadinessLevel as Readiness,
	type ReportName as ReportId,
	type ReportScope,
} from '../engagement/vocabulary';

export type { ChapterSlug, Readiness, ReportId, TscCategory };

/** The five Trust Services categories, in the shared vocabulary's (the AICPA's) order. */
export const TSC_CATEGORIES = CATEGORIES.map((c) => c.id);

/** Display names of the Trust Services categories (the shared vocabulary's labels). */
export const TSC_LABELS = Object.fromEntries(CATEGORIES.map((c) => [c.id, c.label])) as Record<
	TscCategory,
	string
>;

/** The optional SOC 2 category each promise calls for. */
export const CATEGORY_FOR: Record<Commitment, TscCategory> = {
	uptime: 'availability',
	processing: 'processing-integrity',
	confidential: 'confidentiality',
	personal: 'privacy',
};

/** Display names of the reports. */
export const REPORT_LABELS = Object.fromEntries(REPORT_NAMES.map((r) => [r.id, r.label])) as Record<
	ReportId,
	string
>;

/** Which examinations are recommended (a plan's `report`, plus "none"). */
export type Scope = ReportScope | 'none';

/** One answer, as a link from a statement back to what the visitor said. */
export interface AnswerRef {
	question: QuestionId;
	value: string;
}

/** A sentence in the result, tied to the answers that caused it. */
export interface Note {
	text: string;
	because: AnswerRef[];
}

/** What one answer does to the outcome. */
export type Effect =
	/** Calls for this report on its own. */
	| { kind: 'require'; report: ReportId }
	/** Points to SOC 2, unless SOC 1 already answers the need (then SOC 2 is an optional extra). */
	| { kind: 'suggest'; report: 'soc2' }
	/** Adds an optional category to a SOC 2. */
	| { kind: 'category'; category: TscCategory };

/** Everything one answer contributes: effects, why, and what to find out when unsure. */
export interface AnswerRule {
	effects: readonly Effect[];
	/** Why the answer matters; shown when it shaped the result. */
	reason: string;
	/** Something the visitor should find out. Every "not sure" answer has one. */
	confirm?: string;
}

type RuleTable<V extends string> = Record<V, AnswerRule>;

const FINANCIAL: RuleTable<YesNoUnsure> = {
	yes: {
		effects: [{ kind: 'require', report: 'soc1' }],
		reason:
			"Your service affects your customers' financial reporting, and that is exactly what a SOC 1 report covers.",
	},
	no: {
		effects: [],
		reason:
			"Your service does not affect your customers' financial reporting, so SOC 1 does not fit unless a customer insists on it.",
	},
	unsure: {
		effects: [],
		reason: "You were not sure whether your service affects customers' financial reporting.",
		confirm:
			"Ask a customer's finance lead or external auditor whether they rely on your service for their financial statements. If they do, you need a SOC 1 report too.",
	},
};

const DATA: RuleTable<YesNoUnsure> = {
	yes: {
		effects: [{ kind: 'suggest', report: 'soc2' }],
		reason:
			'You hold or process customer data, or run systems for customers. A SOC 2 report is how customers judge the way you protect them.',
	},
	no: {
		effects: [],
		reason: 'You do not hold customer data or run systems for customers.',
	},
	unsure: {
		effects: [],
		reason: 'You were not sure whether you handle customer data or run systems for customers.',
		confirm:
			'List the customer data you store, process or pass on, and any customer systems you run or can reach, including through support. If there is any, SOC 2 is the report customers will expect.',
	},
};

const COMMITMENT_RULES: RuleTable<Commitment | 'unsure' | 'none'> = {
	uptime: {
		effects: [
			{ kind: 'suggest', report: 'soc2' },
			{ kind: 'category', category: 'availability' },
		],
		reason: 'You promise uptime or service levels, so Availability belongs in a SOC 2.',
	},
	processing: {
		effects: [
			{ kind: 'suggest', report: 'soc2' },
			{ kind: 'category', category: 'processing-integrity' },
		],
		reason:
			'You promise accurate, complete and timely processing, so Processing Integrity belongs in a SOC 2.',
	},
	confidential: {
		effects: [
			{ kind: 'suggest', report: 'soc2' },
			{ kind: 'category', category: 'confidentiality' },
		],
		reason:
			"You promise to keep customers' confidential information secret, so Confidentiality belongs in a SOC 2.",
	},
	personal: {
		effects: [
			{ kind: 'suggest', report: 'soc2' },
			{ kind: 'category', category: 'privacy' },
		],
		reason: 'You make promises about personal information, so Privacy belongs in a SOC 2.',
	},
	none: {
		effects: [],
		reason:
			'You make none of the promises behind the optional categories, so Security alone is enough.',
	},
	unsure: {
		effects: [],
		reason: 'You were not sure what you have promised customers.',
		confirm:
			'Read your contracts, service level agreements, terms and privacy notice for promises about uptime, accurate processing, confidential information and personal information. Add a SOC 2 category only for a promise you actually make.',
	},
};

const PUBLIC: RuleTable<YesNoUnsure> = {
	yes: {
		effects: [
			{ kind: 'require', report: 'soc2' },
			{ kind: 'require', report: 'soc3' },
		],
		reason:
			'You want a report you can publish. That is a SOC 3: it covers a period like a SOC 2 Type II and is almost always examined together with one.',
	},
	no: {
		effects: [],
		reason: 'You are happy to share your report privately.',
	},
	unsure: {
		effects: [],
		reason: 'You were not sure whether you want a public report.',
		confirm:
			'Decide whether a public report would help you win trust. The public one is a SOC 3; it covers a period like a SOC 2 Type II and is almost always examined together with one.',
	},
};

const ASKED_RULES: RuleTable<Asked> = {
	none: {
		effects: [],
		reason: 'Nobody has asked you for a report yet.',
	},
	unspecified: {
		effects: [{ kind: 'suggest', report: 'soc2' }],
		reason: 'A request for "a SOC report" without more detail usually means SOC 2.',
		confirm:
			"Ask the customer which report they mean: SOC 2 if they want assurance about your service's security, SOC 1 if their auditor needs it for their financial statements.",
	},
	soc1: {
		effects: [{ kind: 'require', report: 'soc1' }],
		reason: 'A customer asked for a SOC 1 report.',
	},
	soc2: {
		effects: [{ kind: 'require', report: 'soc2' }],
		reason: 'A customer asked for a SOC 2 report.',
	},
	both: {
		effects: [
			{ kind: 'require', report: 'soc1' },
			{ kind: 'require', report: 'soc2' },
		],
		reason:
			'Some customers ask for SOC 1 and others for SOC 2. They are separate reports, but one audit firm can examine both and much of the work is shared.',
	},
	unsure: {
		effects: [],
		reason: 'You were not sure what customers asked for.',
		confirm:
			'Find out exactly what customers asked for: look for "SOC 1", "SOC 2", "Type I" or "Type II" in their questionnaires and contracts, or ask them.',
	},
};

/** What to find out when a visitor is not sure about one of the two timing questions. */
export const TIMING_CONFIRM: Record<'deadline' | 'controls', string> = {
	deadline:
		'Ask your customers when they need the report. If the date is close and your controls are new, a Type I report may have to come first: the estimator shows, for your date, what a Type I or a Type II would give.',
	controls:
		'A readiness assessment will show which controls are running and what records exist, so any plan for a report should start with one.',
};

/** The rule behind every answer to the questions that pick the report and its categories. */
export const ANSWER_RULES = {
	financial: FINANCIAL,
	data: DATA,
	commitments: COMMITMENT_RULES,
	public: PUBLIC,
	asked: ASKED_RULES,
} as const;

/** How the answers' effects combine; shown on the no-JavaScript page next to the table. */
export const COMBINING_RULES: readonly string[] = [
	"SOC 1 is recommended when your service affects customers' financial reporting or a customer asks for SOC 1.",
	'SOC 2 is recommended when a customer asks for SOC 2 or you want a public report.',
	'Handling customer data, making any of the listed promises, or a request for "a SOC report" also point to SOC 2. If SOC 1 is already recommended, SOC 2 is suggested as an optional companion instead.',
	'A SOC 2 always includes Security. Each promise you make adds its category, and nothing else is added.',
	'A SOC 3 is only ever recommended alongside a SOC 2 Type II: it reports on a period, like a Type II, and is almost always examined with one.',
	'When nothing calls for a report, none is recommended yet, and you get what to do instead.',
	'Every "not sure" adds something to find out. It never counts as "no".',
];

// --- Type I or Type II: see ./timing, which asks the engagement model ---------------------------

export {
	DEADLINE_MONTHS,
	dueDate,
	planReportType,
	stepDuration,
	typeLabel,
	type DeadlineFit,
	type PlanStep,
	type TypePlan,
} from './timing';

// --- The recommendation ------------------------------------------------------------------------

/** What the chooser recommends. */
export interface Recommendation {
	/** Which examinations: the estimator's `report` value, or "none". */
	scope: Scope;
	/** Reports to get, in order SOC 1, SOC 2, SOC 3; empty when none is needed yet. */
	reports: ReportId[];
	/** SOC 2 categories, Security first; empty unless SOC 2 is recommended. */
	categories: TscCategory[];
	/** Categories the visitor should check against their contracts before scoping. */
	categoriesToCheck: TscCategory[];
	/** Reports worth weighing on top of the recommendation (never one already recommended). */
	alsoConsider: ReportId[];
	/** Type I or Type II, and the steps; null when no report is needed yet. */
	type: TypePlan | null;
	/** The starting maturity passed on to the estimator; null when the visitor was not sure. */
	readiness: Readiness | null;
	/** The plan handed to the estimator and the self-check for the first report; null without one. */
	plan: EngagementPlan | null;
	/** The plan for the Type II that follows a Type I; null otherwise. */
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

/** The readiness level each controls answer stands for; null when the visitor was not sure. */
export const READINESS_FOR: Record<Controls, Readiness | null> = {
	none: 'none',
	informal: 'informal',
	'under-3m': 'documented',
	'3-6m': 'mature',
	'over-6m': 'mature',
	unsure: null,
};

interface AppliedRule {
	ref: AnswerRef;
	rule: AnswerRule;
}

/** The rules of the answers to the report-picking questions, one per answer (ticked box). */
function appliedRules(answers: Answers): AppliedRule[] {
	const commitmentValues: ('none' | Commitment | 'unsure')[] =
		answers.commitments.length === 0 ? ['none'] : [...answers.commitments];
	return [
		{
			ref: { question: 'financial', value: answers.financial },
			rule: FINANCIAL[answers.financial],
		},
		{ ref: { question: 'data', value: answers.data }, rule: DATA[answers.data] },
		...commitmentValues.map((value) => ({
			ref: { question: 'commitments' as const, value },
			rule: COMMITMENT_RULES[value],
		})),
		{ ref: { question: 'public', value: answers.public }, rule: PUBLIC[answers.public] },
		{ ref: { question: 'asked', value: answers.asked }, rule: ASKED_RULES[answers.asked] },
	];
}

function uniqueRefs(refs: AnswerRef[]): AnswerRef[] {
	const seen = new Set<string>();
	return refs.filter((r) => {
		const key = `${r.question}=${r.value}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function listLabels(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Turns a complete set of answers into exactly one recommendation. `today` is the day of answering:
 * "within 3 months" and the model's dates count from it.
 */
export function recommendReport(answers: Answers, today: IsoDate = todayIso()): Recommendation {
	const applied = appliedRules(answers);
	const withEffect = (pred: (e: Effect) => boolean) =>
		applied.filter((a) => a.rule.effects.some(pred));
	const requires = (report: ReportId) =>
		withEffect((e) => e.kind === 'require' && e.report === report);
	const suggestsSoc2 = withEffect((e) => e.kind === 'suggest');

	const soc1By = requires('soc1');
	const soc1 = soc1By.length > 0;
	const soc2By = requires('soc2').length > 0 ? requires('soc2') : soc1 ? [] : suggestsSoc2;
	const soc2 = soc2By.length > 0;
	const soc3By = soc2 ? requires('soc3') : [];
	const soc3 = soc3By.length > 0;

	const reports: ReportId[] = [];
	if (soc1) reports.push('soc1');
	if (soc2) reports.push('soc2');
	if (soc3) reports.push('soc3');
	const scope: Scope = soc1 && soc2 ? 'both' : soc1 ? 'soc1' : soc2 ? 'soc2' : 'none';

	// Categories: Security always, plus one per promise made; ordered as the AICPA lists them.
	const categoryRules = withEffect((e) => e.kind === 'category');
	const picked = new Set<TscCategory>(
		categoryRules.flatMap((a) =>
			a.rule.effects.flatMap((e) => (e.kind === 'category' ? [e.category] : [])),
		),
	);
	const categories = soc2 ? TSC_CATEGORIES.filter((c) => c === 'security' || picked.has(c)) : [];
	const commitmentsUnsure = answers.commitments.includes('unsure');
	const categoriesToCheck =
		soc2 && commitmentsUnsure
			? COMMITMENTS.map((c) => CATEGORY_FOR[c]).filter((c) => !picked.has(c))
			: [];

	const readiness = READINESS_FOR[answers.controls];
	const scopePlan: EngagementPlan =
		scope === 'none'
			? {}
			: {
					report: scope,
					...(soc2 ? { categories } : {}),
					...(soc3 ? { soc3: true } : {}),
					...(readiness ? { readiness } : {}),
				};
	const type =
		scope === 'none'
			? null
			: planReportType(scopePlan, answers.controls, answers.deadline, today, answers.deadlineDate);
	const deadline: EngagementPlan['deadline'] =
		type?.due ?? (answers.deadline === 'unsure' ? 'unsure' : 'none');
	const planFor = (t: 1 | 2): EngagementPlan => {
		const p: EngagementPlan = { ...scopePlan, type: t, deadline };
		if (t === 1) delete p.soc3;
		return p;
	};
	const plan = type ? planFor(type.first) : null;
	const nextPlan = type?.then ? planFor(type.then) : null;

	// Reasons: the answers that put each report and category in the result.
	const reasons: Note[] = [];
	const addReasons = (from: AppliedRule[]) => {
		for (const a of from) {
			if (!reasons.some((r) => r.text === a.rule.reason)) {
				reasons.push({ text: a.rule.reason, because: [a.ref] });
			}
		}
	};
	addReasons(soc1By);
	addReasons(soc2By);
	addReasons(soc3By);
	if (soc2) {
		addReasons(categoryRules);
		if (answers.commitments.length === 0)
			addReasons(applied.filter((a) => a.ref.value === 'none' && a.ref.question === 'commitments'));
	}
	if (scope === 'none') {
		addReasons(
			applied.filter((a) => a.ref.question !== 'commitments' && a.ref.question !== 'public'),
		);
	}
	if (type) reasons.push(type.reason);

	// Alternatives worth weighing, and the caveats that go with them.
	const alsoConsider: ReportId[] = [];
	const caveats: Note[] = [];
	const ref = <Q extends QuestionId>(question: Q, value: string): AnswerRef => ({
		question,
		value,
	});

	if (soc1 && !soc2 && suggestsSoc2.length > 0) {
		alsoConsider.push('soc2');
		const extra = TSC_CATEGORIES.filter((c) => c !== 'security' && picked.has(c)).map(
			(c) => TSC_LABELS[c],
		);
		caveats.push({
			text: `If customers also ask how you protect their data, a SOC 2 alongside the SOC 1 answers that${extra.length ? `, with ${listLabels(extra)} for the promises you make` : ''}. The two examinations share many controls.`,
			because: uniqueRefs(suggestsSoc2.map((a) => a.ref)),
		});
	}
	if (soc2 && !soc1 && answers.financial === 'unsure') alsoConsider.push('soc1');
	if (soc2 && !soc3 && answers.public === 'unsure') alsoConsider.push('soc3');

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
	if (soc3) {
		caveats.push({
			text: 'A SOC 3 leaves out the detailed tests and results, so customers who need that detail will still ask for the SOC 2 report under a non-disclosure agreement.',
			because: [ref('public', 'yes')],
		});
		if (type?.first === 1) {
			caveats.push({
				text: `${SOC3_STATEMENT} So it comes with your Type II, not the Type I.`,
				because: [ref('public', 'yes'), ...type.reason.because],
			});
		}
	}
	if (type?.first === 1) {
		caveats.push({
			text: 'A Type I only shows how controls are designed on one date. Many buyers treat it as a stepping stone, so tell them when your Type II will follow.',
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
	if (scope !== 'none' && answers.asked === 'none') {
		caveats.push({
			text: 'Nobody has asked yet, so you can time the audit to your sales plans. A readiness assessment now makes the audit quicker when a customer does ask.',
			because: [ref('asked', 'none')],
		});
	}

	// Every "not sure" leads to something to find out, whatever else the answers say.
	const toConfirm: Note[] = applied
		.filter((a) => a.rule.confirm)
		.map((a) => ({ text: a.rule.confirm as string, because: [a.ref] }));
	if (answers.deadline === 'unsure') {
		toConfirm.push({ text: TIMING_CONFIRM.deadline, because: [ref('deadline', 'unsure')] });
	}
	if (answers.controls === 'unsure') {
		toConfirm.push({ text: TIMING_CONFIRM.controls, because: [ref('controls', 'unsure')] });
	}

	const unclear = ['financial', 'data', 'asked'].some(
		(q) => answers[q as 'financial' | 'data' | 'asked'] === 'unsure',
	);
	const instead =
		scope === 'none'
			? [
					...(unclear
						? ['Find out the things listed below first: any of them could change this answer.']
						: []),
					"Answer customers' security questionnaires directly, and keep a short, honest overview of how you protect your service to send when asked.",
					'Run the readiness self-check to see where you would start if a customer asks for a report.',
					'Come back when a customer asks for a SOC report, or when your service starts to handle customer data or affect their financial reporting.',
				]
			: [];

	return {
		scope,
		reports,
		categories,
		categoriesToCheck,
		alsoConsider,
		type,
		readiness,
		plan,
		nextPlan,
		headline: headlineFor(scope, reports, type, unclear),
		reasons,
		caveats,
		toConfirm,
		instead,
		chapters: chaptersFor(scope, reports, type, alsoConsider, categoriesToCheck),
	};
}

function headlineFor(
	scope: Scope,
	reports: readonly ReportId[],
	type: TypePlan | null,
	unclear: boolean,
): string {
	if (scope === 'none' || !type) {
		return unclear ? 'Not clear yet: check a few things first' : 'No SOC report needed yet';
	}
	const examined = scope === 'both' ? 'SOC 1 and SOC 2' : REPORT_LABELS[scope];
	const soc3 = reports.includes('soc3') ? ', plus a SOC 3 to publish' : '';
	return `${examined}, ${typeLabel(type)}${soc3}`;
}

function chaptersFor(
	scope: Scope,
	reports: readonly ReportId[],
	type: TypePlan | null,
	alsoConsider: readonly ReportId[],
	categoriesToCheck: readonly TscCategory[],
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
