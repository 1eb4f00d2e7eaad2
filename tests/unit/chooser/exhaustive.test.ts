/**
 * Every complete set of answers, through the rules: each must give one valid, internally
 * consistent recommendation. Checks run in one pass and are reported per invariant, so a failure
 * names the rule that broke and the first answers that broke it.
 */
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	COMMITMENTS,
	QUESTION_IDS,
	type Answers,
	type CommitmentChoice,
} from '../../../src/lib/chooser/questions';
import { CATEGORY_FOR } from '../../../src/lib/chooser/answer-rules';
import { recommendReport, type Recommendation } from '../../../src/lib/chooser/rules';
import {
	CATEGORIES,
	READINESS_LEVELS,
	REPORT_NAMES,
	labelOf,
	typeLabel,
	type ReportName as ReportId,
} from '../../../src/lib/engagement/vocabulary';
import {
	estimatorQueryFor,
	parseChooserQuery,
	serializeChooserAnswers,
} from '../../../src/lib/chooser/query';
import { parseEstimateQuery } from '../../../src/lib/estimator/query';
import { ANSWER_SPACE_SIZE, allAnswers } from './answer-space';
import { publishedChapterSlugs } from '../../support/content';

/** The day of answering: dates in recommendations count from it. */
const TODAY = '2026-12-04';

/** The book's chapter slugs, read from content/chapters. */
const BOOK_SLUGS = new Set(publishedChapterSlugs());

/** The reports and the categories in the shared vocabulary's order. */
const REPORT_ORDER: ReportId[] = REPORT_NAMES.map((r) => r.id);
const TSC_CATEGORIES = CATEGORIES.map((c) => c.id);
const NOT_OPERATING = new Set(['none', 'informal', 'unsure']);

/** Everything a visitor sees as text in a recommendation. */
function allText(r: Recommendation): string[] {
	return [
		r.headline,
		...r.reasons.map((n) => n.text),
		...r.caveats.map((n) => n.text),
		...r.toConfirm.map((n) => n.text),
		...r.instead,
		...(r.type?.steps.map((s) => s.text) ?? []),
	];
}

/** True when the answers contain this question=value (a ticked box counts for commitments). */
function gave(a: Answers, question: string, value: string): boolean {
	if (question === 'commitments') {
		return value === 'none'
			? a.commitments.length === 0
			: a.commitments.includes(value as CommitmentChoice);
	}
	return (a as unknown as Record<string, string>)[question] === value;
}

/** The outcome without the reasons, to compare two recommendations' substance. */
function outcome(r: Recommendation): string {
	const { reasons: _reasons, ...rest } = r;
	return JSON.stringify(rest);
}

type Check = (a: Answers, r: Recommendation) => string | null | false | undefined;

