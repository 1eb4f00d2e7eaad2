/**
 * The cost and time model. Pure: the same inputs always give the same estimate, and every
 * number comes from the assumptions file. Ranges are computed bound by bound (low with low,
 * high with high), which keeps low <= typical <= high through every step.
 */
import { V } from './values';
import { addDays, addMonths, daysBetween } from '../engagement/dates';
import { labelOf } from '../engagement/vocabulary';
import { formatEstimatedCount, formatExactDollars, plural } from './format';
import { inRangeStart, includesSoc2, sanitizeInputs, soc3Applies } from './inputs';
import {
	CATEGORIES,
	EXAM_TYPES,
	FIRM_TIERS,
	REPORTS,
	SIZES,
	type DeadlineCheck,
	type Estimate,
	type EstimateInputs,
	type LineItem,
	type OptionalCategory,
	type Phase,
	type PhaseDates,
	type PhaseId,
	type Range,
	type Timeline,
} from './types';

type Level = keyof Range;
const LEVELS: Level[] = ['low', 'typical', 'high'];

/** Builds a range by computing each bound with the same function. */
function byLevel(f: (level: Level) => number): Range {
	return { low: f('low'), typical: f('typical'), high: f('high') };
}

const ZERO: Range = { low: 0, typical: 0, high: 0 };
const constant = (n: number): Range => ({ low: n, typical: n, high: n });
const times = (...parts: (Range | number)[]): Range =>
	byLevel((l) => parts.reduce<number>((acc, p) => acc * (typeof p === 'number' ? p : p[l]), 1));
const plus = (...parts: Range[]): Range => byLevel((l) => parts.reduce((acc, p) => acc + p[l], 0));

/** Money is shown to the nearest $100: finer digits would claim a precision no source has. */
const roundMoney = (r: Range): Range => byLevel((l) => Math.round(r[l] / 100) * 100);

function optionalCategories(inputs: EstimateInputs): OptionalCategory[] {
	if (!includesSoc2(inputs.report)) return [];
	return inputs.categories.filter((c): c is OptionalCategory => c !== 'security');
}

/** Effort of a Security-only SOC 2 plus its added categories, relative to Security alone. */
function soc2Weight(inputs: EstimateInputs): Range {
	const extra = optionalCategories(inputs).map((c) => V.categoryAddOn[c]);
	return plus(constant(1), ...extra);
}

/**
 * Effort of the chosen report(s) relative to a Security-only SOC 2. Both reports together cost
 * the larger one plus a share of the smaller, so the pair is never cheaper than either alone.
 */
export function reportWeight(inputs: EstimateInputs): Range {
	const soc2 = soc2Weight(inputs);
	const soc1 = V.soc1Share;
	if (inputs.report === 'soc2') return soc2;
	if (inputs.report === 'soc1') return soc1;
	const share = V.combinedSecondShare;
	return byLevel((l) => Math.max(soc1[l], soc2[l]) + share[l] * Math.min(soc1[l], soc2[l]));
}

/**
 * How much the in-scope systems and locations widen the scope. Subservice organizations are not
 * priced: no dated source gives a figure for them (see drivers()).
 */
export function scopeFactor(inputs: EstimateInputs): Range {
	const extra = Math.max(0, inputs.systems - 2);
	return byLevel((l) => 1 + V.systemAddOn[l] * extra);
}

/** Staff hours in the first year: preparation, plus evidence collection across a Type 2 window. */
function firstYearHours(inputs: EstimateInputs): Range {
	const size = V.sizeFactor[inputs.size];
	const base = times(size, scopeFactor(inputs), reportWeight(inputs));
	const prep = V.internalHours[inputs.readiness];
	const windowHours = inputs.type === 2 ? times(V.evidenceHoursPerMonth, inputs.window) : ZERO;
	const saving = inputs.platform ? 1 - V.platformSaving : 1;
	return byLevel((l) => Math.round((prep[l] + windowHours[l]) * base[l] * saving));
}

