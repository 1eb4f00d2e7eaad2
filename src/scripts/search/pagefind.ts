/** Loads Pagefind's browser API from the search bundle under the site's base path, once. */
import { href } from '../../lib/site/href';
import { PAGEFIND_OPTIONS } from '../../lib/search/config';
import type { FragmentLike } from '../../lib/search/results';

/** One hit before its data is loaded. */
export interface PagefindHit {
	id: string;
	data(): Promise<FragmentLike>;
}

/** The part of a Pagefind search response the UI reads. */
export interface PagefindResponse {
	results: PagefindHit[];
	totalFilters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's API the UI uses. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(query: string, options?: Record<string, unknown>): Promise<void>;
	search(query: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded and configured; a failed load is retried on the next call. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const bundle = href('/pagefind/pagefind.js');
		const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
		// Result URLs in the index are site paths; the base path goes in front of them here.
		await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: href('/') });
		await pagefind.init();
		return pagefind;
	})().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
