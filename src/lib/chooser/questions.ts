/**
 * The report chooser's questions as data: what we ask, why, and the answers a visitor can give.
 * Values are stable: they appear in shareable URLs, so renaming one breaks links already shared.
 */

/** Answers to a plain yes/no question, with an honest way out. */
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
export type YesNoUnsure = (typeof YES_NO_UNSURE)[number];

/** Promises a service organization may make; each maps to an optional SOC 2 category. */
export const COMMITMENTS = ['uptime', 'processing', 'confidential', 'personal'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

/** What a visitor can tick in the commitments question, besides the exclusive "none of these". */
export const COMMITMENT_CHOICES = [...COMMITMENTS, 'unsure'] as const;
export type CommitmentChoice = (typeof COMMITMENT_CHOICES)[number];

/** The value that stands for "none of these" in the commitments question (an empty list). */
export const NO_COMMITMENTS = 'none';

/** What customers have asked for so far. */
export const ASKED = ['none', 'unspecified', 'soc1', 'soc2', 'both', 'unsure'] as const;
export type Asked = (typeof ASKED)[number];

/** When the visitor needs a report in hand. */
export const DEADLINES = ['3m', '6m', '12m', 'later', 'unsure'] as const;
export type Deadline = (typeof DEADLINES)[number];

/** How long controls have been operating with evidence an auditor could test. */
export const CONTROLS = ['none', 'informal', 'under-3m', '3-6m', 'over-6m', 'unsure'] as const;
export type Controls = (typeof CONTROLS)[number];

/** A complete set of answers: the input of `recommendReport`. */
export interface Answers {
	financial: YesNoUnsure;
	data: YesNoUnsure;
	/** Ticked choices in canonical order; an empty list means "none of these". */
	commitments: readonly CommitmentChoice[];
	public: YesNoUnsure;
	asked: Asked;
	deadline: Deadline;
	controls: Controls;
	/** The exact date the report is needed by, when a link carried one; `deadline` is then its band. */
	deadlineDate?: string;
}

/** Question ids in the order they are asked; also the URL query keys. */
export const QUESTION_IDS = [
	'financial',
	'data',
	'commitments',
	'public',
	'asked',
	'deadline',
	'controls',
] as const satisfies readonly (keyof Answers)[];
export type QuestionId = (typeof QUESTION_IDS)[number];

/** One answer a visitor can choose. */
export interface QuestionOption {
	value: string;
	label: string;
	/** A short clarification shown under the label. */
	hint?: string;
}

/** One question: a single choice (radio buttons) or several (checkboxes). */
export interface Question {
	id: QuestionId;
	kind: 'single' | 'multi';
	/** The question itself, used as the fieldset legend. */
	title: string;
	/** A few words naming the topic, for progress, summaries and notices. */
	short: string;
	/** Examples or where to look, shown under the question. */
	hint: string;
	/** The honest "why we ask". */
	why: string;
	options: readonly QuestionOption[];
	/** Multi-choice only: the exclusive "none of these" answer. */
	noneOption?: QuestionOption;
}

/** The chooser's questions, in the order they are asked. */
export const QUESTIONS: readonly Question[] = [
	{
		id: 'financial',
		short: 'Financial reporting',
		kind: 'single',
		title: "Does your service affect your customers' financial reporting?",
		hint: 'For example, you run their payroll, process their payments or invoices, service their loans, handle their claims, or host the accounting system their books come from. Merely storing some financial data, such as invoices attached to support tickets, does not count on its own.',
		why: "A SOC 1 report exists for services whose work flows into customers' financial statements. Their auditors rely on it, so it only fits when your service is part of that chain.",
		options: [
			{ value: 'yes', label: 'Yes, our work flows into their financial records' },
			{ value: 'no', label: 'No' },
			{
				value: 'unsure',
				label: 'Not sure',
				hint: 'We will tell you who to ask and what to look for.',
			},
		],
	},
	{
		id: 'data',
		short: 'Customer data',
		kind: 'single',
		title: 'Do you store, process or transmit customer data, or run systems for customers?',
		hint: 'This includes software your customers sign in to, hosting, managed IT, and support staff who can see customer data.',
		why: 'A SOC 2 report shows how you protect the systems and data customers trust you with. It is the report most software and service companies are asked for.',
		options: [
			{ value: 'yes', label: 'Yes' },
			{ value: 'no', label: 'No' },
			{ value: 'unsure', label: 'Not sure' },
		],
	},
	{
		id: 'commitments',
		short: 'Promises to customers',
		kind: 'multi',
		title: 'Which of these do you promise your customers?',
		hint: 'Choose all that apply. Look at your contracts, service level agreements, terms of service and privacy notice.',
		why: 'Each promise matches an optional SOC 2 category. Security is always included; add a category only when you make that promise, because each one adds audit work and cost.',
		options: [
			{
				value: 'uptime',
				label: 'Uptime or service levels',
				hint: 'For example, 99.9% availability or a recovery time.',
			},
			{
				value: 'processing',
				label: 'Accurate, complete and timely processing',
				hint: 'For example, orders, transactions or calculations done correctly and on time.',
			},
			{
				value: 'confidential',
				label: "Keeping customers' confidential business information secret",
				hint: 'For example, under a non-disclosure agreement or contract clause.',
			},
			{
				value: 'personal',
				label: 'How you collect, use, keep and delete personal information',
				hint: 'For example, promises in a privacy notice to the people whose data you hold.',
			},
			{
				value: 'unsure',
				label: 'Not sure what we have promised',
				hint: 'Tick this with any you do know.',
			},
		],
		noneOption: { value: NO_COMMITMENTS, label: 'None of these' },
	},
	{
		id: 'public',
		short: 'Public report',
		kind: 'single',
		title: 'Do you want a report you can publish openly, for example on your website?',
		hint: 'SOC 1 and SOC 2 reports are shared privately, usually under a non-disclosure agreement.',
		why: 'Only a SOC 3 report is meant for anyone to read. It reports on a period, like a SOC 2 Type II, and is almost always examined together with one.',
		options: [
			{ value: 'yes', label: 'Yes' },
			{ value: 'no', label: 'No, sharing it privately is fine' },
			{ value: 'unsure', label: 'Not sure' },
		],
	},
	{
		id: 'asked',
		short: 'What customers asked for',
		kind: 'single',
		title: 'What have customers asked you for?',
		hint: 'Think of security questionnaires, contract clauses and procurement checklists.',
		why: 'What your customers ask for usually settles which report you need. If different customers ask for different reports, you may need both.',
		options: [
			{ value: 'none', label: 'Nobody has asked yet' },
			{ value: 'unspecified', label: 'A "SOC report", without saying which' },
			{ value: 'soc1', label: 'A SOC 1 report' },
			{ value: 'soc2', label: 'A SOC 2 report' },
			{ value: 'both', label: 'Some ask for SOC 1, others for SOC 2' },
			{ value: 'unsure', label: 'Not sure what they asked for' },
		],
	},
	{
		id: 'deadline',
		short: 'When you need it',
		kind: 'single',
		title: 'When do you need a report in hand?',
		hint: 'The date a customer, a deal or a contract needs it by.',
		why: 'A Type II report covers a period of months. If your date is too close for that, a Type I report (one point in time) can meet it while the Type II follows.',
		options: [
			{ value: '3m', label: 'Within 3 months' },
			{ value: '6m', label: 'In 3 to 6 months' },
			{ value: '12m', label: 'In 6 to 12 months' },
			{ value: 'later', label: 'More than a year away, or no date yet' },
			{ value: 'unsure', label: 'Not sure' },
		],
	},
	{
		id: 'controls',
		short: 'How long controls have run',
		kind: 'single',
		title: 'How long have your controls been running, with records you could show an auditor?',
		hint: 'Controls are the routines that keep your service secure and reliable, such as access reviews, approved changes, backups and incident handling. Records are the tickets, logs and sign-offs that prove they happened.',
		why: 'A Type II report tests controls over a period, so they must already be running and leaving records. If yours are new, a readiness assessment or a Type I report comes first.',
		options: [
			{ value: 'none', label: 'Not yet: we are still setting them up' },
			{ value: 'informal', label: 'We have routines, but little is written down or recorded' },
			{ value: 'under-3m', label: 'Running with records for less than 3 months' },
			{ value: '3-6m', label: 'Running with records for 3 to 6 months' },
			{ value: 'over-6m', label: 'Running with records for more than 6 months' },
			{ value: 'unsure', label: 'Not sure' },
		],
	},
];

/** The question with this id. */
export function questionById(id: QuestionId): Question {
	const question = QUESTIONS.find((q) => q.id === id);
	if (!question) throw new Error(`No chooser question "${id}"`);
	return question;
}

/** The label a visitor saw for an answer value, for reasons and summaries. */
export function optionLabel(id: QuestionId, value: string): string {
	const question = questionById(id);
	if (question.noneOption?.value === value) return question.noneOption.label;
	return question.options.find((o) => o.value === value)?.label ?? value;
}

/**
 * Months from the day of answering that each "when do you need it" answer stands for: what the
 * answer means, not an estimate (the dates a plan gets come from the model).
 */
export const DEADLINE_MONTHS: Record<Deadline, number | null> = {
	'3m': 3,
	'6m': 6,
	'12m': 12,
	later: null,
	unsure: null,
};
