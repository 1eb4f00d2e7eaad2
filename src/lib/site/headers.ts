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
	'Permissions-Policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
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
	const parts = metaPolicy
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
	if (!parts.some((d) => d.startsWith('frame-ancestors'))) parts.push("frame-ancestors 'none'");
	return parts.join('; ');
}

/** Pages: always revalidated, so a new build shows at once (unchanged pages cost a 304). */
export const PAGE_CACHE = 'public, max-age=0, must-revalidate';

/** Files whose name changes with their content: kept for a year without asking again. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Folders (under the base path) whose every file is named by its content's hash: the bundler's
 * scripts and styles, and Pagefind's index chunks, filters and result fragments. Pagefind's own
 * script, worker, WebAssembly and entry file keep their names across builds, so they are
 * revalidated like pages.
 */
export const HASHED_FOLDERS = [
	'_astro/',
	'pagefind/fragment/',
	'pagefind/index/',
	'pagefind/filter/',
] as const;

/** Pagefind files with fixed names (under the base path). */
export const PAGEFIND_FIXED = [
	'pagefind/pagefind.js',
	'pagefind/pagefind-worker.js',
	'pagefind/pagefind-entry.json',
	'pagefind/wasm.en.pagefind',
	'pagefind/wasm.unknown.pagefind',
] as const;

/**
 * A Netlify / Cloudflare Pages `_headers` file: the shared headers for every path, caching for
 * hashed files, then each page's own Content-Security-Policy and cache rule. (Both hosts join
 * the values of a header that several rules set, so no path gets Cache-Control from two rules.)
 */
export function buildHeadersFile(
	pages: readonly { path: string; csp: string | undefined }[],
	base = '/',
): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
	for (const folder of HASHED_FOLDERS)
		lines.push(`${root}${folder}*`, `  Cache-Control: ${IMMUTABLE_CACHE}`, '');
	for (const file of PAGEFIND_FIXED)
		lines.push(`${root}${file}`, `  Cache-Control: ${PAGE_CACHE}`, '');
	for (const { path, csp } of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
		if (!csp) continue;
		lines.push(
			path,
			`  Content-Security-Policy: ${headerPolicy(csp)}`,
			`  Cache-Control: ${PAGE_CACHE}`,
			'',
		);
	}
	return lines.join('\n');
}
