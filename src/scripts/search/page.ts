/** The /search/ page: state comes from the URL (?q=, topic=, part=) and typing keeps the URL in step. */
import { parseSearchParams } from '../../lib/search/query';
import { SearchController } from './controller';

/** Starts the /search/ page's panel from the URL. */
export function startSearchPage(): void {
	const panel = document.querySelector<HTMLElement>('[data-search-panel="page"]');
	if (!panel) return;
	const controller = new SearchController(panel, 'page');
	const { state, notices } = parseSearchParams(location.search);
	controller.writeState(state);
	controller.showNotices(notices);
	controller.warmUp();
	void controller.search();
	if (!state.query) controller.input.focus();
}
