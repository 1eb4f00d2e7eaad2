/**
 * Everything search does beyond the header button: the dialog and on-page highlights. The header
 * trigger imports this module on first use and then sends it a `soc-search` event.
 */
import { openSearchDialog } from './dialog';
import { highlightPage } from './highlight';

/** What the trigger asks for. */
export interface SearchRequest {
	action: 'open' | 'highlight';
	opener: HTMLElement | null;
}

document.addEventListener('soc-search', (event) => {
	const { action, opener } = (event as CustomEvent<SearchRequest>).detail;
	if (action === 'open') openSearchDialog(opener);
	else highlightPage();
});
