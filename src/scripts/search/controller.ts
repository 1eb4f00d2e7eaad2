/**
 * Search panel behaviour, shared by the header dialog and the /search/ page: reads the form, runs
 * Pagefind, renders results with text nodes only, and moves through them with the arrow keys.
 */
import {
	PARTS,
	TOPICS,
	partLabel,
	topicLabel,
	type PartId,
	type TopicId,
} from '../../lib/book/parts';
import { RESULTS_PAGE_SIZE } from '../../lib/search/config';
import {
	hasCriteria,
	mergeSearchState,
	normalizeQuery,
	pagefindFilters,
	searchQuery,
	type SearchState,
} from '../../lib/search/query';
import { shapeResult, type ExcerptSegment, type ShapedResult } from '../../lib/search/results';
import { href } from '../../lib/site/href';
import { loadPagefind, type PagefindHit } from './pagefind';
import { el, type PanelMode } from './panel';

function excerpt(segments: readonly ExcerptSegment[], className: string): HTMLParagraphElement {
	const p = el('p', className);
	for (const s of segments)
		p.append(s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text));
	return p;
}

function link(text: string, url: string, className?: string): HTMLAnchorElement {
	const a = el('a', className, text);
	a.href = url;
	return a;
}

function renderResult(result: ShapedResult, withWords: boolean): HTMLLIElement {
	const li = el('li', 'search-result');
	const head = el('p', 'search-result-head');
	head.append(
		link(result.title, result.href, 'search-result-title'),
		' ',
		el('span', 'search-result-label', result.label),
	);
	li.append(head);
	// One excerpt per result: the section that best answers the query, else the page's own.
	const section = withWords ? result.sections[0] : undefined;
	if (section) {
		const p = excerpt(section.excerpt, 'search-excerpt');
		p.prepend(link(section.title, section.href, 'search-result-section'), ' ');
		li.append(p);
	} else if (withWords && result.excerpt.length) {
		li.append(excerpt(result.excerpt, 'search-excerpt'));
	} else if (result.summary) {
		li.append(el('p', 'search-excerpt', result.summary));
	}
	return li;
}

/** A list item pointing readers to the browsable parts of the guide. */
function fallback(message: string): HTMLLIElement {
	const li = el('li', 'search-empty');
	li.append(
		`${message} Every chapter is listed in `,
		link('the contents', href('/#chapters')),
		', and every term is explained in ',
		link('the glossary', href('/glossary/')),
		'.',
	);
	return li;
}

function describeFilters(state: SearchState): string {
	const names = [
		...state.topics.map((t: TopicId) => topicLabel(t)),
		...state.parts.map((p: PartId) => partLabel(p)),
	];
	return names.length ? ` in ${names.join(', ')}` : '';
}

/** Drives one search panel. */
export class SearchController {
	readonly root: HTMLElement;
	readonly mode: PanelMode;
	readonly input: HTMLInputElement;
	private readonly form: HTMLFormElement;
	private readonly status: HTMLElement;
	private readonly list: HTMLOListElement;
	private readonly more: HTMLButtonElement;
	private readonly notice: HTMLElement;
	private readonly filterToggle: HTMLDetailsElement;
	private readonly filterActive: HTMLElement;
	private readonly onChange: ((state: SearchState) => void) | undefined;
	private hits: PagefindHit[] = [];
	private shown = 0;
	private run = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private searched = '';

