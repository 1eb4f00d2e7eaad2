/**
 * The review rules over every combination of report, type, use, opinion, period gap and bridge
 * letter, crossed with exceptions, subservice organizations, CUECs and categories. The expected
 * findings are worked out here from the guide's rules, not read back from the code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	reviewReport,
	wholeMonths,
	type ExceptionNote,
	type Review,
	type ReviewInput,
	type SubserviceOrg,
} from '../../../src/lib/review/rules';
import { EMPTY_INPUT } from '../../../src/lib/review/input';
import {
	OPINIONS,
	REVIEW_REPORTS,
	REVIEW_TYPES,
	USES as USE_LIST,
	type Opinion,
	type OptionalCategory,
} from '../../../src/lib/review/vocabulary';
import { BROKEN_OUTPUT, hostileText } from '../support/hostile';

type Band = 'recent' | 'bridge' | 'stale';
/** Period ends around the guide's 3-month and 12-month marks, banded by hand. */
const SCENARIOS: { today: string; end: string; band: Band }[] = [
	{ today: '2026-12-04', end: '2026-12-04', band: 'recent' },
	{ today: '2026-12-04', end: '2026-09-04', band: 'recent' },
	{ today: '2026-12-04', end: '2026-09-03', band: 'bridge' },
	{ today: '2026-12-04', end: '2025-12-04', band: 'bridge' },
	{ today: '2026-12-04', end: '2025-12-03', band: 'stale' },
	{ today: '2026-12-04', end: '2021-06-30', band: 'stale' },
	{ today: '2028-02-29', end: '2028-02-28', band: 'recent' },
	{ today: '2028-02-29', end: '2027-11-29', band: 'recent' },
	{ today: '2028-02-29', end: '2027-11-28', band: 'bridge' },
	{ today: '2028-02-29', end: '2027-03-01', band: 'bridge' },
	{ today: '2028-02-29', end: '2027-02-28', band: 'stale' },
];
type Letter = 'none' | 'to-today' | 'short';
const LETTERS: Letter[] = ['none', 'to-today', 'short'];
const REPORTS = REVIEW_REPORTS.map((r) => r.id);
const TYPES = REVIEW_TYPES.map((t) => t.id);
const USES = USE_LIST.map((u) => u.id);
const OPINION_IDS: (Opinion | '')[] = [...OPINIONS.map((o) => o.id), ''];
const EXCEPTIONS: ExceptionNote[][] = [
	[],
	[{ text: 'Two of 25 leavers kept access', responded: true }],
	[{ text: 'Backups not tested in Q2', responded: false }],
	[
		{ text: 'A', responded: true },
		{ text: 'B', responded: false },
	],
];
const SUBSERVICE: SubserviceOrg[][] = [
	[],
	[{ name: 'Cloud host', method: 'carve-out' }],
	[{ name: 'Payments partner', method: 'inclusive' }],
	[
		{ name: 'Cloud host', method: 'carve-out' },
		{ name: 'Payments partner', method: 'inclusive' },
	],
];
const CUECS: string[][] = [[], ['Remove leavers’ access', 'Review administrators quarterly']];
const SCOPES: { needs: OptionalCategory[]; categories: OptionalCategory[] }[] = [
	{ needs: ['availability'], categories: [] },
	{ needs: ['availability'], categories: ['availability', 'privacy'] },
];

function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d) / 86_400_000;
}
function previousDay(iso: string): string {
	return new Date((dayNumber(iso) - 1) * 86_400_000).toISOString().slice(0, 10);
}

function* space(): Generator<{ input: ReviewInput; today: string; band: Band; letter: Letter }> {
	for (const s of SCENARIOS)
		for (const letter of LETTERS) {
			// A letter that stops short needs at least one day between the period end and today.
			if (letter === 'short' && s.end === s.today) continue;
			const bridge =
				letter === 'none' ? '' : letter === 'to-today' ? s.today : previousDay(s.today);
			for (const report of REPORTS)
				for (const type of TYPES)
					for (const use of USES)
						for (const opinion of OPINION_IDS)
							for (const exceptions of EXCEPTIONS)
								for (const subservice of SUBSERVICE)
									for (const cuecs of CUECS)
										for (const scope of SCOPES) {
											const start = previousDay(previousDay(s.end));
											yield {
												input: {
													...EMPTY_INPUT,
													report,
													type,
													use,
													opinion,
													start,
													end: s.end,
													bridge,
													exceptions,
													subservice,
													cuecs,
													...scope,
												},
												today: s.today,
												band: s.band,
												letter,
											};
										}
		}
}

