/**
 * Browser side of attribution: remembers the landing visit's campaign parameters for the visit
 * (sessionStorage, no cookies) and adds them, with the visit's latest tool results, to every
 * consultation and e-book link on the page. Internal links are never touched.
 */
import {
	ATTRIBUTION_STORAGE_KEY,
	consultationHref,
	parseStoredResult,
	resolveAttribution,
	RESULT_STORAGE_KEY,
	type Attribution,
} from '../lib/attribution/attribution';

/** This visit's value under a sessionStorage key, or null (also when storage is disabled). */
export function read(key: string): string | null {
	try {
		return sessionStorage.getItem(key);
	} catch {
		return null;
	}
}

/** Saves a value for the visit; without storage the current page still works. */
export function write(key: string, value: object): void {
	try {
		sessionStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Storage can be disabled (private modes); the current page still gets the parameters.
	}
}

/** This visit's attribution; saves fresh campaign parameters for later pages. */
export function visitAttribution(): Attribution {
	const attribution = resolveAttribution(location.search, read(ATTRIBUTION_STORAGE_KEY));
	if (Object.keys(attribution).length > 0) write(ATTRIBUTION_STORAGE_KEY, attribution);
	return attribution;
}

/** Links that carry the visit's attribution: consultation and e-book calls to action. */
export const CAMPAIGN_LINKS = 'a[data-consultation],a[data-ebook]';

/** Rewrites campaign links to carry the page context, the tool results and the attribution. */
export function decorateConsultationLinks(root: ParentNode = document): void {
	const attribution = visitAttribution();
	const result = parseStoredResult(read(RESULT_STORAGE_KEY));
	for (const link of root.querySelectorAll<HTMLAnchorElement>(CAMPAIGN_LINKS)) {
		const base = link.dataset.consultationBase ?? link.href;
		link.dataset.consultationBase = base;
		link.href = consultationHref(base, { from: link.dataset.contextFrom, ...result }, attribution);
	}
}
