import { describe, expect, it } from 'vitest';
import { BANDS, band, bandForScore } from '../../../src/lib/readiness/bands';

describe('bandForScore', () => {
	it.each([
		[100, 'ready'],
		[90, 'ready'],
		[89, 'minor'],
		[70, 'minor'],
		[69, 'material'],
		[40, 'material'],
		[39, 'not-ready'],
		[0, 'not-ready'],
	] as const)('puts %i in %s', (score, expected) => {
		expect(bandForScore(score), `band of ${score}`).toBe(expected);
	});

	it('treats anything that is not a finite score as not ready instead of failing', () => {
		for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -5]) {
			expect(bandForScore(bad), `band of ${bad}`).toBe('not-ready');
		}
		expect(bandForScore(140), 'above 100 is still ready').toBe('ready');
	});

	it('lists bands from best to worst with falling thresholds ending at zero', () => {
		const mins = BANDS.map((b) => b.min);
		expect(mins, 'thresholds').toEqual([...mins].sort((a, b) => b - a));
		expect(mins.at(-1), 'lowest band starts at 0').toBe(0);
		expect(band('minor').label, 'label lookup').toBe('Minor gaps');
	});
});
