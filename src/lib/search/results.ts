/**
 * Turns Pagefind's result data into what the search list shows: the page, its kind and part,
 * the section that best answers the query, and excerpts as text segments (never HTML strings).
 */
import { FALLBACK_SECTIONS, HIGHLIGHT_PARAM, SECTION_RANKING, SECTIONS_PER_RESULT } from './config';
import { STOP_WORDS } from './query';

/** The fields of a Pagefind sub-result the list uses. */
export interface SubResultLike {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { id?: string; element?: string };
	/** Positions of the matched words in the page's `content` (split on whitespace). */
	locations?: readonly number[];
	weighted_locations?: readonly { balanced_score: number }[];
}

/** The fields of a Pagefind result's data (`await result.data()`) the list uses. */
export interface FragmentLike {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	/** The page's indexed text; `locations` point at its words. */
	content?: string;
	sub_results?: readonly SubResultLike[];
}

/** A run of excerpt text, marked when it matched the search. */
export interface ExcerptSegment {
	text: string;
	mark: boolean;
}

/** A matching section of a page. */
export interface ShapedSection {
	title: string;
	href: string;
	excerpt: ExcerptSegment[];
}

/** What kind of page a result is; shown next to its title. */
export type ResultKind = 'Chapter' | 'Glossary' | 'FAQ' | 'Tool' | 'Page';

