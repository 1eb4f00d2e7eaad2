/**
 * Search settings shared by the indexer, the browser UI and the search quality test, so the test
 * measures exactly what readers get.
 */

/** Query parameter that carries the search terms to the page a result opens (Pagefind's name). */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Repeated chrome inside the indexed content that must not be searchable: breadcrumbs, the
 * chapter's meta line, its sources list, previous/next links and the table of contents. (Header,
 * sidebar and footer sit outside `data-pagefind-body`, so they are never indexed.)
 */
export const INDEX_EXCLUDE_SELECTORS = [
	'.breadcrumbs',
	'article > .meta',
	'.sources',
	'.prev-next',
	'.toc',
	'.copy-link',
	'.term-tip',
	'[data-search-ui]',
];

/**
 * Pagefind ranking, tuned against the search quality set (tests/search-quality.json); Pagefind's
 * defaults otherwise. Neighbouring values (termSimilarity 5-7, keywords 2-8) score within a query or
 * two of these, so the choice is not balanced on a knife's edge.
 */
export const SEARCH_RANKING = {
	// Pagefind matches word prefixes: '2' also matches '2026' and '27001'. A higher term similarity
	// ranks exact words well above long extensions, so 'SOC 2' finds the SOC 2 chapter, not ISO 27001.
	termSimilarity: 6,
	// A curated keyword means "this chapter is about it" (src/lib/search/keywords.ts); the title keeps
	// Pagefind's default 5x boost.
	metaWeights: { keywords: 4 },
	// Repeats count for less (Pagefind's default saturation is 1.4): a chapter that names SOC 2 fifty
	// times while comparing it with other frameworks should not outrank the chapter about SOC 2.
	termSaturation: 0.8,
};

/**
 * Target size of one index chunk, in word locations (Pagefind's default is 20,000, about 31 KB
 * gzipped here). A search downloads the chunk holding each word typed, so smaller chunks make a
 * first search lighter: at 4,000 a two-word search fetches about 13 KB of index instead of 62 KB,
 * in a few more (cached, immutable) requests. Pagefind 1.6 reads it from the environment variable
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE only; the indexer checks that it took effect.
 */
export const INDEX_CHUNK_LOCATIONS = 4000;

/** Options passed to `pagefind.options()` in the browser and in the quality test. */
export const PAGEFIND_OPTIONS = {
	excerptLength: 24,
	ranking: SEARCH_RANKING,
	// Pagefind's worker (pagefind-worker.js, same origin) decompresses the index and runs the
	// WebAssembly off the main thread. On the main thread, a search opened from a ?q= link blocked the
	// page for about 360 ms on a mid-range phone (Lighthouse TBT) and cost /search/ its performance bar.
	noWorker: false,
};

/**
 * Results shown per "page" of the list before "Show more" (each costs a fragment download of
 * about 5 KB): four fill a phone screen now that a result shows one excerpt.
 */
export const RESULTS_PAGE_SIZE = 4;

/**
 * Matching sections shown under each result: one, the section that best answers the query, so a
 * phone screen shows several results rather than one and a half.
 */
export const SECTIONS_PER_RESULT = 1;

/**
 * How a result's one section is chosen (src/lib/search/results.ts, `bestSections`). A section's
 * relevance adds up: for each query word it contains, how rare that word is among the page's
 * sections (a word every section has, such as "SOC" in a chapter about SOC reports, tells them
 * apart by almost nothing); `headingFocus` times the share of its heading that is about the query;
 * `matchedWords` times log2(1 + the words in it that matched); `score` times log10(1 + Pagefind's
 * score). Tuned against the quality set's section expectations; the test prints the misses.
 */
export const SECTION_RANKING = {
	headingFocus: 1,
	matchedWords: 0.5,
	score: 0.25,
};

/**
 * Sections that sum up the whole chapter: they match almost any query about it, so a result
 * shows them only when no other section matches.
 */
export const FALLBACK_SECTIONS: readonly string[] = ['key-takeaways'];