function renewalHours(inputs: EstimateInputs): Range {
	const size = V.sizeFactor[inputs.size];
	const base = times(size, scopeFactor(inputs), reportWeight(inputs));
	// A program that has been through its first report is mature, so a renewal year's upkeep is the
	// mature level's preparation hours plus the evidence collection of the renewal's period.
	const year = plus(V.internalHours.mature, times(V.evidenceHoursPerMonth, V.renewalAudit));
	const saving = inputs.platform ? 1 - V.platformSaving : 1;
	return byLevel((l) => Math.round(year[l] * base[l] * saving));
}

/** The audit fee before the Type 1 discount: a Type 2 at this firm, size and scope. */
function typeTwoFee(inputs: EstimateInputs): Range {
	return times(
		V.auditFee[inputs.firm],
		V.sizeFactor[inputs.size],
		scopeFactor(inputs),
		reportWeight(inputs),
	);
}

function soc3Fee(inputs: EstimateInputs): Range {
	if (!soc3Applies(inputs)) return ZERO;
	const soc2Fee = times(
		V.auditFee[inputs.firm],
		V.sizeFactor[inputs.size],
		scopeFactor(inputs),
		soc2Weight(inputs),
	);
	return times(soc2Fee, V.soc3Share);
}

function reportName(inputs: EstimateInputs): string {
	return `${labelOf(REPORTS, inputs.report)} ${labelOf(EXAM_TYPES, inputs.type)}`;
}

function item(
	id: LineItem['id'],
	label: string,
	included: boolean,
	cost: Range,
	basis: string,
): LineItem {
	return { id, label, included, cost: included ? roundMoney(cost) : ZERO, basis };
}

function costItems(
	inputs: EstimateInputs,
	hours: Range,
	rate: number,
	rateIsDefault: boolean,
	renewal: boolean,
): LineItem[] {
	const size = V.sizeFactor[inputs.size];
	const weight = reportWeight(inputs);
	const scope = scopeFactor(inputs);
	const rateText = `${formatExactDollars(rate)} an hour${rateIsDefault ? ' (default)' : ''}`;
	const hoursText = `${formatEstimatedCount(hours.low)}–${formatEstimatedCount(hours.high)} staff hours at ${rateText}`;
	const fee = renewal
		? typeTwoFee(inputs)
		: times(typeTwoFee(inputs), inputs.type === 1 ? V.typeOneShare : constant(1));
	const firm = FIRM_TIERS.find((f) => f.id === inputs.firm)?.label ?? '';
	return [
		item(
			'readiness',
			'Readiness assessment',
			!renewal,
			times(V.readinessFee, V.readinessScale[inputs.readiness], size, scope, weight),
			'An outside gap review before the examination.',
		),
		item(
			'internal',
			renewal ? 'Internal upkeep' : 'Remediation and internal effort',
			true,
			times(hours, rate),
			hoursText + '.',
		),
		// No dated, published price range exists for either, so neither is priced; drivers() says so
		// when they are chosen, and the items stay out of every total.
		item(
			'tooling',
			'Compliance-automation platform',
			false,
			ZERO,
			'Not priced: ask vendors for a quote.',
		),
		item('pentest', 'Penetration test', false, ZERO, 'Not priced: ask testing firms for a quote.'),
		item(
			'audit',
			`Audit fee (${renewal ? reportName({ ...inputs, type: 2 }) : reportName(inputs)})`,
			true,
			fee,
			`${firm}${renewal ? `, ${V.renewalAudit}-month period` : ''}.`,
		),
		item(
			'soc3',
			'SOC 3 report',
			soc3Applies(inputs),
			soc3Fee(inputs),
			'A short public report on the same period, almost always examined together with the SOC 2 Type 2.',
		),
	];
}

const total = (items: LineItem[]): Range => plus(...items.map((i) => i.cost));

const PHASE_LABELS: Record<PhaseId, string> = {
	scoping: 'Scoping and planning',
	readiness: 'Readiness assessment',
	remediation: 'Remediation',
	window: 'Observation window',
	fieldwork: 'Auditor fieldwork',
	report: 'Report drafting and issue',
};

/** Whole days in a number of weeks, rounding up; the tolerance keeps 4 × 7 at 28, not 29. */
const weeksToDays = (weeks: Range): Range => byLevel((l) => Math.ceil(weeks[l] * 7 - 1e-9));

interface PhasePlan {
	id: PhaseId;
	days: Range;
	months: number | null;
}

