/**
 * The estimator's parts that load on demand, each fetched once (see loadOnce), and what the island
 * says when one cannot be fetched.
 */
import { loadOnce } from '../../lib/engagement/lazy';

/** The copy and download buttons' code: loads as the pointer or the focus reaches them. */
export const loadActions = loadOnce(() => import('./actions'));
/** The summary and CSV writers: only a visitor who copies or downloads needs them. */
export const loadExport = loadOnce(() => import('../../lib/estimator/export'));
/** The field checks: only a visitor who types in a text field needs them. */
export const loadTyping = loadOnce(() => import('../../lib/estimator/typing'));
/** The deadline check: only an estimate with a deadline needs it. */
export const loadDeadline = loadOnce(() => import('./DeadlinePanel'));
/**
 * The links (this estimate's address, the hand-off to the other tools) need the shared URL codec,
 * which the first screen does not: it loads once the page is idle, or as soon as one is needed.
 */
export const loadLinks = loadOnce(() => import('../../lib/estimator/link'));
/**
 * What is drawn only once the island is live: the charts' bars and scales (see EstimatorResults)
 * and the printed page's list of inputs.
 */
export const loadMarks = loadOnce(() =>
	Promise.all([import('./ChartMarks'), import('./PrintedInputs')]).then(([marks, printed]) => ({
		...marks,
		PrintedInputs: printed.default,
	})),
);

export const LOAD_FAILED =
	'Part of the estimator could not be loaded. Check the connection and reload the page.';