const INVARIANTS: Record<string, Check> = {
	'reports are unique and ordered SOC 1, SOC 2, SOC 3': (_a, r) =>
		JSON.stringify(r.reports) !==
			JSON.stringify(REPORT_ORDER.filter((x) => r.reports.includes(x))) && `reports ${r.reports}`,

	'never a SOC 3 without a SOC 2': (_a, r) =>
		r.reports.includes('soc3') && !r.reports.includes('soc2') && 'SOC 3 alone',

	'a SOC 3 is handed on only with a Type II plan, and always with it': (_a, r) => {
		const plans = [r.plan, r.nextPlan].filter((p) => p !== null);
		if (plans.some((p) => p.soc3 && p.type !== 2)) return 'SOC 3 in a Type I plan';
		if (!r.reports.includes('soc3')) return plans.some((p) => p.soc3) && 'SOC 3 not recommended';
		return !plans.some((p) => p.type === 2 && p.soc3) && 'SOC 3 dropped from the Type II plan';
	},

	'scope matches the reports': (_a, r) => {
		const s1 = r.reports.includes('soc1');
		const s2 = r.reports.includes('soc2');
		const expected = s1 && s2 ? 'both' : s1 ? 'soc1' : s2 ? 'soc2' : 'none';
		return r.scope !== expected && `scope ${r.scope} for ${r.reports}`;
	},

	'categories start with Security and appear only with a SOC 2': (_a, r) => {
		if (!r.reports.includes('soc2')) return r.categories.length > 0 && `categories without SOC 2`;
		return r.categories[0] !== 'security' && `categories ${r.categories}`;
	},

	'categories are Security plus exactly the promises made': (a, r) => {
		if (!r.reports.includes('soc2')) return null;
		const expected = TSC_CATEGORIES.filter(
			(c) =>
				c === 'security' ||
				COMMITMENTS.some((p) => a.commitments.includes(p) && CATEGORY_FOR[p] === c),
		);
		return (
			JSON.stringify(r.categories) !== JSON.stringify(expected) && `categories ${r.categories}`
		);
	},

	'categories to check: only with SOC 2 and "not sure", never already included': (a, r) => {
		if (r.categoriesToCheck.some((c) => r.categories.includes(c) || c === 'security'))
			return 'overlap';
		const unsure = a.commitments.includes('unsure');
		const missing = COMMITMENTS.filter((p) => !a.commitments.includes(p)).length;
		const expected = r.reports.includes('soc2') && unsure ? missing : 0;
		return r.categoriesToCheck.length !== expected && `to check ${r.categoriesToCheck}`;
	},

	'"also consider" never repeats a recommendation, and SOC 3 only alongside SOC 2': (_a, r) =>
		(r.alsoConsider.some((x) => r.reports.includes(x)) ||
			(r.alsoConsider.includes('soc3') && !r.reports.includes('soc2'))) &&
		`also ${r.alsoConsider} with ${r.reports}`,

	'no report exactly when there is no plan, and then there is something to do instead': (_a, r) => {
		const none = r.reports.length === 0;
		return (
			(none !== (r.scope === 'none') ||
				none !== (r.type === null) ||
				none !== r.instead.length > 0 ||
				none !== (estimatorQueryFor(r) === null)) &&
			`reports ${r.reports}, type ${r.type?.first}, instead ${r.instead.length}`
		);
	},

	'the type plan is consistent: Type I is followed by Type II, steps add up': (_a, r) => {
		const t = r.type;
		if (!t) return null;
		const kinds = t.steps.map((s) => s.kind);
		if (t.first === 1 && (t.then !== 2 || !kinds.includes('type1')))
			return 'Type I without follow-up';
		if (t.first === 2 && (t.then !== null || kinds.includes('type1')))
			return 'Type II with a Type I';
		if (!kinds.includes('type2')) return 'no Type II step';
		if (t.steps.some((s) => s.days.low > s.days.high || s.days.low < 0)) return 'bad durations';
		const ordered = (d: { earliest: string; typical: string; latest: string }) =>
			d.earliest <= d.typical && d.typical <= d.latest;
		if (!ordered(t.firstReport)) return `first report ${JSON.stringify(t.firstReport)}`;
		if ((t.first === 1) !== (t.nextReport !== null)) return 'next report without a Type I';
		if (t.nextReport && !ordered(t.nextReport))
			return `next report ${JSON.stringify(t.nextReport)}`;
		return null;
	},

	'never Type II for controls not yet operating unless the plan says when': (a, r) => {
		const t = r.type;
		if (!t || t.first !== 2 || !NOT_OPERATING.has(a.controls)) return null;
		const kinds = t.steps.map((s) => s.kind);
		const readiness = kinds.indexOf('readiness');
		const observe = kinds.indexOf('observe');
		const type2 = kinds.indexOf('type2');
		const observed = t.steps[observe];
		return (
			(readiness < 0 ||
				observe < readiness ||
				type2 < observe ||
				!observed ||
				observed.days.low < 3 * 28) &&
			`steps ${kinds}`
		);
	},

	'a Type I comes first only when a Type II would miss the date and a Type I arrives sooner': (
		_a,
		r,
	) => {
		const t = r.type;
		if (!t) return null;
		if (t.due === null) return t.first !== 2 && 'Type I first without a date';
		if (t.first !== 1) return null;
		return (
			(t.nextReport === null ||
				t.nextReport.typical <= t.due ||
				t.firstReport.typical >= t.nextReport.typical) &&
			`Type I first, but the Type II arrives ${t.nextReport?.typical} for ${t.due}`
		);
	},

	'the fit with the date is what the dates say': (_a, r) => {
		const t = r.type;
		if (!t) return null;
		if (t.due === null) return t.fit !== null && `fit ${t.fit} without a date`;
		const expected =
			t.firstReport.typical <= t.due
				? 'on-track'
				: t.firstReport.earliest <= t.due
					? 'tight'
					: 'not-feasible';
		return (
			(t.fit !== expected || t.tight !== (expected !== 'on-track')) &&
			`fit ${t.fit}, expected ${expected}`
		);
	},

	'what the visitor needs is always in the recommendation': (a, r) => {
		const has = (x: ReportId) => r.reports.includes(x);
		if (a.financial === 'yes' && !has('soc1')) return 'financial=yes without SOC 1';
		if ((a.asked === 'soc1' || a.asked === 'both') && !has('soc1'))
			return 'asked SOC 1, none given';
		if ((a.asked === 'soc2' || a.asked === 'both') && !has('soc2'))
			return 'asked SOC 2, none given';
		if (a.public === 'yes' && !has('soc3')) return 'wanted public, no SOC 3';
		return null;
	},

	'SOC 1 only for financial reporting or when a customer asks': (a, r) =>
		r.reports.includes('soc1') &&
		a.financial !== 'yes' &&
		a.asked !== 'soc1' &&
		a.asked !== 'both' &&
		'SOC 1 without cause',

	'a service that touches customer data always ends up with SOC 2 recommended or suggested': (
		a,
		r,
	) =>
		a.data === 'yes' &&
		!r.reports.includes('soc2') &&
		!r.alsoConsider.includes('soc2') &&
		'SOC 2 missing',

	'every reason, caveat and thing to confirm points to answers actually given': (a, r) => {
		const notes = [...r.reasons, ...r.caveats, ...r.toConfirm];
		if (r.reasons.length === 0) return 'no reasons';
		const bad = notes.find(
			(n) => n.because.length === 0 || n.because.some((b) => !gave(a, b.question, b.value)),
		);
		return bad && `"${bad.text.slice(0, 40)}" because ${JSON.stringify(bad.because)}`;
	},

	'every "not sure" leads to something to find out': (a, r) => {
		const unsure = QUESTION_IDS.filter((q) => gave(a, q, 'unsure'));
		const confirmed = new Set(r.toConfirm.flatMap((n) => n.because.map((b) => b.question)));
		const missing = unsure.filter((q) => !confirmed.has(q));
		return missing.length > 0 && `no follow-up for ${missing}`;
	},

	'chapters: one to five, unique, all in the book': (_a, r) =>
		(r.chapters.length < 1 ||
			r.chapters.length > 5 ||
			new Set(r.chapters).size !== r.chapters.length ||
			r.chapters.some((c) => !BOOK_SLUGS.has(c))) &&
		`chapters ${r.chapters}`,

	'the headline names each recommended report and the type': (_a, r) => {
		if (r.scope === 'none') return !/^(No SOC report|Not clear yet)/.test(r.headline) && r.headline;
		const missing = r.reports.filter((x) => !r.headline.includes(labelOf(REPORT_NAMES, x)));
		const type = r.type?.first === 1 ? `${typeLabel(1)} now, ${typeLabel(2)} next` : typeLabel(2);
		return (missing.length > 0 || !r.headline.includes(type)) && r.headline;
	},

	'no text calls a report a certification or is empty': (_a, r) =>
		allText(r).find((t) => /certif/i.test(t) || t.trim() === ''),

	'the estimator query follows the shared contract': (_a, r) => {
		for (const stage of ['first', 'next'] as const) {
			const q = estimatorQueryFor(r, stage);
			if (!q || !r.type) continue;
			const keys = [...q.keys()];
			if (keys.some((k) => !['report', 'type', 'tsc', 'soc3', 'readiness', 'deadline'].includes(k)))
				return `keys ${keys}`;
			if (q.get('report') !== r.scope) return `report ${q.get('report')}`;
			const type = q.get('type');
			const expectedType = stage === 'next' && r.type.then ? '2' : String(r.type.first);
			if (type !== expectedType) return `type ${type} at ${stage}`;
			if ((q.get('tsc') ?? '') !== r.categories.join(',')) return `tsc ${q.get('tsc')}`;
			if (q.has('soc3') && (q.get('soc3') !== '1' || type !== '2' || !r.reports.includes('soc2')))
				return 'soc3 without SOC 2 Type II';
			if (r.reports.includes('soc3') && type === '2' && !q.has('soc3')) return 'soc3 dropped';
			if (q.has('readiness') && !READINESS_LEVELS.some((l) => l.id === q.get('readiness')))
				return 'bad readiness';
		}
		return null;
	},

	'answers survive a round trip through the URL': (a) => {
		const parsed = parseChooserQuery(`?${serializeChooserAnswers(a)}`, { today: TODAY });
		return (
			(parsed.notices.length > 0 || !isDeepStrictEqual(parsed.answers, a)) &&
			`round trip gave ${JSON.stringify(parsed)}`
		);
	},

	'"not sure" is never treated as "no"': (a, r) => {
		for (const q of ['financial', 'data', 'public'] as const) {
			if (a[q] !== 'unsure') continue;
			if (outcome(recommendReport({ ...a, [q]: 'no' }, TODAY)) === outcome(r))
				return `${q}=unsure same as no`;
		}
		if (a.commitments.length === 1 && a.commitments[0] === 'unsure') {
			if (outcome(recommendReport({ ...a, commitments: [] }, TODAY)) === outcome(r))
				return 'commitments=unsure same as none';
		}
		if (
			a.deadline === 'unsure' &&
			outcome(recommendReport({ ...a, deadline: 'later' }, TODAY)) === outcome(r)
		)
			return 'deadline=unsure same as later';
		return null;
	},
};

