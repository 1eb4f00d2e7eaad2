import { describe, expect, it } from 'vitest';
import { ctaSummary } from '../../../src/lib/estimator/describe';
import { csvCell, estimateCsv, summaryText } from '../../../src/lib/estimator/export';
import {
	formatDate,
	formatDuration,
	formatDurationRange,
	formatMoney,
	roundMoney,
} from '../../../src/lib/estimator/format';
import { defaultInputs } from '../../../src/lib/estimator/inputs';
import { estimate } from './full-estimate';

describe('formatting', () => {
	it('formats money, dates and durations for people', () => {
		expect(formatMoney(70600)).toBe('$71k');
		expect(formatDate('2027-03-09')).toBe('9 March 2027');
		expect(formatDate('2027-02-30')).toBe('—');
		expect(formatDuration(10)).toBe('10 days');
		expect(formatDuration(28)).toBe('4 weeks');
		expect(formatDuration(183)).toBe('6 months');
		expect(formatDurationRange(7, 21)).toBe('1–3 weeks');
		expect(formatDurationRange(42, 168)).toBe('1–6 months');
		expect(formatDurationRange(0, 14)).toBe('up to 2 weeks');
		expect(formatDurationRange(0, 0)).toBe('none');
	});
});

describe('CSV', () => {
	it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a, b')).toBe('"a, b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(Number.NaN)).toBe('');
	});

	it('holds the cost lines, totals and the timeline of the estimate', () => {
		const e = estimate({ ...defaultInputs('2027-01-04'), deadline: '2027-06-30' });
		const csv = estimateCsv(e);
		const rows = csv.trimEnd().split('\r\n');
		expect(rows[0]).toBe('Section,Item,Low,Typical,High,Unit,Typical start,Typical end,Notes');
		expect(csv).toContain(
			`First-year cost,Total,${roundMoney(e.firstYear.low)},${roundMoney(e.firstYear.typical)},${roundMoney(e.firstYear.high)},USD`,
		);
		expect(csv).toContain(
			`Yearly renewal,Total,${roundMoney(e.renewal.low)},${roundMoney(e.renewal.typical)},${roundMoney(e.renewal.high)},USD`,
		);
		expect(csv).toContain(
			`Timeline,Report date,${e.timeline.reportDate.earliest},${e.timeline.reportDate.typical},${e.timeline.reportDate.latest},date`,
		);
		expect(csv).toContain('Deadline,2027-06-30');
		const width = csvFields(rows[0]!).length;
		for (const row of rows) expect(csvFields(row), row).toHaveLength(width);
	});

	it('names the chosen items the totals leave out, and only those', () => {
		const base = { ...defaultInputs('2027-01-04'), platform: true, penTest: true };
		const both = estimateCsv(estimate(base));
		expect(both).toMatch(/^Not in the totals,Compliance-automation platform,,,,USD,,,Not priced/m);
		expect(both).toMatch(/^Not in the totals,Penetration test,,,,USD,,,Not priced/m);
		const neither = estimateCsv(estimate({ ...base, platform: false, penTest: false }));
		expect(neither).not.toContain('Not in the totals');
		expect(summaryText(estimate(base))).toMatch(
			/penetration test, but auditors widely expect one\. It is not in the totals/,
		);
	});
});

describe('summary text', () => {
	it('says it is an estimate, not a quote, and lists lines, dates and drivers', () => {
		const e = estimate({ ...defaultInputs('2027-01-04'), deadline: '2027-06-30' });
		const text = summaryText(e, 'https://example.com/estimator/?start=2027-01-04');
		expect(text).toMatch(/not a quote/);
		expect(text).toContain(
			`First-year cost: ${formatMoney(e.firstYear.low)}–${formatMoney(e.firstYear.high)}`,
		);
		expect(text).toContain('Audit fee (SOC 2 Type 2)');
		expect(text).toContain('Observation window: 6 months');
		expect(text).toMatch(/deadline of 30 June 2027 is (earlier than|possible only)/);
		expect(text).toContain('Get a Type 1 report first');
		expect(text).toContain('Main drivers:');
		expect(text).toContain('Estimate: https://example.com/estimator/?start=2027-01-04');
		expect(text).not.toMatch(/certif/i);
	});

	it('keeps the consultation summary short', () => {
		const e = estimate({
			...defaultInputs('2027-01-04'),
			report: 'both',
			categories: ['security', 'privacy'],
		});
		const s = ctaSummary(e);
		expect(s.length).toBeLessThanOrEqual(180);
		expect(s).toMatch(
			/^SOC 1 and SOC 2 Type 2; 2 categories; 1–50 employees; readiness informal; typical \$\d+(\.\d)?k first year; report ~\w+ \d{4}$/,
		);
	});
});

describe('exports round money as the page does', () => {
	it('writes every amount of the CSV and the summary in two significant figures', () => {
		const e = estimate({ ...defaultInputs('2027-01-04'), penTest: true, platform: true });
		const rows = estimateCsv(e)
			.trimEnd()
			.split('\r\n')
			.slice(1)
			.map((r) => r.split(','));
		const money = rows.filter((r) => r[5] === 'USD');
		expect(money.length).toBeGreaterThan(4);
		for (const r of money) {
			for (const cell of r.slice(2, 5)) {
				const n = Number(cell);
				expect(n, r.join(',')).toBe(roundMoney(n));
				expect(String(n).replace(/0+$/, '').length, r.join(',')).toBeLessThanOrEqual(2);
			}
		}
		const text = summaryText(e);
		// No amount with a thousands separator: those would be unrounded dollars.
		for (const line of text
			.split('\n')
			.filter((l) => /cost|renewal|\$/i.test(l) && !/an hour/.test(l))) {
			expect(line).not.toMatch(/\$\d{1,3},\d{3}/);
		}
	});
});

/** The fields of one CSV row as RFC 4180 reads them (quoted fields may hold commas and quotes). */
function csvFields(row: string): string[] {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < row.length; i++) {
		const c = row[i]!;
		if (quoted && c === '"' && row[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (c === ',' && !quoted) {
			fields.push(field);
			field = '';
		} else field += c;
	}
	return [...fields, field];
}
