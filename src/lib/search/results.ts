/**
 * Turns Pagefind's result data into what the search list shows: the page, its kind and part,
 * its best-matching sections, and excerpts as text segments (never HTML strings).
 */
import { HIGHLIGHT_PARAM, SECTIONS_PER_RESULT } from './config';

/** The fields of a Pagefind sub-result the list uses. */
export interface SubResultLike {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { id?: string; element?: string };
	weighted_locations?: readonly { balanced_score: number }[];
}

/** The fields of a Pagefind result's data (`await result.data()`) the list uses. */
export interface FragmentLike {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
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
	/** Page-level excerpt, used when no section stands out. */
	excerpt: ExcerptSegment[];
	/** The chapter summary (from metadata), for listings without search words. */
	summary: string;
	sections: ShapedSection[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes into excerpts. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
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

/**
 * The sections of a page worth showing: those that start at a heading, best-scoring first
 * (ties keep page order), at most `max`.
 */
export function bestSections(subResults: readonly SubResultLike[], max = SECTIONS_PER_RESULT): SubResultLike[] {
	return subResults
		.map((sub, index) => ({ sub, index, score: score(sub) }))
		.filter(({ sub }) => sub.anchor !== undefined && sub.title.trim() !== '')
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.slice(0, max)
		.map(({ sub }) => sub);
}

/** Shapes one Pagefind result for the list; `query` is what the page should highlight. */
export function shapeResult(fragment: FragmentLike, query: string, base = '/'): ShapedResult {
	const url = sitePath(fragment.url, base);
	const kind = kindOf(url, base);
	const part = fragment.meta['part']?.trim();
	const chapter = fragment.meta['chapter']?.trim();
	const label =
		kind === 'Chapter' ? [chapter ? `Chapter ${chapter}` : 'Chapter', part].filter(Boolean).join(' · ') : kind;
	const sections = bestSections(fragment.sub_results ?? []).map((sub) => ({
		title: sub.title.trim(),
		href: withHighlight(sitePath(sub.url, base), query),
		excerpt: excerptSegments(sub.excerpt),
	}));
	return {
		title: fragment.meta['title']?.trim() || url,
		href: withHighlight(url, query),
		kind,
		label,
		excerpt: excerptSegments(fragment.excerpt),
		summary: fragment.meta['summary']?.trim() ?? '',
		sections,
	};
}
