/**
 * Marks the search terms on a page opened from a search result (?highlight=…) and offers a
 * button that clears them. Loaded only when that parameter is present.
 */
import { HIGHLIGHT_PARAM, INDEX_EXCLUDE_SELECTORS } from '../../lib/search/config';
import { highlightPattern, highlightTerms, splitMatches } from '../../lib/search/highlight';
import { fragmentId } from '../../lib/site/paths';

const SKIP = [
	'script',
	'style',
	'mark',
	'[hidden]',
	'[data-pagefind-ignore]',
	'.visually-hidden',
	...INDEX_EXCLUDE_SELECTORS,
].join(',');

function announce(message: string): void {
	const announcer = document.getElementById('announcer');
	if (!announcer) return;
	announcer.textContent = '';
	requestAnimationFrame(() => (announcer.textContent = message));
}

function markTerms(root: Element, pattern: RegExp): HTMLElement[] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.nodeValue?.trim() && !node.parentElement?.closest(SKIP)
				? NodeFilter.FILTER_ACCEPT
				: NodeFilter.FILTER_REJECT,
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	const marks: HTMLElement[] = [];
	for (const node of nodes) {
		const runs = splitMatches(node.nodeValue ?? '', pattern);
		if (!runs.some((r) => r.mark)) continue;
		const fragment = document.createDocumentFragment();
		for (const run of runs) {
			if (!run.mark) {
				fragment.append(run.text);
				continue;
			}
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			mark.textContent = run.text;
			marks.push(mark);
			fragment.append(mark);
		}
		node.replaceWith(fragment);
	}
	return marks;
}

function clear(marks: readonly HTMLElement[], bar: HTMLElement): void {
	const parents = new Set<Node>();
	for (const mark of marks) {
		if (mark.parentNode) parents.add(mark.parentNode);
		mark.replaceWith(mark.textContent ?? '');
	}
	for (const parent of parents) parent.normalize();
	bar.remove();
	document.documentElement.classList.remove('has-search-highlight');
	const url = new URL(location.href);
	url.searchParams.delete(HIGHLIGHT_PARAM);
	history.replaceState(history.state, '', url.pathname + url.search + url.hash);
	// The button is gone: keep keyboard users where they were reading rather than at the top.
	document.getElementById('main')?.focus({ preventScroll: true });
	announce('Search highlights cleared');
}

/** Marks the terms of the page's highlight parameter and shows the bar that clears them. */
export function highlightPage(): void {
	const typed = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? '';
	const pattern = highlightPattern(highlightTerms(typed));
	const root = document.querySelector('[data-pagefind-body]');
	const main = document.getElementById('main');
	if (!pattern || !root || !main) return;
	const marks = markTerms(root, pattern);
	const bar = document.createElement('div');
	bar.className = 'search-highlight-bar';
	bar.setAttribute('role', 'region');
	bar.setAttribute('aria-label', 'Search highlights');
	const text = document.createElement('p');
	const words = document.createElement('strong');
	words.textContent = `“${typed.replace(/\s+/g, ' ').trim().slice(0, 80)}”`;
	text.append(
		marks.length
			? `${marks.length} ${marks.length === 1 ? 'match' : 'matches'} for `
			: 'No exact matches on this page for ',
		words,
	);
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'button secondary';
	button.textContent = 'Clear highlights';
	button.addEventListener('click', () => clear(marks, bar));
	bar.append(text, button);
	main.prepend(bar);
	document.documentElement.classList.add('has-search-highlight');
	if (marks.length)
		announce(`${marks.length} search ${marks.length === 1 ? 'match' : 'matches'} highlighted`);
	// Marking can shift text a little; keep the section the result pointed to in view.
	if (location.hash.length > 1)
		document.getElementById(fragmentId(location.hash))?.scrollIntoView();
}