function expectedLevel(input: ReviewInput, band: Band, letter: Letter): Review['finding']['level'] {
	if (input.opinion === '') return 'incomplete';
	const wrongReport =
		(input.report === 'soc1' && input.use === 'security') ||
		(input.report === 'soc2' && input.use === 'financial');
	if (
		input.opinion === 'adverse' ||
		input.opinion === 'disclaimer' ||
		band === 'stale' ||
		wrongReport
	)
		return 'not-enough';
	const missingCategory =
		input.report === 'soc2' &&
		input.use !== 'financial' &&
		input.needs.some((n) => !input.categories.includes(n));
	if (
		input.opinion === 'qualified' ||
		input.type === 1 ||
		input.use === 'both' ||
		(band === 'bridge' && letter !== 'to-today') ||
		input.exceptions.some((e) => !e.responded) ||
		input.subservice.some((s) => s.method === 'carve-out') ||
		missingCategory
	)
		return 'follow-up';
	return 'ok';
}

function texts(r: Review): string[] {
	return [
		r.finding.headline,
		...r.finding.reasons.map((x) => x.text),
		...r.followUps.map((f) => f.question),
		...r.covers,
		...r.doesNotCover,
	];
}

describe('reviewReport over every combination', () => {
	it('gives the finding, gap, letters and follow-ups the guide’s rules call for', () => {
		let count = 0;
		const failures: string[] = [];
		const check = (ok: boolean, what: string, input: ReviewInput, today: string) => {
			if (!ok && failures.length < 5)
				failures.push(`${what}: ${JSON.stringify({ ...input, today })}`);
		};
		for (const { input, today, band, letter } of space()) {
			count++;
			const r = reviewReport(input, today);
			const ids = new Set(r.followUps.map((f) => f.id));
			check(
				r.finding.level === expectedLevel(input, band, letter),
				`finding ${r.finding.level}`,
				input,
				today,
			);
			check(r.problems.length === 0, 'no date problems', input, today);
			check(r.gap?.band === band, `band ${r.gap?.band}`, input, today);
			check(r.gap?.days === dayNumber(today) - dayNumber(input.end), 'days', input, today);
			check(
				r.gap?.bridge ===
					(letter === 'none' ? 'none' : letter === 'to-today' ? 'covers' : 'partial'),
				'letter',
				input,
				today,
			);
			check(
				ids.has('bridge-letter') === (band === 'bridge' && letter === 'none'),
				'asks for a bridge letter',
				input,
				today,
			);
			check(
				ids.has('bridge-update') === (band === 'bridge' && letter === 'short'),
				'asks for an updated letter',
				input,
				today,
			);
			check(
				ids.has('next-report') === (band === 'bridge'),
				'asks for the next report date',
				input,
				today,
			);
			check(
				ids.has('current-report') === (band === 'stale'),
				'asks for the current report',
				input,
				today,
			);
			check(ids.has('type-2-plan') === (input.type === 1), 'asks about a Type II', input, today);
			check(
				ids.has('opinion-qualified') === (input.opinion === 'qualified'),
				'asks about the qualification',
				input,
				today,
			);
			check(
				ids.has('soc2-for-security') === (input.report === 'soc1' && input.use !== 'financial'),
				'asks for a SOC 2',
				input,
				today,
			);
			check(
				ids.has('soc1-for-financial') === (input.report === 'soc2' && input.use !== 'security'),
				'asks for a SOC 1',
				input,
				today,
			);
			check(
				ids.has('cuecs-none') === (input.cuecs.length === 0),
				'asks about missing CUECs',
				input,
				today,
			);
			const carved = input.subservice.filter((s) => s.method === 'carve-out').map((s) => s.name);
			check(
				JSON.stringify(r.requests) === JSON.stringify(carved),
				'requests carved-out reports only',
				input,
				today,
			);
			check(
				JSON.stringify(r.cuecs) === JSON.stringify(input.cuecs),
				'lists the CUECs to operate',
				input,
				today,
			);
			const unanswered = input.exceptions.filter((e) => !e.responded).length;
			check(
				[...ids].filter((id) => id.startsWith('exception-')).length === unanswered,
				'one question per unanswered exception',
				input,
				today,
			);
			check(
				new Set(r.followUps.map((f) => f.id)).size === r.followUps.length,
				'follow-up ids unique',
				input,
				today,
			);
			check(
				texts(r).every((t) => !BROKEN_OUTPUT.test(t) && !/certif/i.test(t)),
				'text reads well',
				input,
				today,
			);
			if (input.opinion !== '')
				check(
					r.finding.reasons.some((x) => x.id === 'opinion' && x.section === 'opinions'),
					'opinion reason',
					input,
					today,
				);
		}
		expect(failures, failures.join('\n')).toEqual([]);
		expect(count).toBeGreaterThan(100_000);
	}, 300_000);
});

