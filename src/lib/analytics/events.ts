/**
 * The guide's analytics events: names and payloads. Nothing is sent anywhere: each event is pushed
 * to `window.dataLayer` when a tag manager has created it, and dispatched on `document` as a
 * CustomEvent named `guide:<event>` with the payload as `detail`. The README documents the table.
 */

/** Fields of the shared tool query contract (chooser and readiness produce it, estimator reads it). */
export interface ToolScope {
	/** soc1 | soc2 | both */
	report?: string;
	/** 1 | 2 */
	type?: string;
	/** Comma list of Trust Services categories, e.g. 'security,availability'. */
	tsc?: string;
	/** '1' when a SOC 3 is planned alongside a SOC 2 Type 2. */
	soc3?: string;
	/** none | informal | documented | mature */
	readiness?: string;
}

/** Every event and its payload. */
export interface AnalyticsEvents {
	/** A chapter page was opened. */
	chapter_view: { chapter: string; title: string; part: string; order: number };
	/** A reader copied the link to a section (the "#" control next to a heading). */
	section_link_copy: { chapter: string; section: string };
	/** A reader used a share control at the end of a chapter. */
	share_click: { chapter: string; network: 'copy' | 'linkedin' | 'x' | 'email' };
	/** A search was run (once the reader pauses typing). */
	search_query: { query: string; results: number };
	/** The report chooser showed its recommendation. */
	chooser_complete: ToolScope & { recommendation: string };
	/** An estimator input changed (debounced); `estimate` is the one-line summary of the result. */
	estimator_change: ToolScope & { estimate: string };
	/** The readiness self-check was finished; `score` is null when nothing applicable was answered. */
	readiness_complete: ToolScope & { score: number | null; band: string };
	/** A call to action was clicked: which one, and where on the page it sits. */
	cta_click: { cta: 'consultation' | 'ebook'; where: string; page_path: string };
	/**
	 * A consultation (or gated e-book) request was sent or prepared as an email. No personal data:
	 * only where it went, what kind it was and which attached items (comma list) went with it.
	 */
	lead_submit: {
		destination: 'none' | 'endpoint' | 'netlify' | 'hubspot';
		request: 'consultation' | 'ebook';
		attached: string;
	};
}

export type EventName = keyof AnalyticsEvents;

/** Every event name, in the order the README lists them. */
export const EVENT_NAMES = [
	'chapter_view',
	'section_link_copy',
	'share_click',
	'search_query',
	'chooser_complete',
	'estimator_change',
	'readiness_complete',
	'cta_click',
	'lead_submit',
] as const satisfies readonly EventName[];

/** Prefix of the DOM CustomEvent types, so they never collide with the browser's own events. */
export const DOM_EVENT_PREFIX = 'guide:';

/** The object pushed to `window.dataLayer`: Google Tag Manager's `event` key plus the payload. */
export function dataLayerEntry<N extends EventName>(
	name: N,
	payload: AnalyticsEvents[N],
): { event: N } & AnalyticsEvents[N] {
	return { event: name, ...payload };
}
