/**
 * Path helpers: every internal link, asset and canonical URL goes through these so the guide
 * works unchanged at a domain's root or under a sub-path such as '/soc-guide/'.
 */

/** Normalises a base path to the form '/x/y/' ('/' for the root). */
export function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** True for hrefs that leave the site or are not paths (mailto:, https:, //host, #hash, ?query). */
export function isExternalOrSpecial(href: string): boolean {
	return /^(?:[a-z][a-z0-9+.-]*:|\/\/|#|\?)/i.test(href);
}

/**
 * Prefixes a root-relative site path with the base path. Relative and external hrefs are
 * returned as they are; an href that already carries the base is not prefixed twice.
 */
export function withBase(path: string, base: string): string {
	const b = normalizeBase(base);
	if (isExternalOrSpecial(path) || !path.startsWith('/')) return path;
	if (b === '/') return path;
	if (path === b.slice(0, -1) || path.startsWith(b)) return path;
	return b + path.slice(1);
}

/** Absolute canonical URL of a site path: origin + base + path, never a query string. */
export function canonicalUrl(origin: string, base: string, path: string): string {
	const clean = path.split(/[?#]/, 1)[0] ?? '/';
	return origin.replace(/\/+$/, '') + withBase(clean.startsWith('/') ? clean : `/${clean}`, base);
}

/** Site path of a chapter page. */
export function chapterPath(slug: string): string {
	return `/chapters/${slug}/`;
}

/** Site path of a glossary entry. */
export function glossaryPath(termId: string): string {
	return `/glossary/#${termId}`;
}

/**
 * The element id a URL fragment names ('#cost%20drivers' → 'cost drivers'). A link can carry a
 * malformed escape ('#%E0%A4%A'), which decodeURIComponent throws on: it is then read as written.
 */
export function fragmentId(hash: string): string {
	const raw = hash.replace(/^#/, '');
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}
