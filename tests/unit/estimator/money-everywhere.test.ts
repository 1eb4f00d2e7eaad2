/**
 * Every estimated amount the estimator writes anywhere a reader takes it away (the copied summary,
 * the CSV, the consultation link's summary, the summary that stays in view and the yearly note),
 * for any plan, in two significant figures, and the staff hours with them. The only amounts allowed more digits are hourly
 * rates ('$175 an hour'): the visitor typed them, or the default is stated as a source gives it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ctaSummary } from '../../../src/lib/estimator/describe';
import { estimateCsv, summaryText } from '../../../src/lib/estimator/export';
import { formatEstimatedCount } from '../../../src/lib/estimator/format';
import { glance, renewalNote } from '../../../src/lib/estimator/presentation';
import { inputsArb } from './arbitraries';
import { estimate } from './full-estimate';

/** A money figure as written ('$52k', '−$5.1k', '$1.3M', '$950'), and whether it is a rate. */
const MONEY = /(−?\$\d+(?:,\d{3})*(?:\.\d+)?[kMB]?)( an hour)?/g;

/** Significant figures of a written amount: its digits without leading or trailing zeros. */
function significant(written: string): number {
	const digits = written.replace(/[^\d.]/g, '');
	const [whole = '', fraction = ''] = digits.split('.');
	if (fraction !== '') return `${whole}${fraction}`.replace(/^0+/, '').length;
	return whole.replace(/^0+/, '').replace(/0+$/, '').length;
}

/** Amounts in a text with more than two significant figures (rates left out). */
function overPrecise(text: string): string[] {
	return [...text.matchAll(MONEY)]
		.filter(([, , rate]) => rate === undefined)
		.map(([, amount]) => amount!)
		.filter((amount) => significant(amount) > 2);
}

describe('two significant figures wherever an amount leaves the page', () => {
	it('checks the helper on written amounts', () => {
		expect(overPrecise('$52k, $1.3M, $950, −$5.1k, $110k, $60 an hour, $175 an hour')).toEqual([]);
		expect(overPrecise('$51,600 and $23,900–$107,400, $1.25M, $125k')).toEqual([
			'$51,600',
			'$23,900',
			'$107,400',
			'$1.25M',
			'$125k',
		]);
	});

	it('in the summary, the CSV, the consultation summary, the glance and the yearly note, for any plan', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const e = estimate(inputs, inputs.startDate);
				const texts: [string, string][] = [
					['copied summary', summaryText(e, 'https://example.com/estimator/?x=1')],
					['consultation summary', ctaSummary(e)],
					['glance', glance(e).cost],
					['yearly note', renewalNote(e)],
				];
				for (const [where, text] of texts) expect(overPrecise(text), where).toEqual([]);
				// The CSV's amounts are plain numbers in its USD rows.
				for (const row of estimateCsv(e).trimEnd().split('\r\n').slice(1)) {
					const cells = row.split(',');
					if (cells[5] !== 'USD' && cells[5] !== 'hours') continue;
					for (const cell of cells.slice(2, 5).filter((c) => c !== ''))
						expect(significant(cell), row).toBeLessThanOrEqual(2);
				}
			}),
			{ numRuns: 2_000 },
		);
	});

	it('staff hours too, on the page and in the staff-time line item: their ranges are as wide', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const e = estimate(inputs, inputs.startDate);
				for (const n of [e.internalHours.low, e.internalHours.typical, e.internalHours.high])
					expect(significant(formatEstimatedCount(n)), String(n)).toBeLessThanOrEqual(2);
				for (const item of [...e.items, ...e.renewalItems]) {
					const hours = /([\d,]+)–([\d,]+) staff hours/.exec(item.basis);
					if (!hours) continue;
					expect(significant(hours[1]!), item.basis).toBeLessThanOrEqual(2);
					expect(significant(hours[2]!), item.basis).toBeLessThanOrEqual(2);
				}
			}),
			{ numRuns: 500 },
		);
		expect(formatEstimatedCount(2_387)).toBe('2,400');
		expect(formatEstimatedCount(548)).toBe('550');
	});
});