describe('reviewReport on dates that contradict each other', () => {
	const base: ReviewInput = {
		...EMPTY_INPUT,
		opinion: 'unmodified',
		start: '2025-10-01',
		end: '2026-09-30',
	};
	const today = '2026-12-04';
	it.each([
		['end', { end: '2026-12-05' }],
		['start', { start: '2026-09-30' }],
		['issued', { issued: '2026-09-29' }],
		['issued', { issued: '2026-12-05' }],
		['bridge', { bridge: '2026-09-01' }],
		['bridge', { bridge: '2027-01-01' }],
		['end', { end: '2026-02-30' }],
	] as const)('flags %s in %j and gives no finding', (field, patch) => {
		const r = reviewReport({ ...base, ...patch }, today);
		expect(r.problems.map((p) => p.field)).toContain(field);
		expect(r.finding.level).toBe('incomplete');
		expect(r.gap).toBeNull();
	});

	it('asks for what is missing', () => {
		const r = reviewReport(EMPTY_INPUT, today);
		expect(r.missing).toEqual(['end', 'start', 'opinion']);
		expect(r.finding.level).toBe('incomplete');
		expect(r.finding.headline).toMatch(/period end.*period start.*opinion/);
		expect(reviewReport({ ...EMPTY_INPUT, type: 1 }, today).missing).toEqual(['end', 'opinion']);
	});
});

describe('wholeMonths', () => {
	it.each([
		['2026-01-31', '2026-02-28', 1],
		['2026-01-31', '2026-02-27', 0],
		['2025-12-04', '2026-12-04', 12],
		['2025-12-05', '2026-12-04', 11],
		['2026-12-04', '2026-12-04', 0],
	] as const)('%s to %s is %i', (from, to, months) => {
		expect(wholeMonths(from, to)).toBe(months);
	});
});

const isoDate = fc
	.date({
		min: new Date('1990-01-01T00:00:00Z'),
		max: new Date('2040-12-31T00:00:00Z'),
		noInvalidDate: true,
	})
	.map((d) => d.toISOString().slice(0, 10));
const anyDate = fc.oneof(isoDate, fc.constant(''), hostileText);

describe('reviewReport on any input', () => {
	it('never throws, never prints a broken value, and gives a finding only for usable dates', () => {
		fc.assert(
			fc.property(
				fc.record({
					vendor: hostileText,
					report: fc.constantFrom(...REPORTS),
					type: fc.constantFrom(...TYPES),
					use: fc.constantFrom(...USES),
					needs: fc.subarray([
						'availability',
						'processing-integrity',
						'confidentiality',
						'privacy',
					] as OptionalCategory[]),
					start: anyDate,
					end: anyDate,
					issued: anyDate,
					opinion: fc.constantFrom(...OPINION_IDS),
					categories: fc.subarray([
						'availability',
						'processing-integrity',
						'confidentiality',
						'privacy',
					] as OptionalCategory[]),
					exceptions: fc.array(fc.record({ text: hostileText, responded: fc.boolean() }), {
						maxLength: 4,
					}),
					subservice: fc.array(
						fc.record({
							name: hostileText,
							method: fc.constantFrom('carve-out' as const, 'inclusive' as const),
						}),
						{ maxLength: 3 },
					),
					cuecs: fc.array(hostileText, { maxLength: 3 }),
					bridge: anyDate,
				}),
				isoDate,
				(input, today) => {
					const r = reviewReport(input, today);
					const ownWords = [
						r.finding.headline,
						...r.finding.reasons.map((x) => x.text),
						...r.problems.map((p) => p.message),
					];
					for (const t of ownWords)
						expect(BROKEN_OUTPUT.test(t.replace(/\(.*?\)/g, ''))).toBe(false);
					if (r.finding.level !== 'incomplete') {
						expect(r.gap).not.toBeNull();
						expect(Number.isFinite(r.gap!.days) && r.gap!.days >= 0).toBe(true);
						expect(r.problems).toEqual([]);
					}
				},
			),
			{ numRuns: 10_000 },
		);
	}, 300_000);
});
