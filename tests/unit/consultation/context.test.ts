import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	CONTEXT_ITEMS,
	describeItem,
	flattenContext,
	readContext,
	withoutItems,
} from '../../../src/lib/consultation/context';
import { hostileText } from '../support/hostile';

const TODAY = '2026-12-04';
const stored = JSON.stringify({
	recommendation: 'SOC 2 Type 2',
	report: 'soc2',
	type: '2',
	tsc: 'security,availability',
	estimate: 'SOC 2 Type 2; typical $52k',
	score: 61,
});

describe('readContext', () => {
	it('reads the plan, estimate and score the visit stored, and the campaign of the landing', () => {
		const context = readContext(
			'?from=%2Fchapters%2Fcost%2F',
			stored,
			JSON.stringify({ utm_source: 'news', utm_campaign: 'q4' }),
			TODAY,
		);
		expect(context).toEqual({
			plan: {
				recommendation: 'SOC 2 Type 2',
				report: 'soc2',
				type: '2',
				tsc: 'security,availability',
			},
			estimate: { estimate: 'SOC 2 Type 2; typical $52k' },
			readiness: { score: '61' },
			from: { from: '/chapters/cost/' },
			campaign: { utm_source: 'news', utm_campaign: 'q4' },
		});
	});
	it('values on the link that opened the form win over stored ones; what no longer fits is dropped', () => {
		// A SOC 1 on its own has no Trust Services Categories: the stored ones do not travel with it.
		expect(readContext('?report=soc1&utm_source=ad', stored, null, TODAY).plan).toEqual({
			report: 'soc1',
			type: '2',
			recommendation: 'SOC 2 Type 2',
		});
		expect(readContext('?report=soc1&utm_source=ad', stored, null, TODAY).campaign).toEqual({
			utm_source: 'ad',
		});
	});
	it('has nothing to attach for a visitor who used no tool', () => {
		expect(readContext('', null, null, TODAY)).toEqual({});
	});
	it('never takes another site as the page the visitor came from', () => {
		for (const from of [
			'https://evil.example/',
			'//evil.example/',
			'javascript:alert(1)',
			'<script>',
		]) {
			expect(
				readContext(`?from=${encodeURIComponent(from)}`, null, null, TODAY).from,
			).toBeUndefined();
		}
	});
	it('attaches a readiness score only when it is one the self-check can give (0 to 100)', () => {
		for (const score of ['0', '61', '100', ' 7 '])
			expect(
				readContext(`?score=${encodeURIComponent(score)}`, null, null, TODAY).readiness,
				score,
			).toEqual({
				score: score.trim(),
			});
		for (const score of ['banana', '101', '-1', '61.5', '1e2', '<script>', 'NaN'])
			expect(
				readContext(`?score=${encodeURIComponent(score)}`, null, null, TODAY).readiness,
				score,
			).toBeUndefined();
		// A stored score that is not one is dropped too.
		expect(readContext('', JSON.stringify({ score: 'banana' }), null, TODAY)).toEqual({});
	});
	it('10,000 generated links and stores: never throws; only known items, every value bounded text', () => {
		fc.assert(
			fc.property(hostileText, hostileText, hostileText, (search, result, attribution) => {
				const context = readContext(search, result, attribution, TODAY);
				for (const [item, fields] of Object.entries(context)) {
					expect(CONTEXT_ITEMS).toContain(item);
					for (const value of Object.values(fields)) {
						expect(typeof value).toBe('string');
						expect(value.length).toBeLessThanOrEqual(200);
					}
					expect(
						describeItem(item as (typeof CONTEXT_ITEMS)[number], fields, TODAY).join(''),
					).not.toMatch(/undefined|NaN/);
					if (item === 'readiness') expect(fields.score).toMatch(/^(100|\d{1,2})$/);
				}
			}),
			{ numRuns: 10_000 },
		);
	}, 60_000);
});

describe('the plan as the visitor sees it', () => {
	it('names every setting with the shared vocabulary, deadline included', () => {
		const context = readContext(
			'?report=soc2&type=2&tsc=availability,security&soc3=1&readiness=informal&deadline=2027-06-30',
			null,
			null,
			TODAY,
		);
		expect(context.plan).toEqual({
			report: 'soc2',
			type: '2',
			tsc: 'security,availability',
			soc3: '1',
			readiness: 'informal',
			deadline: '2027-06-30',
		});
		expect(describeItem('plan', context.plan!, TODAY)).toEqual([
			'Report: SOC 2',
			'Type: Type II',
			'Trust Services Categories: Security and Availability',
			'SOC 3: yes, for the same period',
			'Readiness: Informal practices',
			'Deadline: 2027-06-30',
		]);
	});
	it('leaves out values the codec cannot use', () => {
		expect(
			readContext('?report=soc9&type=7&readiness=%3Cscript%3E', null, null, TODAY).plan,
		).toBeUndefined();
	});
});

describe('removing items', () => {
	it('removes exactly the items the visitor chose and flattens the rest', () => {
		const context = readContext('?from=footer&utm_source=li', stored, null, TODAY);
		const kept = withoutItems(context, ['plan', 'campaign']);
		expect(Object.keys(kept)).toEqual(['estimate', 'readiness', 'from']);
		expect(flattenContext(kept)).toEqual({
			estimate: 'SOC 2 Type 2; typical $52k',
			score: '61',
			from: 'footer',
		});
	});
});
