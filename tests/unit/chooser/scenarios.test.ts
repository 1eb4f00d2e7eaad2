/** Typical visitors, and what the chooser should tell each of them. */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/lib/chooser/questions';
import { EXAMPLE_VISITORS } from '../../../src/lib/chooser/examples';
import { recommendReport } from '../../../src/lib/chooser/rules';
import { estimatorSearchFor } from '../../../src/lib/chooser/query';
import { addMonths, formatDate } from '../../../src/lib/engagement/dates';

/** The day of answering; "within 12 months" and the model's dates count from it. */
const TODAY = '2026-12-04';
const recommend = (a: Answers) => recommendReport(a, TODAY);
const inMonths = (n: number) => addMonths(TODAY, n);

const base: Answers = {
	financial: 'no',
	data: 'yes',
	commitments: [],
	public: 'no',
	asked: 'soc2',
	deadline: 'later',
	controls: 'over-6m',
};

/** The answers of one of the typical visitors the chooser page shows. */
function example(id: string): Answers {
	const visitor = EXAMPLE_VISITORS.find((v) => v.id === id);
	if (!visitor) throw new Error(`no example visitor ${id}`);
	return visitor.answers;
}

const stepKinds = (a: Answers) => recommend(a).type?.steps.map((s) => s.kind);

