/**
 * Which words to highlight on a page opened from a search result, as a regular expression.
 * Pagefind matches stems ('controls' finds 'control'), so terms match by word start.
 */
import { cleanQuery } from './query';

/** Words too common to be worth marking on a page. */
const STOP_WORDS = new Set(
	'a about an and are as at be by can do does did for from get how i in into is it its many much my need of on or our than that the this to vs what when where which who why will with we you your'.split(
		' ',
	),
);

/** At most this many terms are marked: more means a query pasted from somewhere else. */
export const MAX_HIGHLIGHT_TERMS = 8;

/**
 * The terms to mark for a highlight parameter. A number or roman numeral stays attached to the word
 * before it ('SOC 2', 'Type 2'), so a page is not covered in marked 2s; with several words the
 * whole phrase comes first, so 'bridge letter' is marked as one run where it appears as one.
 */
export function highlightTerms(param: string): string[] {
	const terms: string[] = [];
	for (const word of cleanQuery(param).split(' ')) {
		const token = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
		if (!token) continue;
		if (/^(\d{1,2}|i{1,3})$/i.test(token)) {
			if (terms.length) terms[terms.length - 1] += ` ${token}`;
			continue;
		}
		if (token.length < 2 || STOP_WORDS.has(token.toLowerCase())) continue;
		terms.push(token);
	}
	const seen = new Set<string>();
	const unique = terms.filter((t) => {
		const key = t.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	if (unique.length > 1) unique.unshift(unique.join(' '));
	return unique.slice(0, MAX_HIGHLIGHT_TERMS);
}

/** A rough English stem: enough for prefix matching, so 'controls' also marks 'controlled'. */
export function stem(word: string): string {
	const lower = word.toLowerCase();
	if (/\d/.test(lower) || lower.includes(' ')) return lower;
	const cut = lower.replace(/(ing|ed|es|s)$/, '');
	return cut.length >= 4 ? cut : lower;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One case-insensitive pattern matching any of the terms at the start of a word, including the
 * rest of that word. Null when there is nothing to mark.
 */
export function highlightPattern(terms: readonly string[]): RegExp | null {
	const alternatives = terms
		.map((t) => stem(t))
		.filter((t) => t.length > 0)
		// Longest first, so 'SOC 2' wins over 'SOC' where both could match.
		.sort((a, b) => b.length - a.length)
		.map((t) => t.split(' ').map(escapeRegExp).join('[\\s\\u00a0-]*'));
	if (alternatives.length === 0) return null;
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** A run of page text, marked when it matched. */
export interface TextRun {
	text: string;
	mark: boolean;
}

/** Splits one text node's text into marked and unmarked runs (`pattern` must have the g flag). */
export function splitMatches(text: string, pattern: RegExp): TextRun[] {
	const runs: TextRun[] = [];
	let last = 0;
	// exec with lastIndex rather than matchAll: matchAll copies the expression, and compiling a
	// Unicode-property expression is slow enough to matter across a chapter's text nodes.
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		if (match[0] === '') {
			pattern.lastIndex++;
			continue;
		}
		if (match.index > last) runs.push({ text: text.slice(last, match.index), mark: false });
		runs.push({ text: match[0], mark: true });
		last = match.index + match[0].length;
	}
	pattern.lastIndex = 0;
	if (last < text.length) runs.push({ text: text.slice(last), mark: false });
	return runs;
}
