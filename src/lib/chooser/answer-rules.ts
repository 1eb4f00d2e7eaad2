/**
 * What each answer does, as a table: its effects on the recommendation, why it matters, and what
 * to find out when the visitor is not sure. The rules combine these the same way every time, and
 * the no-JavaScript decision guide is generated from the same table, so the page can never explain
 * one rule while the tool applies another.
 */
import { CATEGORIES, labelOf, type Category, type ReportName } from '../engagement/vocabulary';
import type { Answers, Asked, Commitment, QuestionId, YesNoUnsure } from './questions';

/** The optional SOC 2 category each promise calls for. */
export const CATEGORY_FOR: Record<Commitment, Category> = {
	uptime: 'availability',
	processing: 'processing-integrity',
	confidential: 'confidentiality',
	personal: 'privacy',
};

/** The shared label of the category a promise calls for ('Availability'). */
const categoryOf = (promise: Commitment) => labelOf(CATEGORIES, CATEGORY_FOR[promise]);

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
	| { kind: 'require'; report: ReportName }
	/** Points to SOC 2, unless SOC 1 already answers the need (then SOC 2 is an optional extra). */
	| { kind: 'suggest'; report: 'soc2' }
	/** Adds an optional category to a SOC 2. */
	| { kind: 'category'; category: Category };

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
			{ kind: 'category', category: CATEGORY_FOR.uptime },
		],
		reason: `You promise uptime or service levels, so ${categoryOf('uptime')} belongs in a SOC 2.`,
	},
	processing: {
		effects: [
			{ kind: 'suggest', report: 'soc2' },
			{ kind: 'category', category: CATEGORY_FOR.processing },
		],
		reason: `You promise accurate, complete and timely processing, so ${categoryOf('processing')} belongs in a SOC 2.`,
	},
	confidential: {
		effects: [
			{ kind: 'suggest', report: 'soc2' },
			{ kind: 'category', category: CATEGORY_FOR.confidential },
		],
		reason: `You promise to keep customers' confidential information secret, so ${categoryOf('confidential')} belongs in a SOC 2.`,
	},
	personal: {
		effects: [
			{ kind: 'suggest', report: 'soc2' },
			{ kind: 'category', category: CATEGORY_FOR.personal },
		],
		reason: `You make promises about personal information, so ${categoryOf('personal')} belongs in a SOC 2.`,
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
			'You want a report you can publish. That is a SOC 3: it covers a period like a SOC 2 Type 2 and is almost always examined together with one.',
	},
	no: {
		effects: [],
		reason: 'You are happy to share your report privately.',
	},
	unsure: {
		effects: [],
		reason: 'You were not sure whether you want a public report.',
		confirm:
			'Decide whether a public report would help you win trust. The public one is a SOC 3; it covers a period like a SOC 2 Type 2 and is almost always examined together with one.',
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
			'Find out exactly what customers asked for: look for "SOC 1", "SOC 2", "Type 1" or "Type 2" in their questionnaires and contracts, or ask them.',
	},
};

/** What to find out when a visitor is not sure about one of the two timing questions. */
export const TIMING_CONFIRM: Record<'deadline' | 'controls', string> = {
	deadline:
		'Ask your customers when they need the report. If the date is close and your controls are new, a Type 1 report may have to come first: the estimator shows, for your date, what a Type 1 or a Type 2 would give.',
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
	'A SOC 3 is only ever recommended alongside a SOC 2 Type 2: it reports on a period, like a Type 2, and is almost always examined with one.',
	'When nothing calls for a report, none is recommended yet, and you get what to do instead.',
	'Every "not sure" adds something to find out. It never counts as "no".',
];

/** One answer (one ticked box) with its rule. */
export interface AppliedRule {
	ref: AnswerRef;
	rule: AnswerRule;
}

/** The rules of the answers to the report-picking questions, one per answer (ticked box). */
export function appliedRules(answers: Answers): AppliedRule[] {
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
