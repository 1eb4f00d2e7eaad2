/**
 * Builds the search panel (form, filters, status, result list) for the header dialog and the
 * /search/ page. Built in the browser rather than rendered into every page: readers who never
 * search do not download it, and the /search/ page's panel needs JavaScript anyway.
 */
import { PARTS, TOPICS } from '../../lib/book/parts';

/** Where a panel lives: the header dialog or the /search/ page. */
export type PanelMode = 'dialog' | 'page';

/** Creates an element with a class and text; small enough to keep the builders readable. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function filterGroup(
	name: 'topic' | 'part',
	legend: string,
	options: readonly { id: string; label: string }[],
): HTMLFieldSetElement {
	const fieldset = el('fieldset');
	fieldset.append(el('legend', undefined, legend));
	for (const option of options) {
		const label = el('label', 'search-chip');
		const box = el('input');
		box.type = 'checkbox';
		box.value = option.id;
		box.dataset['filter'] = name;
		const count = el('span', 'search-chip-count');
		count.dataset['count'] = `${name}:${option.id}`;
		label.append(box, el('span', undefined, option.label), count);
		fieldset.append(label);
	}
	return fieldset;
}

/** The panel's markup; `prefix` keeps its ids unique on the page. */
export function createPanel(prefix: string, mode: PanelMode): HTMLElement {
	const panel = el('div', 'search-panel');
	panel.dataset['searchPanel'] = mode;

	const form = el('form', 'search-form');
	form.setAttribute('role', 'search');
	const label = el('label', mode === 'dialog' ? 'visually-hidden' : 'search-label', 'Search words');
	label.htmlFor = `${prefix}-q`;
	const input = el('input', 'search-input');
	Object.assign(input, {
		id: `${prefix}-q`,
		type: 'search',
		autocomplete: 'off',
		spellcheck: false,
		maxLength: 200,
	});
	input.placeholder = 'e.g. bridge letter, SOC 2 Type 2, CUEC';
	input.enterKeyHint = 'search';
	input.setAttribute('aria-describedby', `${prefix}-keys`);
	input.setAttribute('aria-controls', `${prefix}-results`);
	const row = el('div', 'search-row');
	row.append(input);
	if (mode === 'page') {
		const submit = el('button', 'button', 'Search');
		submit.type = 'submit';
		row.append(submit);
	}
	const filters = el('div', 'search-filters');
	filters.append(filterGroup('topic', 'Topic', TOPICS), filterGroup('part', 'Part', PARTS));
	// On a phone the chips alone fill the screen and push the results out of sight, so there they
	// start folded away; the summary says how many are on.
	const toggle = el('details', 'search-filter-toggle');
	toggle.dataset['searchFilters'] = '';
	toggle.open = matchMedia('(min-width: 40rem)').matches;
	const summary = el('summary', undefined, 'Filters');
	const active = el('span', 'search-filter-active');
	active.dataset['filterActive'] = '';
	summary.append(active);
	toggle.append(summary, filters);
	form.append(label, row, toggle);

	const notice = el('p', 'search-notice');
	notice.dataset['searchNotice'] = '';
	notice.hidden = true;
	const status = el('p', 'search-status');
	status.setAttribute('role', 'status');
	status.dataset['searchStatus'] = '';
	const results = el('ol', 'search-results');
	results.id = `${prefix}-results`;
	results.dataset['searchResults'] = '';
	const more = el('button', 'button secondary search-more', 'Show more results');
	more.type = 'button';
	more.hidden = true;
	more.dataset['searchMore'] = '';
	const keys = el(
		'p',
		'search-keys muted',
		`Results appear as you type. Arrow keys move through them and Enter opens one${mode === 'dialog' ? '; Escape closes search' : ''}.`,
	);
	keys.id = `${prefix}-keys`;

	panel.append(form, notice, status, results, more, keys);
	return panel;
}
