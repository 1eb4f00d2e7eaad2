/**
 * Everything search does beyond the header button: the dialog, the /search/ page's panel and
 * on-page highlights, in one file. The header trigger imports this module on first use (at once
 * on /search/) and then sends it a `soc-search` event.
 */
import styles from '../../styles/search.css?inline';
import { openSearchDialog } from './dialog';
import { highlightPage } from './highlight';
import { loadPagefind } from './pagefind';
import { startSearchPage } from './page';

/** What the trigger asks for. */
export interface SearchRequest {
	action: 'open' | 'highlight' | 'warm' | 'page';
	opener: HTMLElement | null;
	/** What the reader typed while the dialog was loading. */
	typed?: string;
}

// The styles come with the module (a constructed sheet is CSSOM, so a strict style-src allows it).
const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

document.addEventListener('soc-search', (event) => {
	const { action, opener, typed } = (event as CustomEvent<SearchRequest>).detail;
	if (action === 'open') openSearchDialog(opener, typed);
	else if (action === 'warm') loadPagefind().catch(() => undefined);
	else if (action === 'page') startSearchPage();
	else highlightPage();
});