/** One row of the result list. */
export interface ShapedResult {
	title: string;
	href: string;
	kind: ResultKind;
	/** 'Chapter 3 · Basics', 'Glossary', … */
	label: string;
	/** Page-level excerpt, used when no section stands out (without the repeated title). */
	excerpt: ExcerptSegment[];
	/** The chapter summary (from metadata), for listings without search words. */
	summary: string;
	sections: ShapedSection[];
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/** Decodes the HTML entities Pagefind writes into excerpts. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X'
					? parseInt(name.slice(2), 16)
					: parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
				? String.fromCodePoint(code)
				: whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/**
 * Splits a Pagefind excerpt ('a <mark>b</mark> c', entities encoded) into text segments, so the
 * UI can build it with text nodes: nothing from the index is ever parsed as HTML.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
	const segments: ExcerptSegment[] = [];
	let mark = false;
	for (const piece of excerpt.split(/(<mark>|<\/mark>)/i)) {
		if (/^<mark>$/i.test(piece)) mark = true;
		else if (/^<\/mark>$/i.test(piece)) mark = false;
		else if (piece) {
			const text = decodeEntities(piece);
			const last = segments.at(-1);
			if (last && last.mark === mark) last.text += text;
			else segments.push({ text, mark });
		}
	}
	return segments;
}

/** Keeps only same-site paths; anything else falls back to the site's home. */
function sitePath(url: string, base: string): string {
	return url.startsWith('/') && !url.startsWith('//') ? url : base;
}

/** Adds the search terms to a result URL (before any #anchor) so the page can highlight them. */
export function withHighlight(url: string, query: string): string {
	const terms = query.trim();
	if (!terms) return url;
	const hashAt = url.indexOf('#');
	const hash = hashAt >= 0 ? url.slice(hashAt) : '';
	const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
	const queryAt = beforeHash.indexOf('?');
	const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
	const params = new URLSearchParams(queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '');
	params.set(HIGHLIGHT_PARAM, terms);
	return `${path}?${params.toString()}${hash}`;
}

/** The kind of page at a URL path, from the site's fixed routes. */
export function kindOf(url: string, base = '/'): ResultKind {
	const path = url.startsWith(base) ? `/${url.slice(base.length)}` : url;
	if (path.startsWith('/chapters/')) return 'Chapter';
	if (path.startsWith('/glossary/')) return 'Glossary';
	if (path.startsWith('/faq/')) return 'FAQ';
	if (/^\/(chooser|estimator|readiness)\//.test(path)) return 'Tool';
	return 'Page';
}

function score(sub: SubResultLike): number {
	return (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

/** A word reduced to letters and digits, lower case ('“SOC' → 'soc', '2;' → '2'). */
function bare(word: string): string {
	return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The words of a query that identify what it asks about: its words less the stop words (all of
 * them when every word is one), each once.
 */
export function queryTerms(query: string): string[] {
	const words = [...new Set(query.split(/\s+/).map(bare).filter(Boolean))];
	const telling = words.filter((w) => !STOP_WORDS.has(w));
	return telling.length ? telling : words;
}

/**
 * Whether an indexed word matched a query term. Pagefind matches terms as prefixes ('cost' finds
 * 'costs') and stems them ('costs' finds 'cost'), so either way round counts, the shorter side at
 * least three letters long unless it is the whole word. A number matches only itself ('2' finds
 * '2' and '2soc', not '2026', '27001' or '$25,000'), although Pagefind's prefix match located them.
 */
function matches(word: string, term: string): boolean {
	if (word === term) return true;
	if (/^\p{N}+$/u.test(term))
		return word.startsWith(term) && !/\p{N}/u.test(word.charAt(term.length));
	if (word.startsWith(term)) return true;
	return word.length >= 3 && term.startsWith(word);
}

/** The query's terms a section contains, and how many of its located words matched one. */
export function termsIn(
	sub: SubResultLike,
	terms: readonly string[],
	words: readonly string[],
): { found: Set<string>; matched: number } {
	const found = new Set<string>();
	let matched = 0;
	for (const at of sub.locations ?? []) {
		const word = bare(words[at] ?? '');
		if (!word) continue;
		let hit = false;
		for (const term of terms) {
			if (matches(word, term)) {
				hit = true;
				found.add(term);
			}
		}
		if (hit) matched++;
	}
	return { found, matched };
}

/** How many of the query's terms a section contains, from the words at its matched locations. */
export function termsFound(
	sub: SubResultLike,
	terms: readonly string[],
	words: readonly string[],
): number {
	return termsIn(sub, terms, words).found.size;
}

/**
 * How much of a heading is about the query: the share of its telling words (stop words aside)
 * that match a query term. 'The audit fee' is all about "audit fee"; 'Audit fee versus
 * first-year total' is less so.
 */
export function titleFocus(title: string, terms: readonly string[]): number {
	const words = title
		.split(/\s+/)
		.map(bare)
		.filter((w) => w && !STOP_WORDS.has(w));
	if (!words.length) return 0;
	return words.filter((w) => terms.some((t) => matches(w, t))).length / words.length;
}

/**
 * The sections of a page worth showing: those that start at a heading, most relevant first (ties
 * keep page order), at most `max`. Relevance (weights in SECTION_RANKING) rewards the query's
 * words a section contains, each by how rare it is among the page's sections, then a heading
 * about the query, then how many of its words matched and Pagefind's score. Summary sections
 * such as "Key takeaways" (FALLBACK_SECTIONS) are shown only when nothing else matched.
 */
export function bestSections(
	subResults: readonly SubResultLike[],
	max = SECTIONS_PER_RESULT,
	query = '',
	content = '',
): SubResultLike[] {
	const terms = queryTerms(query);
	const words = content ? content.split(/\s+/) : [];
	const candidates = subResults
		.map((sub, index) => ({ sub, index, ...termsIn(sub, terms, words) }))
		.filter(({ sub }) => sub.anchor !== undefined && sub.title.trim() !== '');
	// Inverse document frequency over the page's sections, smoothed so a word in every section
	// still counts a little.
	const n = candidates.length;
	const rarity = new Map(
		terms.map((t) => [
			t,
			Math.log((n + 1) / (candidates.filter((c) => c.found.has(t)).length + 0.5)),
		]),
	);
	const ranked = candidates
		.map((c) => ({
			...c,
			relevance:
				[...c.found].reduce((sum, t) => sum + (rarity.get(t) ?? 0), 0) +
				SECTION_RANKING.headingFocus * titleFocus(c.sub.title, terms) +
				SECTION_RANKING.matchedWords * Math.log2(1 + c.matched) +
				SECTION_RANKING.score * Math.log10(1 + score(c.sub)),
		}))
		.sort((a, b) => b.relevance - a.relevance || a.index - b.index);
	const isFallback = (sub: SubResultLike) => FALLBACK_SECTIONS.includes(sub.anchor?.id ?? '');
	const specific = ranked.filter(({ sub }) => !isFallback(sub));
	return (specific.length ? specific : ranked).slice(0, max).map(({ sub }) => sub);
}

/**
 * Drops the heading Pagefind repeats at the start of a section's excerpt ('Fieldwork. During…'),
 * or the end of it when the excerpt starts inside the heading. Marks are kept.
 */
export function withoutLeadingTitle(
	segments: readonly ExcerptSegment[],
	title: string,
): ExcerptSegment[] {
	const text = segments.map((s) => s.text).join('');
	const lower = text.toLowerCase();
	const heading = title.trim().toLowerCase();
	let cut = 0;
	for (let k = 0; k < heading.length && cut === 0; k++) {
		const tail = heading.slice(k);
		if (tail.length < 4 && k > 0) break;
		// A (rest of the) heading followed by the full stop Pagefind puts after it, or by the excerpt's end.
		if (
			lower.startsWith(tail) &&
			(/^[.:?!]?\s/.test(text.slice(tail.length)) || text.length === tail.length)
		) {
			cut = tail.length;
		}
	}
	if (cut === 0) return segments.map((s) => ({ ...s }));
	const rest = text.slice(cut).replace(/^[.:?!]?\s*/, '');
	let skip = text.length - rest.length;
	const out: ExcerptSegment[] = [];
	for (const s of segments) {
		if (skip >= s.text.length) {
			skip -= s.text.length;
			continue;
		}
		out.push({ text: s.text.slice(skip), mark: s.mark });
		skip = 0;
	}
	return out;
}

/** Shapes one Pagefind result for the list; `query` is what the page should highlight. */
export function shapeResult(fragment: FragmentLike, query: string, base = '/'): ShapedResult {
	const url = sitePath(fragment.url, base);
	const kind = kindOf(url, base);
	const part = fragment.meta['part']?.trim();
	const chapter = fragment.meta['chapter']?.trim();
	const label =
		kind === 'Chapter'
			? [chapter ? `Chapter ${chapter}` : 'Chapter', part].filter(Boolean).join(' · ')
			: kind;
	const sections = bestSections(
		fragment.sub_results ?? [],
		SECTIONS_PER_RESULT,
		query,
		fragment.content,
	).map((sub) => ({
		title: sub.title.trim(),
		href: withHighlight(sitePath(sub.url, base), query),
		excerpt: withoutLeadingTitle(excerptSegments(sub.excerpt), sub.title),
	}));
	const title = fragment.meta['title']?.trim() || url;
	return {
		title,
		href: withHighlight(url, query),
		kind,
		label,
		excerpt: withoutLeadingTitle(excerptSegments(fragment.excerpt), title),
		summary: fragment.meta['summary']?.trim() ?? '',
		sections,
	};
}
