/**
 * The URL ledger (content/url-ledger.txt): every public URL the guide has published, pages and the
 * section anchors readers can copy. Campaign links live for years, so a ledger URL must always
 * resolve, directly or through content/redirects.txt.
 */
import {
	followRedirects,
	normalizePagePath,
	sectionAliases,
	splitUrl,
	type RedirectTable,
} from './redirects.ts';

/** What the ledger needs to know about one built page. */
export interface PageFacts {
	/** Every id on the page (section headings, their aliases, anything else). */
	ids: Set<string>;
	/** Ids of the sections that have a "copy link" control: the anchors readers share. */
	anchors: string[];
	/** The page asks search engines to skip it (internal tools, 404, redirect stubs). */
	noindex: boolean;
	/** For a redirect fallback page, the path it forwards to. */
	movedTo: string | null;
}

/** Built pages by site path without the base ('/chapters/soc-2/'). */
export type SiteFacts = Map<string, PageFacts>;

const LEDGER_HEADER = `# Public URLs of the guide: every page and every section anchor readers can copy.
# Campaigns link these for years. The build fails when one stops resolving: to rename a page or a
# section, add a line to content/redirects.txt instead of removing it here.
# Add new pages and sections with \`npm run ledger:add\`. Never delete a line.
`;

/** Reads the facts the ledger needs out of a built HTML page. */
export function pageFacts(html: string): PageFacts {
	const ids = new Set<string>();
	const anchors: string[] = [];
	for (const m of html.matchAll(/<[a-z][a-z0-9]*\s[^>]*>/gi)) {
		const tag = m[0];
		const id = /\sid="([^"]*)"/.exec(tag)?.[1];
		if (id) ids.add(decodeEntities(id));
		if (/\sclass="(?:[^"]*\s)?copy-link(?:\s[^"]*)?"/.test(tag)) {
			const href = /\shref="#([^"]+)"/.exec(tag)?.[1];
			if (href) anchors.push(decodeEntities(href));
		}
	}
	const noindex = /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
	const movedTo = /<html[^>]*\sdata-moved-to="([^"]+)"/.exec(html)?.[1] ?? null;
	return { ids, anchors, noindex, movedTo: movedTo && decodeEntities(movedTo) };
}

function decodeEntities(s: string): string {
	return s
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'");
}

/** True for pages that are part of the public guide (not stubs, 404 or internal tools). */
export function isPublicPage(path: string, facts: PageFacts): boolean {
	return (
		!facts.noindex && facts.movedTo === null && !/^\/?404(\.html)?$/.test(path.replace(/^\//, ''))
	);
}

/**
 * Every public URL of a built site: its pages, their shareable section anchors and, when a
 * redirects table is given, the old URLs it keeps alive (so deleting a redirect fails the build).
 */
export function publicUrls(site: SiteFacts, table?: RedirectTable): string[] {
	const urls: string[] = [];
	for (const [path, facts] of site) {
		if (!isPublicPage(path, facts)) continue;
		urls.push(path, ...facts.anchors.map((id) => `${path}#${id}`));
	}
	if (table) {
		urls.push(
			...table.pages.map((r) => r.from),
			...table.sections.map((s) => `${s.page}#${s.from}`),
		);
	}
	return sortUrls(urls);
}

/** Ledger order: by page path, the page before its anchors, anchors alphabetically. */
export function sortUrls(urls: Iterable<string>): string[] {
	const key = (u: string) => {
		const [p, h] = splitUrl(u);
		return [p, h] as const;
	};
	return [...new Set(urls)].sort((a, b) => {
		const [pa, ha] = key(a);
		const [pb, hb] = key(b);
		return pa === pb ? (ha < hb ? -1 : ha > hb ? 1 : 0) : pa < pb ? -1 : 1;
	});
}

/** Parses the ledger: one site path (optionally with #anchor) per line, '#' lines are comments. */
export function parseLedger(text: string): { urls: string[]; errors: string[] } {
	const urls: string[] = [];
	const errors: string[] = [];
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		if (!/^\/[^\s?]*$/.test(line)) {
			errors.push(`line ${i + 1}: "${line}" is not a site path such as /chapters/soc-2/#scope`);
			return;
		}
		urls.push(line);
	});
	return { urls, errors };
}

