/**
 * How a tool reports its result: the analytics event, plus the result kept for the visit so the
 * consultation and e-book links on this page and later ones carry it. Only the tools load this.
 */
import type { AnalyticsEvents } from '../lib/analytics/events';
import { mergeResult, parseStoredResult, RESULT_STORAGE_KEY } from '../lib/attribution/attribution';
import { track } from './analytics';
import { decorateConsultationLinks, read, write } from './attribution';

type ToolEvent = 'chooser_complete' | 'estimator_change' | 'readiness_complete';

/** Reports a tool's result (see the events table in the README) and keeps it for the visit. */
export function trackToolResult<N extends ToolEvent>(name: N, payload: AnalyticsEvents[N]): void {
	track(name, payload);
	write(RESULT_STORAGE_KEY, mergeResult(parseStoredResult(read(RESULT_STORAGE_KEY)), payload));
	decorateConsultationLinks();
}
