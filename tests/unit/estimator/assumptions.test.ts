import { describe, expect, it } from 'vitest';
import raw from '../../../content/estimator-assumptions.json';
import { DATA, validateAssumptions } from '../../../src/lib/estimator/assumptions';
import { defaultInputs } from '../../../src/lib/estimator/inputs';
import { estimate } from './full-estimate';
import { daysToMonths } from '../../../src/lib/estimator/format';
import { scenarioResults } from '../../../src/lib/estimator/scenarios';
import { certificationClaims } from '../../../src/lib/book/wording';
import { summaryText } from '../../../src/lib/estimator/export';

const copy = (): Record<string, any> => structuredClone(raw) as Record<string, any>;

describe('assumption data', () => {
	it('passes validation and cites only listed sources', () => {
		// The module validated the file when it was imported; what the site uses is what the
		// validator makes of the file, not the raw JSON.
		expect(validateAssumptions(raw)).toStrictEqual(DATA);
		const ids = new Set(DATA.sources.map((s) => s.id));
		for (const [key, a] of Object.entries(DATA.assumptions)) {
			for (const id of a.sources) expect(ids.has(id), `${key} cites ${id}`).toBe(true);
		}
	});

	it('gives every number a source, unless it says it is our own judgment', () => {
		for (const [key, a] of Object.entries(DATA.assumptions)) {
			if (a.basis !== 'judgment')
				expect(a.sources.length, `${key} needs a source`).toBeGreaterThan(0);
		}
	});

	it('lists every source it cites, and cites every source it lists', () => {
		const cited = new Set<string>();
		for (const a of Object.values(DATA.assumptions)) a.sources.forEach((s: string) => cited.add(s));
		for (const c of Object.values(DATA.checks)) c.sources.forEach((s: string) => cited.add(s));
		for (const s of DATA.sources) expect(cited.has(s.id), `${s.id} is never cited`).toBe(true);
	});

	it.each([
		[
			'a negative fee',
			(d: any) => (d.values.auditFee.boutique.low = -1),
			/values\.auditFee\.boutique\.low/,
		],
		[
			'low above high',
			(d: any) => (d.values.readinessFee.low = 1e9),
			/values\.readinessFee must keep/,
		],
		['a text number', (d: any) => (d.values.defaultHourlyRate = '60'), /values\.defaultHourlyRate/],
		['NaN smuggled in', (d: any) => (d.values.soc3Share.typical = Number.NaN), /values\.soc3Share/],
		[
			'an unknown source',
			(d: any) => d.assumptions.sizeFactor.sources.push('nowhere'),
			/unknown source "nowhere"/,
		],
		[
			'a missing assumption',
			(d: any) => delete d.values.reportWeeks,
			/values\.reportWeeks is missing/,
		],
		['an unused assumption', (d: any) => (d.values.extra = 1), /values\.extra is not used/],
		['a missing firm tier', (d: any) => delete d.values.auditFee.big4, /values\.auditFee\.big4/],
		[
			'shrinking with size',
			(d: any) => (d.values.sizeFactor.enterprise = 1.1),
			/values\.sizeFactor\.enterprise/,
		],
		[
			'more remediation when more ready',
			(d: any) => (d.values.remediationWeeks.mature.high = 99),
			/values\.remediationWeeks\.mature/,
		],
		[
			'a window the form cannot show',
			(d: any) => (d.values.observationWindow.allowed = [1, 6, 9, 12]),
			/values\.observationWindow/,
		],
		[
			'a Type 2 faster than a Type 1',
			(d: any) => (d.values.fieldworkWeeks.type2.low = 0),
			/values\.fieldworkWeeks/,
		],
		[
			'a platform that saves everything',
			(d: any) => (d.values.platformSaving = 1),
			/values\.platformSaving/,
		],
		[
			'a non-https address',
			(d: any) => (d.sources[0].url = 'http://example.com'),
			/sources\[0\]\.url/,
		],
		[
			'an empty note',
			(d: any) => (d.assumptions.auditFee.note = ' '),
			/assumptions\.auditFee\.note/,
		],
		[
			'a value with no documentation',
			(d: any) => delete d.assumptions.readinessFee,
			/assumptions\.readinessFee is missing/,
		],
		[
			'an infinite fee',
			(d: any) => (d.values.auditFee.big4.high = Infinity),
			/values\.auditFee\.big4\.high must be a finite number/,
		],
		[
			'less review for a less ready organization',
			(d: any) => (d.values.readinessScale.mature = 2),
			/values\.readinessScale\.documented must not be below the more ready level/,
		],
		[
			'an unknown unit',
			(d: any) => (d.assumptions.auditFee.unit = 'eur'),
			/assumptions\.auditFee\.unit must be one of usd/,
		],
		[
			'an undated year that is not null',
			(d: any) => (d.sources[2].year = '2026'),
			/sources\[2\]\.year must be a year or null/,
		],
		[
			'a duplicate source',
			(d: any) => (d.sources[1].id = d.sources[0].id),
			/sources\[1\]\.id is a duplicate/,
		],
		[
			'a check with min above max',
			(d: any) => (d.checks.firstYearTotal.min = 1e9),
			/checks\.firstYearTotal must keep min <= max/,
		],
		['not an object at all', (d: any) => (d.values = 5), /values must be an object/],
		[
			'a review date that is not a date',
			(d: any) => (d.reviewed = '2026-11'),
			/reviewed must be a date, YYYY-MM-DD/,
		],
		[
			'documentation with no value',
			(d: any) => (d.assumptions.extra = d.assumptions.readinessFee),
			/assumptions\.extra is not used/,
		],
	])('rejects %s with a message naming the place', (_name, mutate, message) => {
		const data = copy();
		mutate(data);
		expect(() => validateAssumptions(data)).toThrow(message);
	});

	it('names the data file and every problem in one message, each with its row and field', () => {
		const data = copy();
		data.values.readinessFee.high = -5;
		delete data.assumptions.sizeFactor.note;
		const message = (() => {
			try {
				validateAssumptions(data);
				return 'no error';
			} catch (e) {
				return (e as Error).message;
			}
		})();
		expect(message).toContain('content/estimator-assumptions.json');
		expect(message).toMatch(/values\.readinessFee\.high must be a finite number >= 0/);
		expect(message).toMatch(/assumptions\.sizeFactor\.note is missing/);
	});

	it('never calls a SOC report a certification, in the data or in the texts the model writes', () => {
		const docs = Object.values(DATA.assumptions).flatMap((a) => [a.label, a.published, a.note]);
		const written = scenarioResults('2027-01-04').map((r) =>
			summaryText(estimate({ ...r.inputs, deadline: '2027-03-01' })),
		);
		expect(certificationClaims([...docs, ...written].join('\n\n'))).toEqual([]);
	});

	it('keeps the default start-up estimate inside the published first-year totals and durations', () => {
		const e = estimate(defaultInputs('2027-01-04'));
		const money = DATA.checks.firstYearTotal;
		expect(e.firstYear.typical, 'typical first-year total').toBeGreaterThanOrEqual(money.min);
		expect(e.firstYear.typical, 'typical first-year total').toBeLessThanOrEqual(money.max);
		const months = DATA.checks.firstTypeTwoMonths;
		const typical = daysToMonths(e.timeline.totalDays.typical);
		expect(typical, 'typical months to a first Type 2').toBeGreaterThanOrEqual(months.min);
		expect(typical, 'typical months to a first Type 2').toBeLessThanOrEqual(months.max);
	});

	it('keeps every worked Type 2 example inside the published 6–18 months', () => {
		for (const s of scenarioResults('2027-01-04').filter((r) => r.inputs.type === 2)) {
			const m = daysToMonths(s.estimate.timeline.totalDays.typical);
			expect(m, s.title).toBeGreaterThanOrEqual(DATA.checks.firstTypeTwoMonths.min);
			expect(m, s.title).toBeLessThanOrEqual(DATA.checks.firstTypeTwoMonths.max);
		}
	});
});
