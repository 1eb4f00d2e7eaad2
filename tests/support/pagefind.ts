/**
 * Runs Pagefind's own browser API in Node against a built site, with the options and query
 * handling the site's UI uses, so tests measure what readers get.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/config';
import { pagefindFilters, searchQuery, type SearchState } from '../../src/lib/search/query';
import { shapeResult, type FragmentLike, type ShapedResult } from '../../src/lib/search/results';

interface PagefindApi {
	options(o: Record<string, unknown>): Promise<void>;
	search(
		q: string | null,
		o?: Record<string, unknown>,
	): Promise<{ results: { data(): Promise<RankedResult['fragment']> }[] }>;
	destroy(): Promise<void>;
}

/** A ranked result: the page path, its shaped row as the UI would show it, and Pagefind's data. */
export interface RankedResult {
	path: string;
	row: ShapedResult;
	fragment: FragmentLike & { content: string; filters: Record<string, string[]> };
}

/** Loads a built site's Pagefind bundle; call `close()` when done to restore `fetch`. */
export async function openIndex(siteDir: string, overrides: Record<string, unknown> = {}) {
	const realFetch = globalThis.fetch;
	// Pagefind fetches its index files next to pagefind.js; in Node they are files on disk.
	globalThis.fetch = async (input: string | URL | Request) => {
		const url = new URL(input instanceof Request ? input.url : String(input));
		if (url.protocol !== 'file:') return realFetch(input);
		return new Response(await readFile(fileURLToPath(url)));
	};
	const bundle = pathToFileURL(join(siteDir, 'pagefind', 'pagefind.js')).href;
	// A fresh module instance per site folder (the query string keeps the two builds apart).
	const pagefind = (await import(`${bundle}?site=${encodeURIComponent(siteDir)}`)) as PagefindApi;
	await pagefind.options({ ...PAGEFIND_OPTIONS, ...overrides, baseUrl: '/', noWorker: true });
	return {
		/** The top `limit` results for what a reader typed, shaped like the UI's rows. */
		async search(
			typed: string,
			limit = 3,
			filters: Omit<SearchState, 'query'> = { topics: [], parts: [] },
		): Promise<RankedResult[]> {
			const query = searchQuery(typed);
			// Like the UI: without words, filtered chapters are listed in reading order.
			const response = await pagefind.search(query || null, {
				filters: pagefindFilters({ query, ...filters }),
				...(query ? {} : { sort: { chapter: 'asc' } }),
			});
			const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
			return data.map((fragment) => ({
				path: fragment.url.split(/[?#]/)[0]!,
				row: shapeResult(fragment, query),
				fragment,
			}));
		},
		/** Every indexed page's path: with no words and no filters Pagefind lists them all. */
		async indexedPages(): Promise<string[]> {
			const response = await pagefind.search(null);
			const data = await Promise.all(response.results.map((r) => r.data()));
			return data.map((fragment) => fragment.url.split(/[?#]/)[0]!).sort();
		},
		/** How many pages match, without loading their data. */
		async count(
			typed: string,
			filters: Omit<SearchState, 'query'> = { topics: [], parts: [] },
		): Promise<number> {
			const query = searchQuery(typed);
			return (
				await pagefind.search(query || null, { filters: pagefindFilters({ query, ...filters }) })
			).results.length;
		},
		async close(): Promise<void> {
			await pagefind.destroy();
			globalThis.fetch = realFetch;
		},
	};
}
