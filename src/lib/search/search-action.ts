/** The search page's site path (before the base path): the dialog's "all results" link and the WebSite SearchAction point here. */
export const SEARCH_PATH = '/search/';
