/** The /search/ page: state comes from the URL (?q=, topic=, part=) and typing keeps the URL in step. */
import { parseSearchParams } from '../../lib/search/query';
import { SearchController } from './controller';
import { createPanel } from './panel';

/** Builds the /search/ page's panel and starts it from the URL. */
export function startSearchPage(): void {
	const mount = document.querySelector<HTMLElement>('[data-search-mount]');
	if (!mount) return;
	const panel = createPanel('search-page', 'page');
	mount.append(panel);
	const controller = new SearchController(panel, 'page');
	const { state, notices } = parseSearchParams(location.search);
	controller.writeState(state);
	controller.showNotices(notices);
	controller.warmUp();
	void controller.search();
	if (!state.query) controller.input.focus();
}
