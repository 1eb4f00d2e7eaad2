/**
 * Security headers for static hosts. The per-page Content Security Policy comes from the <meta>
 * tag Astro writes (it carries that page's script and style hashes); the header adds what a
 * meta tag cannot express (frame-ancestors) and the other hardening headers.
 */

/** Headers every response gets. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Pulls the policy out of a page's CSP meta tag, or undefined when there is none. */
export function cspFromHtml(html: string): string | undefined {
	const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	return tag?.[1]?.replace(/\s+/g, ' ').trim();
}

/** The page's policy plus the directives only a header can carry. */
export function headerPolicy(metaPolicy: string): string {
	const parts = metaPolicy.split(';').map((d) => d.trim()).filter(Boolean);
	if (!parts.some((d) => d.startsWith('frame-ancestors'))) parts.push("frame-ancestors 'none'");
	return parts.join('; ');
}

/**
 * A Netlify / Cloudflare Pages `_headers` file: the shared headers for every path, then each
 * page's own Content-Security-Policy.
 */
export function buildHeadersFile(pages: readonly { path: string; csp: string | undefined }[]): string {
	const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
	for (const { path, csp } of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
		if (!csp) continue;
		lines.push(path, `  Content-Security-Policy: ${headerPolicy(csp)}`, '');
	}
	return lines.join('\n');
}
