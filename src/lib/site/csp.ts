import { createHash } from 'node:crypto';

/** The CSP source expression ('sha256-…') that allows exactly this inline script or style. */
export function cspHash(code: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** Script types that are data, never run, so a policy needs no hash for them. */
const DATA_BLOCKS = /^(application\/(ld\+)?json)$/i;

/**
 * The hashes of the inline scripts and styles in a page (scripts with `src` and data blocks such as
 * JSON-LD aside), including those inside a <template>, which may be cloned into the page.
 */
export function inlineHashes(html: string): Set<string> {
	const hashes = new Set<string>();
	for (const m of html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi)) {
		const attrs = m[2] ?? '';
		if (m[1]!.toLowerCase() === 'script') {
			if (/\ssrc\s*=/i.test(attrs)) continue;
			const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
			if (type && DATA_BLOCKS.test(type)) continue;
		}
		hashes.add(cspHash(m[3] ?? ''));
	}
	return hashes;
}

/**
 * A page's policy that allows only its own inline code: Astro writes the hashes of every page's
 * scripts and styles into every page, about 15 hashes (0.6 KB gzipped) a page does not use.
 * Hashes in `keep` (the page's own) stay; everything else in the policy is unchanged.
 */
export function withOwnHashesOnly(policy: string, keep: ReadonlySet<string>): string {
	return policy.replace(/\s*'(sha(?:256|384|512)-[A-Za-z0-9+/=_-]+)'/g, (whole, hash: string) =>
		keep.has(hash) ? whole : '',
	);
}

/** A built page with its CSP meta tag narrowed to its own inline code (see withOwnHashesOnly). */
export function narrowPageCsp(html: string): string {
	const keep = inlineHashes(html);
	return html.replace(
		/(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i,
		(_, open: string, policy: string, close: string) =>
			open + withOwnHashesOnly(policy, keep) + close,
	);
}
