/**
 * `track(name, payload)`: the guide's one way to report an event. It pushes to `window.dataLayer`
 * when a tag manager created it and dispatches a `guide:<name>` DOM event; it never sends data.
 */
import {
	dataLayerEntry,
	DOM_EVENT_PREFIX,
	type AnalyticsEvents,
	type EventName,
} from '../lib/analytics/events';

declare global {
	interface Window {
		dataLayer?: { push(entry: object): unknown };
	}
}

/** Publishes an analytics event (see the events table in the README). */
export function track<N extends EventName>(name: N, payload: AnalyticsEvents[N]): void {
	try {
		window.dataLayer?.push(dataLayerEntry(name, payload));
	} catch {
		// A broken tag manager must not break the page.
	}
	document.dispatchEvent(
		new CustomEvent(DOM_EVENT_PREFIX + name, { detail: payload, bubbles: true }),
	);
}
