/**
 * The header search dialog, loaded on first open. A modal <dialog> makes the rest of the page
 * inert and closes on Escape; this adds the Tab wrap, backdrop click, focus return and the
 * switch for the "/" shortcut.
 */
import { serializeSearchState } from '../../lib/search/query';
import { SEARCH_PATH } from '../../lib/search/search-action';
import { href } from '../../lib/site/href';
import { SearchController } from './controller';

let controller: SearchController | undefined;
let returnTo: HTMLElement | null = null;

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

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
		const stops = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.getClientRects().length > 0);
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

/** Opens the dialog (setting it up on first use) with the search box focused. */
export function openSearchDialog(opener: HTMLElement | null): void {
	const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
	const panel = dialog?.querySelector<HTMLElement>('[data-search-panel]');
	if (!dialog || !panel) return;
	if (!controller) {
		const pageLink = dialog.querySelector<HTMLAnchorElement>('[data-search-page-link]');
		controller = new SearchController(panel, 'dialog', (state) => {
			if (pageLink) pageLink.href = href(SEARCH_PATH) + serializeSearchState(state);
		});
		wire(dialog, opener);
	}
	if (!dialog.open) {
		returnTo = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : opener;
		dialog.showModal();
	}
	controller.focusInput();
	controller.warmUp();
}