function phasePlan(inputs: EstimateInputs): PhasePlan[] {
	// SOC 1 and SOC 2 together run as one engagement on one aligned period; how much longer that
	// takes has no dated published figure, so the timeline is one engagement's (drivers() says so).
	const pace = V.sizePace[inputs.size];
	const prepPace = pace * (inputs.platform ? 1 - V.platformSaving : 1);
	const categoryWeeks = optionalCategories(inputs).map((c) => V.categoryWeeks[c]);
	const plan: PhasePlan[] = [
		{ id: 'scoping', days: weeksToDays(V.scopingWeeks), months: null },
		{
			id: 'readiness',
			days: weeksToDays(times(V.readinessWeeks, V.readinessScale[inputs.readiness], prepPace)),
			months: null,
		},
		{
			id: 'remediation',
			days: weeksToDays(
				times(plus(V.remediationWeeks[inputs.readiness], ...categoryWeeks), prepPace),
			),
			months: null,
		},
	];
	if (inputs.type === 2) plan.push({ id: 'window', days: ZERO, months: inputs.window });
	plan.push(
		{
			id: 'fieldwork',
			days: weeksToDays(
				times(V.fieldworkWeeks[inputs.type === 1 ? 'type1' : 'type2'], pace, scopeFactor(inputs)),
			),
			months: null,
		},
		{ id: 'report', days: weeksToDays(V.reportWeeks), months: null },
	);
	return plan;
}

/** Lays the phases end to end from the start date, once per scenario. */
export function buildTimeline(inputs: EstimateInputs): Timeline {
	const plan = phasePlan(inputs);
	const scenario = (level: Level): PhaseDates[] => {
		let cursor = inputs.startDate;
		return plan.map((p) => {
			const start = cursor;
			let end: string;
			if (p.months !== null) {
				// A window of m months runs from its first day to the day before the same date m months on.
				end = addDays(addMonths(start, p.months), -1);
				cursor = addDays(end, 1);
			} else if (p.days[level] === 0) {
				end = start;
			} else {
				end = addDays(start, p.days[level] - 1);
				cursor = addDays(end, 1);
			}
			return { start, end };
		});
	};
	const [earliest, typical, latest] = LEVELS.map(scenario) as [
		PhaseDates[],
		PhaseDates[],
		PhaseDates[],
	];
	const phases: Phase[] = plan.map((p, i) => {
		const dates = (list: PhaseDates[]) => list[i] as PhaseDates;
		const windowDays = (list: PhaseDates[]) => daysBetween(dates(list).start, dates(list).end) + 1;
		// A window's length in days depends on which months it spans, so its range is the shortest
		// and longest of the three scenarios rather than a value per scenario.
		const spans = [windowDays(earliest), windowDays(typical), windowDays(latest)];
		return {
			id: p.id,
			label: PHASE_LABELS[p.id],
			days:
				p.months !== null
					? { low: Math.min(...spans), typical: spans[1] as number, high: Math.max(...spans) }
					: p.days,
			months: p.months,
			earliest: dates(earliest),
			typical: dates(typical),
			latest: dates(latest),
		};
	});
	const last = (list: PhaseDates[]) => (list[list.length - 1] as PhaseDates).end;
	const reportDate = { earliest: last(earliest), typical: last(typical), latest: last(latest) };
	return {
		phases,
		reportDate,
		totalDays: {
			low: daysBetween(inputs.startDate, reportDate.earliest),
			typical: daysBetween(inputs.startDate, reportDate.typical),
			high: daysBetween(inputs.startDate, reportDate.latest),
		},
	};
}