/** The ledger file for a list of URLs: the explanatory header, then the URLs in ledger order. */
export function formatLedger(urls: Iterable<string>): string {
	return `${LEDGER_HEADER}${sortUrls(urls).join('\n')}\n`;
}

/** Outcome of resolving one URL against a build. */
export type Resolution =
	{ ok: true; target: string; redirected: boolean } | { ok: false; problem: string };

/**
 * Resolves a site URL as a visitor would reach it: the page itself, or the page its redirects end
 * on; then the #section on that page, including aliases of renamed sections.
 */
export function resolveUrl(url: string, site: SiteFacts, table: RedirectTable): Resolution {
	const [rawPath, hash] = splitUrl(url);
	const path = rawPath.endsWith('.html') ? rawPath : normalizePagePath(rawPath);
	let target = path;
	let targetHash = hash;
	let redirected = false;
	const direct = site.get(path);
	if (!direct || direct.movedTo !== null) {
		const end = followRedirects(path, table);
		if ('error' in end) return { ok: false, problem: `${url}: ${end.error}` };
		if (end.hops.length === 0) {
			return {
				ok: false,
				problem: `${url}: no page at ${path} and no redirect for it in content/redirects.txt`,
			};
		}
		redirected = true;
		target = end.path;
		if (end.hash) targetHash = end.hash;
	}
	const page = site.get(target);
	if (!page || page.movedTo !== null) {
		return {
			ok: false,
			problem: `${url}: redirects to ${target}, which is not a page of the build`,
		};
	}
	if (targetHash && !page.ids.has(targetHash)) {
		const alias = sectionAliases(target, table).get(targetHash);
		const hint = alias
			? `the alias #${targetHash} → #${alias} is in content/redirects.txt but #${alias} is not on the page`
			: `add "${target}#${targetHash} ${target}#<new-id>" to content/redirects.txt`;
		return { ok: false, problem: `${url}: ${target} has no section #${targetHash} (${hint})` };
	}
	return { ok: true, target: targetHash ? `${target}#${targetHash}` : target, redirected };
}

/**
 * Problems with the redirects table against a build: rules that end nowhere, stubs that shadow a
 * live page, and section aliases whose page or target section is missing.
 */
export function checkRedirects(table: RedirectTable, site: SiteFacts): string[] {
	const problems: string[] = [];
	for (const rule of table.pages) {
		const existing = site.get(rule.from);
		if (existing && existing.movedTo === null) {
			problems.push(
				`content/redirects.txt line ${rule.line}: ${rule.from} is a live page; remove the redirect or the page`,
			);
			continue;
		}
		const result = resolveUrl(rule.from, site, table);
		if (!result.ok) problems.push(`content/redirects.txt line ${rule.line}: ${result.problem}`);
	}
	for (const alias of table.sections) {
		const page = site.get(alias.page);
		if (!page || page.movedTo !== null) {
			problems.push(
				`content/redirects.txt line ${alias.line}: ${alias.page} is not a page of the build`,
			);
		} else if (!page.ids.has(alias.to)) {
			problems.push(
				`content/redirects.txt line ${alias.line}: ${alias.page} has no section #${alias.to}`,
			);
		} else if (!page.ids.has(alias.from)) {
			problems.push(
				`content/redirects.txt line ${alias.line}: the alias #${alias.from} was not rendered on ${alias.page}`,
			);
		}
	}
	return problems;
}

/** Every ledger URL that no longer resolves, with the reason and the fix. */
export function checkLedger(
	urls: readonly string[],
	site: SiteFacts,
	table: RedirectTable,
): string[] {
	return urls.flatMap((url) => {
		const r = resolveUrl(url, site, table);
		return r.ok ? [] : [r.problem];
	});
}

/** Public URLs of the build (and old URLs the redirects keep alive) the ledger does not list yet. */
export function missingFromLedger(
	urls: readonly string[],
	site: SiteFacts,
	table?: RedirectTable,
): string[] {
	const listed = new Set(urls);
	return publicUrls(site, table).filter((u) => !listed.has(u));
}
