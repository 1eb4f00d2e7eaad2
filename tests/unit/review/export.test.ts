import { describe, expect, it } from 'vitest';
import { exportName, followUpsCsv, memoMarkdown } from '../../../src/lib/review/export';
import { EMPTY_INPUT } from '../../../src/lib/review/input';
import { reviewReport, type ReviewInput } from '../../../src/lib/review/rules';

const linkTo = (path: string) => `https://guide.example${path}`;
const input: ReviewInput = {
	...EMPTY_INPUT,
	vendor: 'Acme *Cloud*',
	start: '2025-10-01',
	end: '2026-06-30',
	issued: '2026-08-15',
	opinion: 'qualified',
	exceptions: [{ text: '=HYPERLINK("x")', responded: false }],
	subservice: [{ name: 'Big Cloud', method: 'carve-out' }],
	cuecs: ['Remove leavers’ access'],
};
const today = '2026-12-04';

describe('memoMarkdown', () => {
	const review = reviewReport(input, today);
	const memo = memoMarkdown(input, review, today, linkTo);
	it('names the vendor, report and period, with the reader’s text escaped', () => {
		expect(memo).toMatch(/^# Review of Acme \\\*Cloud\\\*’s SOC 2 Type 2 report$/m);
		expect(memo).toContain('Period: 1 October 2025 to 30 June 2026');
		expect(memo).toContain('Opinion: Qualified.');
	});
	it('gives every reason with a link to the section that explains it', () => {
		for (const r of review.finding.reasons)
			expect(memo).toContain(r.text.replace(/([*_[\]])/g, '\\$1').slice(0, 30));
		expect(memo).toContain(
			'(https://guide.example/chapters/reading-a-soc-report/#the-four-opinion-types)',
		);
	});
	it('numbers the follow-ups and lists CUECs as tasks and carved-out reports to request', () => {
		expect(memo).toMatch(new RegExp(`^${review.followUps.length}\\. `, 'm'));
		expect(memo).toContain('- [ ] Remove leavers’ access');
		expect(memo).toMatch(/## Subservice reports to request\n\n- Big Cloud/);
		expect(memo).toContain('not a certification');
	});
});

describe('followUpsCsv', () => {
	it('has a header, one row per follow-up, CRLF ends and defused formulas', () => {
		const review = reviewReport(input, today);
		const csv = followUpsCsv(review, linkTo);
		const rows = csv.split('\r\n');
		expect(rows[0]).toBe('Number,Question,Topic,Explained at,Answer,Status');
		expect(rows).toHaveLength(review.followUps.length + 2);
		expect(rows.at(-1)).toBe('');
		expect(csv).not.toMatch(/,=|^=/m);
		expect(csv).toContain('https://guide.example/chapters/reporting-period/#bridge-letters');
	});
});

describe('exportName', () => {
	it('is safe for any vendor name', () => {
		expect(exportName(input, today, 'md')).toBe('soc-review-acme-cloud-2026-12-04.md');
		expect(exportName({ ...input, vendor: '../../<x>' }, today, 'csv')).toBe(
			'soc-review-x-2026-12-04.csv',
		);
		expect(exportName(EMPTY_INPUT, today, 'csv')).toBe('soc-review-2026-12-04.csv');
	});
});