/** The plain-language reasons behind the figures, most important first. */
function drivers(inputs: EstimateInputs): string[] {
	const out: string[] = [];
	if (inputs.type === 2) {
		out.push(
			`A Type 2 needs a ${inputs.window}-month observation window. Evidence has to build up as ` +
				`controls run, so no tool or budget shortens it.`,
		);
	}
	if (inputs.readiness === 'none' || inputs.readiness === 'informal') {
		out.push(
			'Controls that are not yet documented or evidenced are the biggest driver of preparation ' +
				'time and staff effort.',
		);
	}
	if (inputs.firm !== 'boutique') {
		out.push(
			inputs.firm === 'big4'
				? 'Big 4 fees run several times a specialist firm’s; most customers accept either.'
				: 'A mid-tier national firm usually charges more than a specialist firm.',
		);
	}
	if (inputs.report === 'both') {
		out.push(
			'Two reports share most evidence, but each needs its own testing and opinion. The timeline ' +
				'shows one engagement on one aligned period; we found no dated published figure for how ' +
				'much longer two reports take, so allow extra time.',
		);
	}
	const extra = optionalCategories(inputs).length;
	if (extra > 0) {
		out.push(
			`${extra + 1} Trust Services categories are in scope; each one beyond Security adds ` +
				`criteria to meet and test.`,
		);
	}
	if (inputs.size !== 'startup') {
		const size = SIZES.find((s) => s.id === inputs.size)?.label.toLowerCase() ?? '';
		out.push(`With ${size}, there are more people, systems and samples to test.`);
	}
	if (inputs.systems > 2) {
		out.push(
			`${plural(inputs.systems, 'in-scope system or location', 'in-scope systems or locations')} ` +
				`widen what the auditor has to cover.`,
		);
	}
	if (inputs.subservice > 0) {
		out.push(
			`${plural(inputs.subservice, 'subservice organization')} ${inputs.subservice === 1 ? 'adds' : 'add'} vendor monitoring and description ` +
				`work. We found no dated published figure for its cost, so the estimate does not price it.`,
		);
	}
	if (inputs.platform) {
		out.push(
			'The compliance platform cuts preparation time and staff hours. Its yearly subscription is ' +
				'not in the totals: we found no dated published price range, so add your vendor’s quote.',
		);
	}
	if (inputs.penTest) {
		out.push(
			'The criteria do not require a penetration test, but auditors widely expect one. It is not in ' +
				'the totals: we found no dated published price range, so add a testing firm’s quote.',
		);
	}
	return out;
}

/** Judges a deadline against a timeline (see ./deadline, which the page loads only when needed). */
export type DeadlineChecker = (
	inputs: EstimateInputs,
	timeline: Timeline,
	today: string,
) => DeadlineCheck | null;

/**
 * The estimate for a set of inputs. `today` only fills in a start date when the inputs carry an
 * unusable one; any other out-of-range value is clamped, so this never throws. The deadline is
 * judged only when a `checkDeadline` (from ./deadline) is given; otherwise `deadline` is null.
 */
export function estimate(
	rawInputs: EstimateInputs,
	today?: string,
	checkDeadline?: DeadlineChecker,
): Estimate {
	const inputs = sanitizeInputs(rawInputs, today ?? String(rawInputs?.startDate));
	const now = today !== undefined && inRangeStart(today) ? today : inputs.startDate;
	const rateIsDefault = inputs.hourlyRate === null;
	const rate = inputs.hourlyRate ?? V.defaultHourlyRate;
	const hours = firstYearHours(inputs);
	const items = costItems(inputs, hours, rate, rateIsDefault, false);
	const renewalItems = costItems(inputs, renewalHours(inputs), rate, rateIsDefault, true).filter(
		(i) => i.id !== 'readiness',
	);
	const timeline = buildTimeline(inputs);
	return {
		inputs,
		items,
		firstYear: total(items),
		renewal: total(renewalItems),
		renewalItems,
		internalHours: hours,
		hourlyRate: rate,
		hourlyRateIsDefault: rateIsDefault,
		timeline,
		deadline: checkDeadline ? checkDeadline(inputs, timeline, now) : null,
		drivers: drivers(inputs),
	};
}

/**
 * Line items the reader chose that the model does not price (no dated, published price range), so
 * exports can name them next to a total that leaves them out.
 */
export function unpricedItems(e: Estimate): LineItem[] {
	const chosen: Partial<Record<LineItem['id'], boolean>> = {
		tooling: e.inputs.platform,
		pentest: e.inputs.penTest,
	};
	return e.items.filter((i) => !i.included && chosen[i.id] === true);
}

/** Labels of the chosen categories, for summaries. */
export function categoryLabels(inputs: EstimateInputs): string[] {
	if (!includesSoc2(inputs.report)) return [];
	return CATEGORIES.filter((c) => inputs.categories.includes(c.id)).map((c) => c.label);
}

export { reportName };
