/**
 * The redirects table (content/redirects.txt): renamed or retired URLs and where each now points.
 * One line per rename keeps a chapter or section rename a one-line change for authors.
 *
 *   /old-path/              /new-path/              a page moved (query string and #section kept)
 *   /chapters/x/#old-id     /chapters/x/#new-id     a section id renamed on the same page
 */

/** An old page path and the path (optionally with a #section) it now lives at. */
export interface PageRedirect {
	from: string;
	to: string;
	line: number;
}

/** An old section id kept working on its page by an alias anchor next to the new heading. */
export interface SectionAlias {
	page: string;
	from: string;
	to: string;
	line: number;
}

/** The parsed table. */
export interface RedirectTable {
	pages: PageRedirect[];
	sections: SectionAlias[];
}

/** How many redirects may chain (a → b → c) before we call it a loop or a mess. */
export const MAX_REDIRECT_HOPS = 5;

/** Site paths are root-relative folders ('/x/y/'); a missing trailing slash is added. */
export function normalizePagePath(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

const PATH_RE = /^\/[a-z0-9/._~-]*$/i;
const ID_RE = /^[^\s#"'<>]+$/;

/** Splits '/a/#b' into ['/a/', 'b'] ('' when there is no #section). */
export function splitUrl(url: string): [path: string, hash: string] {
	const i = url.indexOf('#');
	return i === -1 ? [url, ''] : [url.slice(0, i), url.slice(i + 1)];
}

/** Parses the redirects file; every problem names its line so authors can fix it quickly. */
export function parseRedirects(text: string): { table: RedirectTable; errors: string[] } {
	const table: RedirectTable = { pages: [], sections: [] };
	const errors: string[] = [];
	const seen = new Map<string, number>();
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = index + 1;
		const content = raw.trim();
		if (content === '' || content.startsWith('#')) return;
		const parts = content.split(/\s+/);
		if (parts.length !== 2) {
			errors.push(`line ${line}: expected "old-url new-url", got "${content}"`);
			return;
		}
		const [fromRaw, toRaw] = parts as [string, string];
		const [fromPath, fromHash] = splitUrl(fromRaw);
		const [toPath, toHash] = splitUrl(toRaw);
		for (const [label, path, hash] of [
			['old', fromPath, fromHash],
			['new', toPath, toHash],
		] as const) {
			if (!PATH_RE.test(path) || path.includes('//')) {
				errors.push(
					`line ${line}: the ${label} URL "${path}" must be a site path such as /chapters/soc-2/ (no domain, no query string)`,
				);
				return;
			}
			if (hash !== '' && !ID_RE.test(hash)) {
				errors.push(`line ${line}: "#${hash}" is not a valid section id`);
				return;
			}
		}
		const from = normalizePagePath(fromPath);
		const to = normalizePagePath(toPath);
		const key = fromHash ? `${from}#${fromHash}` : from;
		if (seen.has(key)) {
			errors.push(`line ${line}: ${key} is already redirected on line ${seen.get(key)}`);
			return;
		}
		seen.set(key, line);
		if (fromHash) {
			if (!toHash || to !== from) {
				// Browsers never send the #section to the server, so only the page itself can alias it.
				errors.push(
					`line ${line}: a section can only be renamed within its page (write "${from}#${fromHash} ${from}#new-id"); to move a page, redirect the page without a #section`,
				);
				return;
			}
			if (fromHash === toHash) {
				errors.push(`line ${line}: #${fromHash} points to itself`);
				return;
			}
			table.sections.push({ page: from, from: fromHash, to: toHash, line });
			return;
		}
		if (from === '/') {
			errors.push(`line ${line}: the home page cannot be redirected`);
			return;
		}
		if (from === to) {
			errors.push(`line ${line}: ${from} points to itself`);
			return;
		}
		table.pages.push({ from, to: toHash ? `${to}#${toHash}` : to, line });
	});
	return { table, errors };
}

/**
 * Follows page redirects from `path` to the page they end on. Returns the final path (with the
 * target's #section if a rule names one), the rules used, or an error for loops and long chains.
 */
export function followRedirects(
	path: string,
	table: RedirectTable,
): { path: string; hash: string; hops: PageRedirect[] } | { error: string } {
	const byFrom = new Map(table.pages.map((r) => [r.from, r]));
	const hops: PageRedirect[] = [];
	let current = normalizePagePath(path);
	let hash = '';
	while (byFrom.has(current)) {
		const rule = byFrom.get(current)!;
		if (hops.includes(rule))
			return { error: `redirect loop: ${[...hops, rule].map((r) => r.from).join(' → ')}` };
		if (hops.length >= MAX_REDIRECT_HOPS)
			return { error: `more than ${MAX_REDIRECT_HOPS} redirects in a row from ${path}` };
		hops.push(rule);
		const [next, nextHash] = splitUrl(rule.to);
		current = next;
		if (nextHash) hash = nextHash;
	}
	return { path: current, hash, hops };
}

/** The section aliases of one page, old id → new id. */
export function sectionAliases(page: string, table: RedirectTable): Map<string, string> {
	return new Map(table.sections.filter((s) => s.page === page).map((s) => [s.from, s.to]));
}

/**
 * A `_redirects` file for Netlify and Cloudflare Pages: one 301 per old path, with and without
 * the trailing slash, each straight to its final page so no visitor goes through a chain.
 * Both hosts pass the query string on by themselves and browsers keep the #section.
 * `force` adds Netlify's "!" so the rule wins over the fallback page we also publish at the old
 * path (Cloudflare always applies rules first and rejects the "!").
 */
export function redirectsFile(
	table: RedirectTable,
	base: string,
	options: { force?: boolean } = {},
): string {
	const prefix = base.replace(/\/$/, '');
	const status = options.force ? '301!' : '301';
	const lines = [
		'# Generated from content/redirects.txt at build time: edit that file, not this one.',
	];
	for (const rule of table.pages) {
		const end = followRedirects(rule.from, table);
		if ('error' in end) continue;
		const target = `${prefix}${end.path}${end.hash ? `#${end.hash}` : ''}`;
		const from = `${prefix}${rule.from}`;
		lines.push(`${from.replace(/\/$/, '')} ${target} ${status}`, `${from} ${target} ${status}`);
	}
	return `${lines.join('\n')}\n`;
}
