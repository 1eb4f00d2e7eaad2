/**
 * Browser side of attribution: remembers the landing visit's campaign parameters for the visit
 * (sessionStorage, no cookies) and adds them to every consultation link on the page.
 */
import {
	ATTRIBUTION_STORAGE_KEY,
	consultationHref,
	resolveAttribution,
	type Attribution,
} from '../lib/attribution/attribution';

function readStored(): string | null {
	try {
		return sessionStorage.getItem(ATTRIBUTION_STORAGE_KEY);
	} catch {
		return null;
	}
}

/** This visit's attribution; saves fresh campaign parameters for later pages. */
export function visitAttribution(): Attribution {
	const attribution = resolveAttribution(location.search, readStored());
	try {
		if (Object.keys(attribution).length > 0) {
			sessionStorage.setItem(ATTRIBUTION_STORAGE_KEY, JSON.stringify(attribution));
		}
	} catch {
		// Storage can be disabled (private modes); the current page still gets the parameters.
	}
	return attribution;
}

/** Rewrites links marked data-consultation to carry the page context and the attribution. */
export function decorateConsultationLinks(root: ParentNode = document): void {
	const attribution = visitAttribution();
	for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-consultation]')) {
		const base = link.dataset.consultationBase ?? link.href;
		link.dataset.consultationBase = base;
		link.href = consultationHref(base, { from: link.dataset.contextFrom }, attribution);
	}
}
