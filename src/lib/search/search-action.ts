/** The site's schema.org WebSite entry with a SearchAction pointing at the /search/ page. */
import { withBase } from '../site/paths';

/** The search page's site path (before the base path). */
export const SEARCH_PATH = '/search/';

/** JSON-LD for the home page: lets search engines and other tools link into /search/?q=…. */
export function webSiteJsonLd(origin: string, base: string, name: string): string {
	const root = origin.replace(/\/+$/, '');
	const data = {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name,
		url: root + withBase('/', base),
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${root}${withBase(SEARCH_PATH, base)}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
	// '<' escaped so no value can close the <script> element it is embedded in.
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