const failures = new Map<string, string[]>();
const outcomesReached = new Set<string>();
/** Every distinct estimator hand-off the chooser can produce. */
const estimatorSearches = new Set<string>();
let visited = 0;
let repeated = 0;

beforeAll(() => {
	for (const name of [...Object.keys(INVARIANTS), 'same answers, same recommendation']) {
		failures.set(name, []);
	}
	for (const answers of allAnswers()) {
		const recommendation = recommendReport(answers, TODAY);
		for (const [name, check] of Object.entries(INVARIANTS)) {
			const problem = check(answers, recommendation);
			const list = failures.get(name)!;
			if (problem && list.length < 3) list.push(`${serializeChooserAnswers(answers)} → ${problem}`);
		}
		const { scope, reports, type } = recommendation;
		outcomesReached.add(`${scope}${reports.includes('soc3') ? '+soc3' : ''}:${type?.first ?? '-'}`);
		for (const stage of ['first', 'next'] as const) {
			const search = estimatorQueryFor(recommendation, stage)?.toString();
			if (search) estimatorSearches.add(search);
		}
		// A sample is enough to show the rules keep no state between calls.
		if (visited++ % 97 === 0) {
			repeated++;
			if (outcome(recommendReport(structuredClone(answers), TODAY)) !== outcome(recommendation)) {
				failures.get('same answers, same recommendation')?.push(serializeChooserAnswers(answers));
			}
		}
	}
}, 180_000);

