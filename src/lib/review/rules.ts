/**
 * The review of a vendor's SOC report from the customer's side: what the report covers for the
 * reader's use, the gap from the period end to today and whether a bridge letter covers it, the
 * questions to send the vendor, the CUECs the reader must operate, the subservice reports to
 * request, and an overall finding with its reasons. Pure: today's date is an input.
 */
import { addMonths, addDays, daysBetween, formatDate, parseIsoDate } from '../engagement/dates';
import { FIGURES, type SectionId } from './sections';
import {
	CATEGORIES,
	labelOf,
	REVIEW_REPORTS,
	typeLabel,
	type Method,
	type Opinion,
	type OptionalCategory,
	type ReviewReport,
	type Category,
	type ExamType,
	type Use,
} from './vocabulary';

/** One exception the report lists, and whether management responded to it in the report. */
export interface ExceptionNote {
	text: string;
	responded: boolean;
}

/** A subservice organization the report names, and how the report presents it. */
export interface SubserviceOrg {
	name: string;
	method: Method;
}

/** What the reader enters about the report. Dates are 'YYYY-MM-DD' or '' when not entered. */
export interface ReviewInput {
	/** The vendor's name, for the memo (optional). */
	vendor: string;
	report: ReviewReport;
	type: ExamType;
	/** What the reader relies on the vendor for. */
	use: Use;
	/** Categories beyond Security the reader relies on (uptime, personal data…). */
	needs: readonly OptionalCategory[];
	/** Type 2: first day of the period; ignored for a Type 1. */
	start: string;
	/** Type 2: last day of the period; Type 1: the date the report speaks about. */
	end: string;
	/** The date of the auditor's report (optional). */
	issued: string;
	opinion: Opinion | '';
	/** SOC 2: categories in scope beyond Security. */
	categories: readonly OptionalCategory[];
	exceptions: readonly ExceptionNote[];
	subservice: readonly SubserviceOrg[];
	cuecs: readonly string[];
	/** The last day the vendor's bridge letter speaks for, or '' when there is none. */
	bridge: string;
}

/** How much a reason weighs on the finding, from none to “not enough on its own”. */
export type Level = 'ok' | 'follow-up' | 'not-enough';
export type FindingLevel = Level | 'incomplete';

export interface Reason {
	id: string;
	level: Level;
	text: string;
	section: SectionId;
}

export interface FollowUp {
	id: string;
	question: string;
	section: SectionId;
}

/** The field a problem is about (the form and the URL use these names). */
export type ReviewField = 'start' | 'end' | 'issued' | 'opinion' | 'bridge';

export interface InputProblem {
	field: ReviewField;
	message: string;
}

/** How far the period end is from today, against the guide's figures. */
export type GapBand = 'recent' | 'bridge' | 'stale';
export type BridgeCover = 'none' | 'covers' | 'partial';

export interface CoverageGap {
	/** The last day the report speaks about. */
	end: string;
	today: string;
	days: number;
	/** Whole months from the period end to today. */
	months: number;
	band: GapBand;
	bridge: BridgeCover;
	/** Days after the bridge letter (or the period, without one) that nothing covers. */
	uncoveredDays: number;
}

export interface Review {
	/** The fields still needed before a finding can be given. */
	missing: ReviewField[];
	problems: InputProblem[];
	/** What the report speaks to for the reader's use, and what it does not. */
	covers: string[];
	doesNotCover: string[];
	gap: CoverageGap | null;
	followUps: FollowUp[];
	/** The complementary user entity controls the reader must operate. */
	cuecs: string[];
	/** Carved-out subservice organizations whose own reports to request. */
	requests: string[];
	finding: { level: FindingLevel; headline: string; reasons: Reason[] };
}

export const HEADLINES: Record<FindingLevel, string> = {
	ok: 'The report supports your use of this vendor, provided you operate the complementary user entity controls.',
	'follow-up':
		'The report can support your use of this vendor once the follow-up questions are answered.',
	'not-enough':
		'On its own, this report does not give the assurance your use of this vendor needs.',
	incomplete: 'Enter the report’s dates and opinion to see the review.',
};

const FIELD_NAMES: Record<ReviewField, string> = {
	start: 'the period start',
	end: 'the period end',
	issued: 'the report date',
	opinion: 'the opinion',
	bridge: 'the bridge letter date',
};

