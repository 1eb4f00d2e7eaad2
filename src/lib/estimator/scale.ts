/**
 * The labelled dollar scale under the estimator's cost bars. Only the charts use it, and they load
 * after the first screen, so it is a module of its own rather than part of the first screen's code.
 */

export interface MoneyScale {
	/** The amount at the right end of the scale (a round number at or above every bar). */
	max: number;
	/** Tick amounts from 0 to max, evenly spaced, at most six of them. */
	ticks: number[];
}

/**
 * A labelled scale for bars that reach `highest`: round steps (1, 2 or 5 times a power of ten) so
 * the labels read as $0, $20k, $40k…, with the last tick at or just above the highest bar. Every
 * tick has one or two significant figures, so the two-figure money format prints it exactly (a
 * 2.5 step would put a tick at $125k and label it '$130k').
 */
export function moneyScale(highest: number): MoneyScale {
	const top = Number.isFinite(highest) && highest > 0 ? highest : 1;
	const rough = top / 4;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step = [1, 2, 5, 10].map((f) => f * power).find((s) => top / s <= 5) ?? 10 * power;
	let count = Math.max(1, Math.ceil(top / step));
	if (count * step < top) count += 1;
	const ticks = Array.from({ length: count + 1 }, (_, k) => k * step);
	return { max: count * step, ticks };
}
