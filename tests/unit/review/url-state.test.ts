import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_KEYS } from '../../../src/lib/attribution/attribution';
import { EMPTY_INPUT, MAX_ITEMS, MAX_TEXT } from '../../../src/lib/review/input';
import { MAX_NOTICES } from '../../../src/lib/engagement/notices';
import {
	REVIEW_KEYS,
	readReviewLink as readAt,
	reviewLink,
} from '../../../src/lib/review/url-state';

const TODAY = '2026-12-04';
const readReviewLink = (search: string) => readAt(search, TODAY);
import { BROKEN_OUTPUT, HOSTILE_VALUES, hostileText, queryOf } from '../support/hostile';

/** Percent-encoded as a browser would, or as it is when it cannot be (a lone surrogate). */
function enc(text: string): string {
	try {
		return encodeURIComponent(text);
	} catch {
		return text;
	}
}

const KEYS = [
	'report',
	'type',
	'tsc',
	...REVIEW_KEYS.slice(0, 8),
	'exc1',
	'exc2',
	'sub1',
	'cuec1',
	'cuec30',
	'cuec31',
	'start',
	'readiness',
];

describe('readReviewLink', () => {
	it('starts empty with no notices for an empty query', () => {
		for (const empty of ['', '?', '?&&'])
			expect(readReviewLink(empty)).toEqual({ input: EMPTY_INPUT, attribution: [], notices: [] });
	});

	it('reads a complete review', () => {
		const { input, notices, attribution } = readReviewLink(
			'?vendor=Acme+Cloud&report=soc2&type=2&use=both&need=privacy,availability&from=2025-10-01&to=2026-09-30&issued=2026-11-02' +
				'&opinion=Qualified&tsc=security,availability&exc1=r:Two leavers kept access&exc2=n:Backups&sub1=c:Big Cloud&sub2=i:PayCo' +
				'&cuec1=Remove leavers&bridge=2026-12-01&utm_source=news',
		);
		expect(notices).toEqual([]);
		expect(attribution).toEqual([['utm_source', 'news']]);
		expect(input).toEqual({
			vendor: 'Acme Cloud',
			report: 'soc2',
			type: 2,
			use: 'both',
			needs: ['availability', 'privacy'],
			start: '2025-10-01',
			end: '2026-09-30',
			issued: '2026-11-02',
			opinion: 'qualified',
			categories: ['availability'],
			exceptions: [
				{ text: 'Two leavers kept access', responded: true },
				{ text: 'Backups', responded: false },
			],
			subservice: [
				{ name: 'Big Cloud', method: 'carve-out' },
				{ name: 'PayCo', method: 'inclusive' },
			],
			cuecs: ['Remove leavers'],
			bridge: '2026-12-01',
		});
	});

	it('ignores what it cannot use, saying what and why', () => {
		const { input, notices } = readReviewLink(
			'report=soc3&type=3&opinion=great&to=2026-02-30&exc1=oops&colour=red',
		);
		expect(input).toEqual(EMPTY_INPUT);
		expect(notices.map((n) => n.key).sort()).toEqual([
			'colour',
			'exc1',
			'opinion',
			'report',
			'to',
			'type',
		]);
		expect(readReviewLink('report=soc1&report=soc2').notices.map((n) => n.key)).toEqual(['report']);
		expect(notices.find((n) => n.key === 'to')!.message).toMatch(/not a date/);
		expect(readReviewLink('tsc=speed').notices.map((n) => n.key)).toEqual(['tsc']);
		expect(readReviewLink('report=both').notices[0]!.message).toMatch(/one report at a time/);
		expect(readReviewLink('readiness=mature').notices[0]!.message).toMatch(/other tools/);
	});

	it('drops categories for a SOC 1 and the start of a Type 1', () => {
		const { input, notices } = readReviewLink(
			'report=soc1&type=1&tsc=security,availability&from=2026-01-01&to=2026-06-30',
		);
		expect(input.categories).toEqual([]);
		expect(input.start).toBe('');
		expect(input.end).toBe('2026-06-30');
		expect(notices.map((n) => n.key)).toEqual(['tsc']);
	});

	it('keeps at most MAX_ITEMS items per list and MAX_TEXT characters per item', () => {
		const many = Array.from({ length: MAX_ITEMS + 5 }, (_, i) => `cuec${i + 1}=control ${i}`).join(
			'&',
		);
		const { input, notices } = readReviewLink(`${many}&exc1=n:${'x'.repeat(500)}`);
		expect(input.cuecs).toHaveLength(MAX_ITEMS);
		expect(input.exceptions[0]!.text).toHaveLength(MAX_TEXT);
		expect(notices.some((n) => n.key === `cuec${MAX_ITEMS + 1}`)).toBe(true);
	});

	it('caps the notices and counts the rest', () => {
		const query = Array.from({ length: 30 }, (_, i) => `junk${i}=1`).join('&');
		const { notices } = readReviewLink(query);
		expect(notices).toHaveLength(MAX_NOTICES);
		expect(notices.at(-1)!.message).toBe(
			`${30 - (MAX_NOTICES - 1)} more things in the link could not be used and were ignored.`,
		);
	});

	it('never quotes a value that reads like a broken page', () => {
		for (const value of HOSTILE_VALUES)
			for (const key of ['opinion', 'to', 'tsc', 'exc1', value]) {
				const { notices } = readReviewLink(`${enc(key)}=${enc(value)}`);
				for (const n of notices) expect(BROKEN_OUTPUT.test(n.message), n.message).toBe(false);
			}
	});
});

describe('reviewLink', () => {
	it('is empty for a first visit and keeps keys in a fixed order', () => {
		expect(reviewLink(EMPTY_INPUT)).toBe('');
		const { input } = readReviewLink(
			'bridge=2026-12-01&opinion=adverse&tsc=availability&to=2026-09-30&vendor=Acme',
		);
		expect(reviewLink(input)).toBe(
			'tsc=security,availability&vendor=Acme&to=2026-09-30&opinion=adverse&bridge=2026-12-01',
		);
	});

	it('round-trips any link: reading what it writes gives the same review and no notices', () => {
		fc.assert(
			fc.property(queryOf([...KEYS, ...ATTRIBUTION_KEYS]), (query) => {
				const first = readReviewLink(query);
				const written = reviewLink(first.input, first.attribution);
				const again = readReviewLink(written);
				expect(again.input).toEqual(first.input);
				expect(again.notices).toEqual([]);
				expect(reviewLink(again.input, again.attribution)).toBe(written);
			}),
			{ numRuns: 10_000 },
		);
	}, 300_000);
});

describe('readReviewLink on hostile links', () => {
	it('never throws, never prints a broken value, and notes every setting it does not know', () => {
		fc.assert(
			fc.property(queryOf([...KEYS, 'utm_source']), hostileText, (query, extra) => {
				const { input, notices } = readReviewLink(`${query}&${enc(`x${extra}`)}=1`);
				expect(notices.length).toBeGreaterThan(0);
				expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES);
				for (const n of notices) expect(BROKEN_OUTPUT.test(n.message), n.message).toBe(false);
				for (const text of [
					input.vendor,
					...input.cuecs,
					...input.exceptions.map((e) => e.text),
					...input.subservice.map((s) => s.name),
				]) {
					expect(Array.from(text).length).toBeLessThanOrEqual(MAX_TEXT);
					expect(/[\p{Cc}\p{Cf}]/u.test(text)).toBe(false);
				}
			}),
			{ numRuns: 10_000 },
		);
	}, 300_000);
});
