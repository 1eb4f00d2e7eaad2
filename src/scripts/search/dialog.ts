/**
 * The header search dialog, loaded on first open. A modal <dialog> makes the rest of the page
 * inert and closes on Escape; this adds the Tab wrap, backdrop click, focus return and the
 * switch for the "/" shortcut.
 */
import { serializeSearchState } from '../../lib/search/query';
import { SEARCH_PATH } from '../../lib/search/search-action';
import { href } from '../../lib/site/href';
import { SearchController } from './controller';
import { createPanel, el } from './panel';

let controller: SearchController | undefined;
let returnTo: HTMLElement | null = null;

const FOCUSABLE =
	'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

function wire(dialog: HTMLDialogElement, opener: HTMLElement | null): void {
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the backdrop reaches the <dialog> itself; clicks inside land on its children.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
		else if ((event.target as Element).closest('[data-search-results] a')) dialog.close();
	});
	dialog.addEventListener('close', () => {
		const target = returnTo?.isConnected ? returnTo : opener;
		returnTo = null;
		target?.focus();
	});
	dialog.addEventListener('keydown', (event) => {
		// In a search box Chrome spends the first Escape on clearing the text; close at once instead.
		if (event.key === 'Escape') {
			event.preventDefault();
			dialog.close();
			return;
		}
		if (event.key !== 'Tab') return;
		const stops = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
			(e) => e.getClientRects().length > 0,
		);
		const first = stops[0];
		const last = stops.at(-1);
		if (event.shiftKey && document.activeElement === first) {
			event.preventDefault();
			last?.focus();
		} else if (!event.shiftKey && document.activeElement === last) {
			event.preventDefault();
			first?.focus();
		}
	});
	const slash = dialog.querySelector<HTMLInputElement>('[data-search-slash]');
	if (slash) {
		try {
			slash.checked = localStorage.getItem('search-slash') !== 'off';
		} catch {
			slash.disabled = true;
		}
		slash.addEventListener('change', () => {
			try {
				localStorage.setItem('search-slash', slash.checked ? 'on' : 'off');
			} catch {
				// Nothing to remember the choice in; it lasts for this page.
			}
		});
	}
}

function createDialog(): {
	dialog: HTMLDialogElement;
	panel: HTMLElement;
	pageLink: HTMLAnchorElement;
} {
	const dialog = el('dialog', 'search-dialog');
	dialog.setAttribute('aria-labelledby', 'search-dialog-title');
	dialog.dataset['searchDialog'] = '';
	const head = el('div', 'search-dialog-head');
	const title = el('h2', undefined, 'Search the guide');
	title.id = 'search-dialog-title';
	const close = el('button', 'icon-button', 'Close');
	close.type = 'button';
	close.dataset['searchClose'] = '';
	close.append(el('span', 'visually-hidden', ' search'));
	head.append(title, close);
	const panel = createPanel('search-dialog', 'dialog');
	const foot = el('div', 'search-dialog-foot');
	const pageLink = el('a', undefined, 'Open these results as a page you can share');
	pageLink.href = href(SEARCH_PATH);
	const slashLabel = el('label', 'search-slash');
	const slash = el('input');
	slash.type = 'checkbox';
	slash.dataset['searchSlash'] = '';
	slashLabel.append(slash, ' Open search with the ', el('kbd', undefined, '/'), ' key');
	foot.append(pageLink, slashLabel);
	dialog.append(head, panel, foot);
	document.body.append(dialog);
	return { dialog, panel, pageLink };
}

let dialog: HTMLDialogElement | undefined;

/** Opens the dialog (building it on first use) with the search box focused; `typed` starts a query. */
export function openSearchDialog(opener: HTMLElement | null, typed = ''): void {
	if (!dialog || !controller) {
		const built = createDialog();
		dialog = built.dialog;
		controller = new SearchController(built.panel, 'dialog', (state) => {
			built.pageLink.href = href(SEARCH_PATH) + serializeSearchState(state);
		});
		wire(dialog, opener);
	}
	if (!dialog.open) {
		returnTo =
			document.activeElement instanceof HTMLElement && document.activeElement !== document.body
				? document.activeElement
				: opener;
		dialog.showModal();
	}
	controller.warmUp();
	if (typed) controller.startWith(typed);
	else controller.focusInput();
}
