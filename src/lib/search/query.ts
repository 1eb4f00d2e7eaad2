/**
 * Search state in the URL: `/search/?q=bridge+letter&topic=soc1,soc2&part=after`.
 * Campaign links and the site's WebSite SearchAction point here, so parsing must accept anything
 * a person or a mail client can do to a link and never throw.
 */
import { PARTS, TOPICS, type PartId, type TopicId } from '../book/parts';
import { quotable } from '../site/echo';

/** What the reader searched for: the words and the chosen filters. */
export interface SearchState {
	query: string;
	topics: TopicId[];
	parts: PartId[];
}

/** A parsed URL: the usable state plus a plain-language note for each value that was dropped. */
export interface ParsedSearch {
	state: SearchState;
	notices: string[];
}

/** Longer queries are cut: nobody types more, and Pagefind's work grows with every word. */
export const MAX_QUERY_LENGTH = 200;

/** The URL keys this page owns; everything else (utm_*, gclid, …) is left in the URL untouched. */
export const SEARCH_KEYS = ['q', 'topic', 'part'] as const;

const MAX_NOTICES = 5;

/** The empty state: no words, no filters. */
export function emptySearchState(): SearchState {
	return { query: '', topics: [], parts: [] };
}

/** Lower-case letters and digits only, so 'SOC 2', 'soc-2' and 'soc2' compare equal. */
function fold(value: string): string {
	return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Tidies typed text: no control characters, single spaces, trimmed, at most MAX_QUERY_LENGTH. */
export function cleanQuery(raw: string): string {
	// Control characters (including the C1 range) and lone surrogates never help a search.
	const text = raw
		.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
		.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (text.length <= MAX_QUERY_LENGTH) return text;
	// Do not cut a surrogate pair in half.
	let cut = text.slice(0, MAX_QUERY_LENGTH);
	if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
	return cut.trim();
}

function pickAll<T extends string>(
	values: string[],
	known: readonly { id: T; label: string }[],
	what: string,
	notices: string[],
): T[] {
	const picked = new Set<T>();
	for (const value of values.flatMap((v) => v.split(','))) {
		if (value.trim() === '') continue;
		const key = fold(value);
		const match = known.find((k) => fold(k.id) === key || fold(k.label) === key);
		if (match) picked.add(match.id);
		else {
			// Quoted short, so a hostile URL cannot flood the page.
			const shown = quotable(value);
			notices.push(
				shown === null ? `Ignored an unknown ${what}.` : `Ignored the unknown ${what} “${shown}”.`,
			);
		}
	}
	// Canonical order keeps URLs stable whatever order the link used.
	return known.filter((k) => picked.has(k.id)).map((k) => k.id);
}

/** Reads search state from a query string (with or without '?'); unknown keys are ignored. */
export function parseSearchParams(search: string | URLSearchParams): ParsedSearch {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const notices: string[] = [];
	const raw = params.getAll('q').find((q) => q.trim() !== '') ?? '';
	const query = cleanQuery(raw);
	if (raw.replace(/\s+/g, ' ').trim().length > MAX_QUERY_LENGTH) {
		notices.push(`The search was shortened to its first ${MAX_QUERY_LENGTH} characters.`);
	}
	const topics = pickAll(params.getAll('topic'), TOPICS, 'topic', notices);
	const parts = pickAll(params.getAll('part'), PARTS, 'part', notices);
	const kept = notices.slice(0, MAX_NOTICES);
	if (notices.length > MAX_NOTICES)
		kept.push(`…and ${notices.length - MAX_NOTICES} more ignored values.`);
	return { state: { query, topics, parts }, notices: kept };
}

/** Writes search state as a query string ('?q=…&topic=…&part=…'), or '' when there is nothing to keep. */
export function serializeSearchState(state: SearchState): string {
	const pairs: string[] = [];
	const query = cleanQuery(state.query);
	if (query) pairs.push(`q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
	if (state.topics.length) pairs.push(`topic=${state.topics.join(',')}`);
	if (state.parts.length) pairs.push(`part=${state.parts.join(',')}`);
	return pairs.length ? `?${pairs.join('&')}` : '';
}

/**
 * Replaces the search keys of an existing query string with `state`, keeping every other key
 * (campaign attribution must survive the reader typing a new search).
 */
export function mergeSearchState(currentSearch: string, state: SearchState): string {
	const others = new URLSearchParams(currentSearch);
	for (const key of SEARCH_KEYS) others.delete(key);
	const own = serializeSearchState(state).slice(1);
	const rest = others.toString();
	const joined = [own, rest].filter(Boolean).join('&');
	return joined ? `?${joined}` : '';
}

/** True when the state asks for something: words or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
	return state.query !== '' || state.topics.length > 0 || state.parts.length > 0;
}

/**
 * Pagefind's filter object for the state: any chosen topic, and any chosen part. Both keys are
 * always present: an empty `any` restricts nothing, and Pagefind only counts results per value for
 * the keys it is given (the counts shown next to each filter).
 */
export function pagefindFilters(state: SearchState): Record<'topic' | 'part', { any: string[] }> {
	return { topic: { any: [...state.topics] }, part: { any: [...state.parts] } };
}

/**
 * Spellings readers type for the same thing, rewritten to the form the guide uses, so that
 * 'SOC2', 'soc-2' and 'SOC 2' search alike. Only spelling is touched here; different words for one
 * idea ('gap letter', 'bridge letter') are handled by each chapter's search keywords.
 */
const SPELLINGS: readonly [RegExp, string][] = [
	[/\bsoc[\s-]*([123])(?=\b|\+)/gi, 'SOC $1'],
	[/\bsoc[\s-]*(iii|ii|i)\b/gi, 'SOC $1'],
	[/\btype[\s-]*(?:ii|2)\b/gi, 'Type 2'],
	[/\btype[\s-]*(?:i|1)\b/gi, 'Type 1'],
	[/\b(ssae|isae|sas|iso)[\s-]*(\d{2,5})\b/gi, '$1 $2'],
	[/\bpen[\s-]?test/gi, 'pen test'],
	// The most common misspelling of HIPAA.
	[/\bhippa\b/gi, 'HIPAA'],
];
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3' };

/** Rewrites spelling variants (SOC2, Type II, SSAE18, pentest) to the guide's own spelling. */
export function normalizeQuery(query: string): string {
	let text = cleanQuery(query);
	for (const [pattern, replacement] of SPELLINGS) {
		text = text.replace(pattern, replacement);
	}
	text = text.replace(/\bSOC (iii|ii|i)\b/gi, (_, r: string) => `SOC ${ROMAN[r.toLowerCase()]}`);
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Words that do not tell one section from another. Pagefind matches every word as a prefix, so a
 * question's "a" also matches "audit" and "and", and "is" matches "issued": left in, they rank
 * pages by how common their words are rather than by what was asked.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	'a an and are as at be by can could did do does for from how i if in is it me my of on or our should the their there to us vs versus was we what when where which who why will with would you your'.split(
		' ',
	),
);

/**
 * What is sent to Pagefind for what a reader typed: the normalized query less its stop words
 * (all of it when it has nothing else, e.g. "what is it").
 */
export function searchQuery(query: string): string {
	const normalized = normalizeQuery(query);
	const words = normalized.split(' ').filter(Boolean);
	const telling = words.filter(
		(w) => !STOP_WORDS.has(w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')),
	);
	return (telling.length ? telling : words).join(' ');
}