describe(`every combination of answers (${ANSWER_SPACE_SIZE.toLocaleString('en')} in all)`, () => {
	it('visits the whole answer space', () => {
		expect(visited, 'the enumeration should cover every combination exactly once').toBe(
			ANSWER_SPACE_SIZE,
		);
		expect(ANSWER_SPACE_SIZE, '3×3×32×3×6×5×6 answers').toBe(155_520);
	});

	it.each(Object.keys(INVARIANTS))('%s', (name) => {
		expect(failures.get(name), `first answers that break "${name}"`).toEqual([]);
	});

	it('gives the same recommendation for the same answers', () => {
		expect(repeated, 'a sample across the space').toBeGreaterThan(1500);
		expect(failures.get('same answers, same recommendation'), 'answers that changed').toEqual([]);
	});

	it('reaches every kind of outcome the issue names, and no other', () => {
		expect([...outcomesReached].sort(), 'report and type combinations reached').toEqual(
			[
				'both+soc3:1',
				'both+soc3:2',
				'both:1',
				'both:2',
				'none:-',
				'soc1:1',
				'soc1:2',
				'soc2+soc3:1',
				'soc2+soc3:2',
				'soc2:1',
				'soc2:2',
			].sort(),
		);
	});

	it('hands the estimator only queries it reads in full, without a notice', () => {
		expect(estimatorSearches.size, 'distinct hand-offs').toBeGreaterThan(100);
		const problems: string[] = [];
		for (const search of estimatorSearches) {
			const { notices, applied } = parseEstimateQuery(search, TODAY);
			const sent = [...new URLSearchParams(search).keys()];
			const dropped = sent.filter((k) => !(applied as string[]).includes(k));
			if (notices.length > 0 || dropped.length > 0) {
				problems.push(`${search}: ${notices.map((n) => n.message).join(' ')} dropped ${dropped}`);
			}
		}
		expect(problems.slice(0, 5)).toEqual([]);
	});
});