/** The date as the reader's memo shows it: 30 September 2026. */
export function longDate(iso: string): string {
	return parseIsoDate(iso) === null ? iso : formatDate(iso);
}

/** The report as named on the memo: “SOC 2 Type 2”. */
export function reportName(input: ReviewInput): string {
	return `${labelOf(REVIEW_REPORTS, input.report)} ${typeLabel(input.type)}`;
}

/** What the report covers, as one line: its period, or its date for a Type 1. */
export function periodLine(input: ReviewInput): string {
	if (input.end === '') return 'not entered';
	if (input.type === 1) return `as of ${longDate(input.end)}`;
	return input.start
		? `${longDate(input.start)} to ${longDate(input.end)}`
		: `ending ${longDate(input.end)}`;
}

/** Whole calendar months from one date to a later one (31 Jan → 28 Feb is one month). */
export function wholeMonths(from: string, to: string): number {
	const [fy, fm] = from.split('-').map(Number) as [number, number];
	const [ty, tm] = to.split('-').map(Number) as [number, number];
	let months = Math.max(0, (ty - fy) * 12 + (tm - fm));
	while (months > 0 && addMonths(from, months) > to) months--;
	return months;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The gap from the end of what the report covers to today, with the bridge letter's share. */
export function coverageGap(end: string, today: string, bridge: string): CoverageGap {
	const days = daysBetween(end, today);
	const band: GapBand =
		today <= addMonths(end, FIGURES.bridgeMonths.value)
			? 'recent'
			: today <= addMonths(end, FIGURES.currentMonths.value)
				? 'bridge'
				: 'stale';
	const cover: BridgeCover = bridge === '' ? 'none' : bridge >= today ? 'covers' : 'partial';
	const coveredTo = cover === 'none' ? end : bridge;
	return {
		end,
		today,
		days,
		months: wholeMonths(end, today),
		band,
		bridge: cover,
		uncoveredDays: Math.max(0, daysBetween(coveredTo, today)),
	};
}

function checkDates(
	input: ReviewInput,
	today: string,
): { missing: ReviewField[]; problems: InputProblem[] } {
	const missing: ReviewField[] = [];
	const problems: InputProblem[] = [];
	const typeTwo = input.type === 2;
	const dated: [ReviewField, string][] = [
		['end', input.end],
		['issued', input.issued],
		['bridge', input.bridge],
	];
	if (typeTwo) dated.unshift(['start', input.start]);
	for (const [field, value] of dated) {
		if (value !== '' && parseIsoDate(value) === null)
			problems.push({ field, message: `${capital(FIELD_NAMES[field])} is not a real date.` });
	}
	if (input.end === '') missing.push('end');
	if (typeTwo && input.start === '') missing.push('start');
	if (input.opinion === '') missing.push('opinion');
	if (problems.length > 0) return { missing, problems };

	const { start, end, issued, bridge } = input;
	if (end !== '' && end > today)
		problems.push({
			field: 'end',
			message: typeTwo
				? 'The period end is after today: a report speaks only about a period that has already ended.'
				: 'The report’s date is after today: a Type 1 speaks about a date that has already passed.',
		});
	if (typeTwo && start !== '' && end !== '' && start >= end)
		problems.push({ field: 'start', message: 'The period start must be before the period end.' });
	if (issued !== '' && end !== '' && issued < end)
		problems.push({
			field: 'issued',
			message:
				'The report date is before the end of what it covers: the auditor signs after the period.',
		});
	if (issued !== '' && issued > today)
		problems.push({ field: 'issued', message: 'The report date is after today.' });
	if (bridge !== '' && end !== '' && bridge < end)
		problems.push({
			field: 'bridge',
			message:
				'The bridge letter’s date is before the period end: a bridge letter covers the time after it.',
		});
	if (bridge !== '' && bridge > today)
		problems.push({
			field: 'bridge',
			message:
				'The bridge letter’s date is after today: a letter can speak only for days that have passed.',
		});
	return { missing, problems };
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function categoryLabel(id: string): string {
	return labelOf(CATEGORIES, id as Category);
}

/** The review of a report as entered, on the given day. Never throws for any input. */
export function reviewReport(input: ReviewInput, today: string): Review {
	const { missing, problems } = checkDates(input, today);
	const reasons: Reason[] = [];
	const followUps: FollowUp[] = [];
	const covers: string[] = [];
	const doesNotCover: string[] = [];
	const typeTwo = input.type === 2;
	const wantsSecurity = input.use !== 'financial';
	const wantsFinancial = input.use !== 'security';

	// What the report speaks to, against what the reader relies on the vendor for.
	if (input.report === 'soc1') {
		covers.push(
			'Controls relevant to your internal control over financial reporting (the control objectives in the report).',
		);
		if (wantsSecurity) {
			doesNotCover.push(
				'The security of your data and systems: a SOC 1 is about financial reporting, not the Trust Services Criteria.',
			);
			followUps.push({
				id: 'soc2-for-security',
				question:
					'Do you have a SOC 2 report covering the security of the service we use? This SOC 1 addresses financial reporting only.',
				section: 'reports',
			});
		}
		reasons.push(
			wantsSecurity
				? {
						id: 'report-use',
						level: wantsFinancial ? 'follow-up' : 'not-enough',
						text: wantsFinancial
							? 'A SOC 1 covers controls relevant to your financial reporting but says nothing about security, which you also rely on: ask for a SOC 2 as well.'
							: 'A SOC 1 covers controls relevant to financial reporting; it does not address the security of your data, which is what you rely on. A SOC 2 does.',
						section: 'reports',
					}
				: {
						id: 'report-use',
						level: 'ok',
						text: 'A SOC 1 is the report for controls relevant to your financial reporting.',
						section: 'reports',
					},
		);
	} else {
		const scoped = CATEGORIES.filter((c) => c.id === 'security' || input.categories.includes(c.id));
		covers.push(`The Trust Services Criteria for ${scoped.map((c) => c.label).join(', ')}.`);
		if (wantsFinancial) {
			doesNotCover.push(
				'Controls over your financial reporting: your financial statement auditor normally asks for a SOC 1.',
			);
			followUps.push({
				id: 'soc1-for-financial',
				question:
					'Do you have a SOC 1 report covering the controls relevant to our financial reporting? This SOC 2 addresses the Trust Services Criteria, not financial reporting.',
				section: 'reports',
			});
		}
		reasons.push(
			wantsFinancial
				? {
						id: 'report-use',
						level: wantsSecurity ? 'follow-up' : 'not-enough',
						text: wantsSecurity
							? 'A SOC 2 covers security but is not designed for financial reporting, which you also rely on: ask for a SOC 1 as well.'
							: 'A SOC 2 reports on the Trust Services Criteria, not on controls relevant to financial reporting, which is what you rely on. A SOC 1 does.',
						section: 'reports',
					}
				: {
						id: 'report-use',
						level: 'ok',
						text: 'A SOC 2 is the report for the security of your data and systems.',
						section: 'reports',
					},
		);
		if (wantsSecurity) {
			const gaps = input.needs.filter((n) => !input.categories.includes(n));
			for (const category of gaps) {
				const label = categoryLabel(category);
				doesNotCover.push(`${label}: you rely on it, but it is not in the report’s scope.`);
				followUps.push({
					id: `category-${category}`,
					question: `The report does not include ${label}. How are your ${label} controls assured, and do you plan to add ${label} to the report?`,
					section: 'basics',
				});
			}
			reasons.push(
				gaps.length > 0
					? {
							id: 'categories',
							level: 'follow-up',
							text: `You rely on ${gaps.map(categoryLabel).join(' and ')}, which the report does not cover.`,
							section: 'basics',
						}
					: {
							id: 'categories',
							level: 'ok',
							text: 'The categories in scope include everything you said you rely on.',
							section: 'basics',
						},
			);
		}
	}

	// Type 1 or Type 2.
	if (typeTwo) {
		covers.push('Whether the controls operated effectively throughout the period (Type 2).');
		reasons.push({
			id: 'type',
			level: 'ok',
			text: 'A Type 2 tests whether controls operated over a period, the stronger evidence.',
			section: 'types',
		});
	} else {
		doesNotCover.push(
			'Whether the controls actually operated over time: a Type 1 looks at their design on a single date.',
		);
		followUps.push({
			id: 'type-2-plan',
			question:
				'When will a Type 2 report be available, testing whether the controls operated effectively over a period?',
			section: 'types',
		});
		reasons.push({
			id: 'type',
			level: 'follow-up',
			text: 'A Type 1 assesses the design of controls on one date; it does not test whether they operated over time.',
			section: 'types',
		});
	}

	// The opinion.
	const opinionReason: Record<Opinion, Reason> = {
		unmodified: {
			id: 'opinion',
			level: 'ok',
			text: 'The opinion is unmodified (clean).',
			section: 'opinions',
		},
		qualified: {
			id: 'opinion',
			level: 'follow-up',
			text: 'The opinion is qualified: one or more named matters are material but not pervasive. Check whether they touch your use of the service.',
			section: 'opinions',
		},
		adverse: {
			id: 'opinion',
			level: 'not-enough',
			text: 'The opinion is adverse: the problems are material and pervasive, so the description or the controls cannot be relied on overall.',
			section: 'opinions',
		},
		disclaimer: {
			id: 'opinion',
			level: 'not-enough',
			text: 'The auditor disclaimed an opinion: they could not obtain enough evidence, so the report gives no assurance.',
			section: 'opinions',
		},
	};
	const opinionQuestion: Partial<Record<Opinion, string>> = {
		qualified:
			'Which matters does the basis for the qualified opinion name, which criteria or objectives do they affect, and what has been done to fix them?',
		adverse:
			'Why did the auditor give an adverse opinion, what are you changing, and when will a report with an unmodified opinion be available?',
		disclaimer:
			'Why could the auditor not form an opinion, and when will a completed examination be available?',
	};
	if (input.opinion !== '') {
		reasons.push(opinionReason[input.opinion]);
		const question = opinionQuestion[input.opinion];
		if (question) followUps.push({ id: `opinion-${input.opinion}`, question, section: 'opinions' });
	}

	// The gap from the end of the period (or the Type 1 date) to today.
	const datesUsable = problems.length === 0 && input.end !== '';
	const gap = datesUsable ? coverageGap(input.end, today, input.bridge) : null;
	if (gap) {
		const after = longDate(addDays(gap.end, 1));
		const span = `${plural(gap.days, 'day')} (${plural(gap.months, 'month')})`;
		const letterTo = input.bridge === '' ? '' : longDate(input.bridge);
		if (gap.band === 'stale') {
			doesNotCover.push(
				`Today: the report ended ${span} ago, longer than the ${FIGURES.currentMonths.value} months readers usually treat a report as current.`,
			);
			followUps.push({
				id: 'current-report',
				question: `This report covers up to ${longDate(gap.end)}. Please send your most recent report, or tell us when the next one will be issued.`,
				section: 'current',
			});
			reasons.push({
				id: 'gap',
				level: 'not-enough',
				text: `The report ended ${span} ago. Readers usually treat a report as current for about ${FIGURES.currentMonths.value} months from the period end, and a bridge letter is meant for about ${FIGURES.bridgeMonths.value} months, so neither can stand in for the missing year.`,
				section: 'current',
			});
		} else if (gap.band === 'bridge') {
			doesNotCover.push(
				`The ${span} since the report ended${gap.bridge === 'none' ? '' : ', except for what management’s bridge letter says'}.`,
			);
			followUps.push({
				id: 'next-report',
				question: 'When does your next report period end, and when will that report be issued?',
				section: 'bridge',
			});
			if (gap.bridge === 'none')
				followUps.push({
					id: 'bridge-letter',
					question: `Please send a bridge letter signed by management covering ${after} to today, stating any material changes to the system or controls since the period ended.`,
					section: 'bridge',
				});
			if (gap.bridge === 'partial')
				followUps.push({
					id: 'bridge-update',
					question: `Your bridge letter speaks up to ${letterTo}. Please send an updated letter covering up to today.`,
					section: 'bridge',
				});
			reasons.push(
				gap.bridge === 'covers'
					? {
							id: 'gap',
							level: 'ok',
							text: `The report ended ${span} ago, more than the ${FIGURES.bridgeMonths.value} months after which a bridge letter is expected, and management’s bridge letter covers up to today. It is management’s word, not the auditor’s: it carries no audit assurance.`,
							section: 'bridge',
						}
					: {
							id: 'gap',
							level: 'follow-up',
							text:
								gap.bridge === 'none'
									? `The report ended ${span} ago, more than ${FIGURES.bridgeMonths.value} months, and no bridge letter covers the time since.`
									: `The report ended ${span} ago; the bridge letter speaks only up to ${letterTo}, leaving ${plural(gap.uncoveredDays, 'day')} uncovered.`,
							section: 'bridge',
						},
			);
		} else {
			reasons.push({
				id: 'gap',
				level: 'ok',
				text:
					gap.bridge === 'covers'
						? `The report ended ${span} ago, and a bridge letter from management covers up to today.`
						: `The report ended ${span} ago, within the ${FIGURES.bridgeMonths.value} months before a bridge letter is usually expected.`,
				section: 'bridge',
			});
		}
	}

	// Exceptions: individual test failures, weighed by relevance and management's response.
	const unanswered = input.exceptions.filter((e) => !e.responded);
	input.exceptions.forEach((e, i) => {
		if (!e.responded)
			followUps.push({
				id: `exception-${i + 1}`,
				question: `The report notes an exception (${e.text || `number ${i + 1}`}) without a management response. What caused it, what was done about it, and since when has the fix been in place?`,
				section: 'exceptions',
			});
	});
	if (input.exceptions.length > 0)
		reasons.push({
			id: 'exceptions',
			level: unanswered.length > 0 ? 'follow-up' : 'ok',
			text:
				`The report notes ${plural(input.exceptions.length, 'exception')}` +
				(unanswered.length > 0
					? `, ${unanswered.length} without a management response. Judge whether each touches what you rely on.`
					: ', each with a management response. Judge whether each touches what you rely on and whether the fix is credible.'),
			section: 'exceptions',
		});
	else if (typeTwo)
		reasons.push({
			id: 'exceptions',
			level: 'ok',
			text: 'No exceptions were noted in the tests of controls.',
			section: 'exceptions',
		});

	// Subservice organizations.
	const named = input.subservice.map((s, i) => ({
		...s,
		name: s.name || `subservice organization ${i + 1}`,
	}));
	const carved = named.filter((s) => s.method === 'carve-out');
	const requests = carved.map((s) => s.name);
	carved.forEach((s, i) =>
		followUps.push({
			id: `subservice-${i + 1}`,
			question: `The report carves out ${s.name}. Please send ${s.name}’s own SOC report for a period that overlaps yours, or tell us where to obtain it.`,
			section: 'subservice',
		}),
	);
	if (carved.length > 0)
		doesNotCover.push(
			`The controls of ${carved.map((s) => s.name).join(', ')}: carved out, so not tested in this report.`,
		);
	const included = named.filter((s) => s.method === 'inclusive');
	if (included.length > 0)
		covers.push(
			`The relevant controls of ${included.map((s) => s.name).join(', ')} (inclusive method).`,
		);
	if (input.subservice.length > 0)
		reasons.push(
			carved.length > 0
				? {
						id: 'subservice',
						level: 'follow-up',
						text: `${plural(carved.length, 'subservice organization')} ${carved.length === 1 ? 'is' : 'are'} carved out: the report is silent on whether their controls worked, so request their own reports.`,
						section: 'subservice',
					}
				: {
						id: 'subservice',
						level: 'ok',
						text: 'Every subservice organization is presented with the inclusive method, so their relevant controls were tested in this report.',
						section: 'subservice',
					},
		);

	// Complementary user entity controls: the reader's side of the bargain.
	const cuecs = [...input.cuecs];
	if (cuecs.length === 0)
		followUps.push({
			id: 'cuecs-none',
			question:
				'The report lists no complementary user entity controls. Can you confirm that none are expected of us?',
			section: 'cuecs',
		});
	reasons.push({
		id: 'cuecs',
		level: 'ok',
		text:
			cuecs.length > 0
				? `The report’s conclusions assume you operate ${plural(cuecs.length, 'complementary user entity control')}: give each one an owner in your organization.`
				: 'No complementary user entity controls were entered; reports rarely have none, so check the system description.',
		section: 'cuecs',
	});

	let level: FindingLevel;
	if (missing.length > 0 || problems.length > 0) level = 'incomplete';
	else if (reasons.some((r) => r.level === 'not-enough')) level = 'not-enough';
	else if (reasons.some((r) => r.level === 'follow-up')) level = 'follow-up';
	else level = 'ok';
	const headline =
		level === 'incomplete'
			? problems.length > 0
				? 'Correct the dates marked above to see the review.'
				: `Enter ${missing.map((f) => FIELD_NAMES[f]).join(', ')} to see the review.`
			: HEADLINES[level];

	return {
		missing,
		problems,
		covers,
		doesNotCover,
		gap,
		followUps,
		cuecs,
		requests,
		finding: { level, headline, reasons },
	};
}