describe('scenarios', () => {
	it('a payroll processor gets SOC 1 Type 2, with SOC 2 as an optional companion', () => {
		const answers = example('payroll');
		const r = recommend(answers);
		expect(r.reports, 'payroll feeds customers’ financial statements').toEqual(['soc1']);
		expect(r.headline).toBe('SOC 1, Type 2');
		expect(r.alsoConsider, 'customer data points to SOC 2 as a companion').toEqual(['soc2']);
		expect(r.caveats[0]?.text, 'the companion SOC 2 carries the promised categories').toMatch(
			/Processing Integrity and Privacy/,
		);
		expect(r.chapters).toContain('soc-1');
		expect(r.type?.fit, 'a year leaves time for the Type 2').toBe('on-track');
		expect(estimatorSearchFor(r)).toBe(
			`report=soc1&type=2&readiness=mature&deadline=${inMonths(12)}`,
		);
	});

	it('a SaaS company holding customer data gets SOC 2 Type 2 with the categories it promises', () => {
		const r = recommend(example('saas'));
		expect(r.scope).toBe('soc2');
		expect(r.categories).toEqual(['security', 'availability', 'confidentiality']);
		expect(r.type?.first, 'three to six months of records can be tested').toBe(2);
		expect(r.type?.tight).toBe(false);
		expect(r.reasons.map((n) => n.because[0]?.question)).toEqual([
			'asked',
			'commitments',
			'commitments',
			'controls',
		]);
		expect(estimatorSearchFor(r)).toBe(
			`report=soc2&type=2&tsc=security,availability,confidentiality&readiness=mature&deadline=${inMonths(12)}`,
		);
	});

	it('a data centre serving both kinds of customers gets SOC 1 and SOC 2', () => {
		const r = recommend(example('data-centre'));
		expect(r.scope).toBe('both');
		expect(r.reports).toEqual(['soc1', 'soc2']);
		expect(r.categories).toEqual(['security', 'availability']);
		expect(r.headline).toBe('SOC 1 and SOC 2, Type 2');
		expect(
			r.toConfirm.map((n) => n.because[0]?.question),
			'the unsure answer still gets a follow-up',
		).toEqual(['financial']);
		expect(r.chapters[0]).toBe('soc-1-vs-soc-2-vs-soc-3');
		expect(estimatorSearchFor(r)).toContain('report=both');
	});

	it('a company wanting a public report gets SOC 2 Type 2 plus a SOC 3', () => {
		const r = recommend(example('public-report'));
		expect(r.reports).toEqual(['soc2', 'soc3']);
		expect(r.headline).toBe('SOC 2, Type 2, plus a SOC 3 to publish');
		expect(r.plan, 'the SOC 3 comes with the Type 2').toMatchObject({ type: 2, soc3: true });
		expect(r.caveats.map((n) => n.text).join(' ')).toMatch(/leaves out the detailed tests/);
		expect(estimatorSearchFor(r)).toBe(
			'report=soc2&type=2&tsc=security&soc3=1&readiness=mature&deadline=none',
		);
	});

	it('a tight deadline with immature controls gets Type 1 now and Type 2 next', () => {
		const answers = example('tight-deadline');
		const r = recommend(answers);
		expect(r.type?.first).toBe(1);
		expect(r.type?.then).toBe(2);
		expect(r.type?.tight, 'even a Type 1 is a stretch from informal routines').toBe(true);
		expect(r.type?.fit, 'three months is too short even for a Type 1').toBe('not-feasible');
		expect(r.type?.firstReport.typical, 'the Type 1 arrives before the Type 2').toBeDefined();
		expect(r.type!.firstReport.typical < r.type!.nextReport!.typical).toBe(true);
		expect(stepKinds(answers)).toEqual(['readiness', 'type1', 'observe', 'type2']);
		expect(r.headline).toBe('SOC 2, Type 1 now, Type 2 next');
		expect(r.chapters).toContain('type-1-vs-type-2');
		expect(r.caveats.map((n) => n.text).join(' ')).toMatch(/misses your date/);
		expect(estimatorSearchFor(r), 'the estimate for the Type 1 to get now').toBe(
			`report=soc2&type=1&tsc=security,confidentiality&readiness=informal&deadline=${inMonths(3)}`,
		);
		expect(estimatorSearchFor(r, 'next'), 'and for the Type 2 that follows').toBe(
			`report=soc2&type=2&tsc=security,confidentiality&readiness=informal&deadline=${inMonths(3)}`,
		);
	});

	it('a public report on a tight deadline: the SOC 3 waits for the Type 2', () => {
		const answers: Answers = { ...example('tight-deadline'), public: 'yes' };
		const r = recommend(answers);
		expect(stepKinds(answers)).toEqual(['readiness', 'type1', 'observe', 'type2']);
		expect(r.headline).toBe('SOC 2, Type 1 now, Type 2 next, plus a SOC 3 to publish');
		expect(estimatorSearchFor(r), 'no SOC 3 from a Type 1').not.toContain('soc3');
		expect(estimatorSearchFor(r, 'next')).toContain('soc3=1');
	});

	it('every typical visitor on the page has a distinct recommendation', () => {
		const headlines = EXAMPLE_VISITORS.map((v) => recommend(v.answers).headline);
		expect(new Set(headlines).size, headlines.join(' | ')).toBe(EXAMPLE_VISITORS.length);
	});

	it('immature controls with no date go straight to Type 2, and the plan says when', () => {
		const answers: Answers = { ...base, controls: 'none', deadline: 'later' };
		const r = recommend(answers);
		expect(r.type?.first).toBe(2);
		expect(stepKinds(answers)).toEqual(['readiness', 'observe', 'type2']);
		expect(r.type?.fit, 'no date, nothing to fit').toBeNull();
		expect(r.type?.reason.text).toMatch(/do not need a Type 1 first/);
		expect(r.type?.reason.text, 'the plan says when, in dates').toContain(
			formatDate(r.type!.firstReport.typical),
		);
		expect(
			r.type!.firstReport.typical > inMonths(6),
			'setting up controls and a window take more than six months',
		).toBe(true);
	});

	it('a business that touches neither data nor finances, and was not asked, needs no report yet', () => {
		const r = recommend({ ...base, data: 'no', asked: 'none' });
		expect(r.scope).toBe('none');
		expect(r.headline).toBe('No SOC report needed yet');
		expect(r.instead.length, 'says what to do instead').toBeGreaterThanOrEqual(3);
		expect(r.toConfirm).toEqual([]);
		expect(estimatorSearchFor(r), 'nothing to estimate').toBeNull();
	});

	it('a visitor unsure about everything is told what to find out, not "no report"', () => {
		const r = recommend({
			financial: 'unsure',
			data: 'unsure',
			commitments: ['unsure'],
			public: 'unsure',
			asked: 'unsure',
			deadline: 'unsure',
			controls: 'unsure',
		});
		expect(r.headline).toBe('Not clear yet: check a few things first');
		expect(r.toConfirm, 'one follow-up per question').toHaveLength(7);
		expect(r.instead[0]).toMatch(/Find out/);
	});

	it('a request for "a SOC report" means SOC 2, and an unsure financial answer keeps SOC 1 in view', () => {
		const r = recommend({ ...base, financial: 'unsure', asked: 'unspecified' });
		expect(r.reports).toEqual(['soc2']);
		expect(r.alsoConsider).toEqual(['soc1']);
		expect(r.toConfirm.map((n) => n.because[0]?.question)).toEqual(['financial', 'asked']);
	});

	it('a customer asking for SOC 1 from a service outside financial reporting gets a warning', () => {
		const r = recommend({ ...base, asked: 'soc1' });
		expect(r.reports).toEqual(['soc1']);
		expect(r.caveats.map((n) => n.text).join(' ')).toMatch(/Holding financial data alone/);
		expect(r.alsoConsider).toEqual(['soc2']);
	});
});