	constructor(root: HTMLElement, mode: PanelMode, onChange?: (state: SearchState) => void) {
		this.root = root;
		this.mode = mode;
		this.onChange = onChange;
		const find = <T extends Element>(selector: string): T => {
			const found = root.querySelector<T>(selector);
			if (!found) throw new Error(`search panel: missing ${selector}`);
			return found;
		};
		this.form = find('form');
		this.input = find('input[type="search"]');
		this.status = find('[data-search-status]');
		this.list = find('[data-search-results]');
		this.more = find('[data-search-more]');
		this.filterToggle = find('[data-search-filters]');
		this.filterActive = find('[data-filter-active]');
		this.notice = find('[data-search-notice]');

		this.input.addEventListener('input', () => this.schedule());
		this.form.addEventListener('change', (event) => {
			if ((event.target as HTMLInputElement).type === 'checkbox') void this.search();
		});
		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			const first = this.list.querySelector<HTMLAnchorElement>('a.search-result-title');
			// In the dialog Enter opens the top result; on the page it searches at once.
			if (this.mode === 'dialog' && first && this.searched === searchQuery(this.input.value))
				first.click();
			else void this.search();
		});
		this.more.addEventListener('click', () => void this.showMore(true));
		root.addEventListener('keydown', (event) => this.onKeydown(event));
	}

	/** The state the form shows. */
	readState(): SearchState {
		const checked = (name: string) =>
			[...this.form.querySelectorAll<HTMLInputElement>(`input[data-filter="${name}"]:checked`)].map(
				(i) => i.value,
			);
		return {
			query: this.input.value,
			topics: TOPICS.map((t) => t.id).filter((id) => checked('topic').includes(id)),
			parts: PARTS.map((p) => p.id).filter((id) => checked('part').includes(id)),
		};
	}

	/** Puts a state into the form (e.g. from the URL). */
	writeState(state: SearchState): void {
		this.input.value = state.query;
		for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			const filter = box.dataset['filter'];
			box.checked =
				(filter === 'topic' && (state.topics as string[]).includes(box.value)) ||
				(filter === 'part' && (state.parts as string[]).includes(box.value));
		}
		this.showActiveFilters(this.readState(), true);
	}

	/** Says in the filters' summary how many are on; a state with filters shows them unfolded. */
	private showActiveFilters(state: SearchState, unfold = false): void {
		const on = state.topics.length + state.parts.length;
		this.filterActive.textContent = on ? ` (${on} on)` : '';
		if (unfold && on) this.filterToggle.open = true;
	}

	/** Shows why values from a link were dropped. */
	showNotices(notices: readonly string[]): void {
		this.notice.hidden = notices.length === 0;
		this.notice.textContent = notices.join(' ');
	}

	/** Focuses the search box with its text selected. */
	focusInput(): void {
		this.input.focus();
		this.input.select();
	}

	/** Replaces the query with text typed before the box existed, and searches for it. */
	startWith(text: string): void {
		this.input.value = text;
		this.input.focus();
		this.input.setSelectionRange(text.length, text.length);
		this.schedule();
	}

	/** Starts loading Pagefind ahead of the first keystroke; errors surface on search. */
	warmUp(): void {
		loadPagefind().catch(() => undefined);
	}

	private schedule(): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.search(), 150);
	}

	/** Runs the search the form describes and renders the first page of results. */
	async search(): Promise<void> {
		clearTimeout(this.timer);
		const state = this.readState();
		this.showActiveFilters(state);
		const run = ++this.run;
		this.onChange?.(state);
		if (this.mode === 'page') {
			history.replaceState(
				history.state,
				'',
				`${location.pathname}${mergeSearchState(location.search, state)}${location.hash}`,
			);
		}
		if (!hasCriteria({ ...state, query: state.query.trim() })) {
			this.clear('');
			return;
		}
		const query = searchQuery(state.query);
		this.root.setAttribute('aria-busy', 'true');
		try {
			const pagefind = await loadPagefind();
			const response = await pagefind.search(query || null, {
				filters: pagefindFilters(state),
				...(query ? {} : { sort: { chapter: 'asc' } }),
			});
			if (run !== this.run || !response) return;
			this.searched = query;
			this.hits = response.results;
			this.shown = 0;
			this.list.replaceChildren();
			this.updateCounts(query ? response.totalFilters : undefined);
			await this.showMore(false);
			if (run !== this.run) return;
			const n = this.hits.length;
			const what = query ? ` for “${normalizeQuery(state.query)}”` : '';
			this.status.textContent = n
				? `${n} ${n === 1 ? 'result' : 'results'}${what}${describeFilters(state)}.`
				: `No results${what}${describeFilters(state)}.`;
			if (!n) {
				this.list.append(
					fallback('Check the spelling, try fewer or shorter words, or clear the filters.'),
				);
			}
		} catch {
			if (run !== this.run) return;
			this.clear(
				import.meta.env.DEV
					? 'Search has no index in development yet: run “npm run build” once (the dev server uses the last build’s index), then reload.'
					: 'Search could not load just now.',
			);
			this.list.append(fallback('You can still find everything by browsing.'));
		} finally {
			if (run === this.run) this.root.removeAttribute('aria-busy');
		}
	}

	private clear(message: string): void {
		this.hits = [];
		this.shown = 0;
		this.searched = '';
		this.list.replaceChildren();
		this.more.hidden = true;
		this.status.textContent = message;
		this.updateCounts(undefined);
		this.root.removeAttribute('aria-busy');
	}

	private updateCounts(counts: Record<string, Record<string, number>> | undefined): void {
		for (const span of this.root.querySelectorAll<HTMLElement>('[data-count]')) {
			const [key = '', value = ''] = (span.dataset['count'] ?? '').split(':');
			span.textContent = counts ? `(${counts[key]?.[value] ?? 0})` : '';
		}
	}

	private async showMore(moveFocus: boolean): Promise<void> {
		const run = this.run;
		const batch = this.hits.slice(this.shown, this.shown + RESULTS_PAGE_SIZE);
		const data = await Promise.all(batch.map((hit) => hit.data()));
		if (run !== this.run) return;
		const items = data.map((fragment) =>
			renderResult(shapeResult(fragment, this.searched, href('/')), this.searched !== ''),
		);
		this.list.append(...items);
		this.shown += batch.length;
		this.more.hidden = this.shown >= this.hits.length;
		if (moveFocus) items[0]?.querySelector('a')?.focus();
	}

	private onKeydown(event: KeyboardEvent): void {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops = [this.input, ...this.list.querySelectorAll<HTMLAnchorElement>('a')];
		const at = stops.indexOf(document.activeElement as HTMLAnchorElement);
		if (at === -1) return;
		event.preventDefault();
		const next =
			stops[event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0)];
		next?.focus();
		next?.scrollIntoView({ block: 'nearest' });
	}
}
