// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.config.ts';
import { normalizeBase } from './src/lib/site/paths.ts';
import { parseRedirects } from './src/lib/campaign/redirects.ts';
import { ogImages } from './src/integrations/og-images.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { urlLedger } from './src/integrations/url-ledger.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import ebook from './src/integrations/ebook.ts';
import { smallPreloadHelper } from './src/build/module-preload.ts';
import { consultationSettings } from './src/lib/consultation/build.ts';
import { acceptsPlainPost, destinationOrigin } from './src/lib/consultation/destination.ts';

// SITE_BASE lets one build target a sub-path (e.g. /soc-guide/) without editing the config;
// SITE_OUT_DIR keeps such a build apart from the main one.
const base = normalizeBase(process.env.SITE_BASE ?? site.base);

// Redirect stubs and the noindex pages (the link builder, the print edition the PDF is made from)
// stay out of the sitemap; /search/ is listed (its canonical URL drops the query, so result pages
// are not indexed one by one); the browser suite checks that the sitemap lists
// exactly the pages that do not say noindex.
const redirects = parseRedirects(
	readFileSync(new URL('./content/redirects.txt', import.meta.url), 'utf8'),
);
// The consultation form may post to another site (an endpoint, HubSpot's API) or, with no
// destination, prepare an email: the policy allows exactly that and nothing more.
const consultation = consultationSettings().destination;
const consultationOrigin = destinationOrigin(consultation);
const consultationSources = consultationOrigin ? ` ${consultationOrigin}` : '';
const mailtoForm = acceptsPlainPost(consultation) ? '' : ' mailto:';

const unlisted = new Set(['/links/', '/book/', ...redirects.table.pages.map((r) => r.from)]);

export default defineConfig({
	site: site.url,
	base,
	outDir: process.env.SITE_OUT_DIR ?? './dist',
	// The scale benchmark builds other books; its own cache keeps theirs apart from this one's.
	...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
	trailingSlash: 'always',
	// 'jsx' (the default) drops whitespace between inline elements in templates.
	compressHTML: true,
	build: { format: 'directory' },
	vite: {
		// The tools fetch parts on demand through a loader a quarter of Vite's size (see the file).
		plugins: [smallPreloadHelper()],
		build: {
			// The header's search trigger runs on every page: as a small cached file it is fetched once per
			// visit instead of being inlined into (and counted against) every page's first round trip.
			assetsInlineLimit: (file) =>
				/(^|\/)Base\.astro_astro_type_script/.test(file) ? false : undefined,
		},
		environments: {
			client: {
				build: {
					rolldownOptions: {
						output: {
							codeSplitting: {
								groups: [
									// React, its DOM renderer and Astro's React glue: one file, shared by every tool.
									{
										name: 'react',
										test: /node_modules[\\/](?:react|react-dom|scheduler|@astrojs[\\/]react)[\\/]|rolldown[\\/]runtime/,
										priority: 3,
									},
									// Attribution and analytics run on every page: one shared file.
									{
										name: 'site',
										test: /src[\\/](?:lib|scripts)[\\/](?:attribution|analytics[\\/]events)|src[\\/]scripts[\\/]analytics|Base\.astro\?astro&type=script|src[\\/]scripts[\\/](?:site|search[\\/]trigger)\b/,
										priority: 2,
									},
									// Small helpers used by tools and the search page alike (quoting input in notices…).
									{ name: 'shared', test: /src[\\/]lib[\\/]site[\\/]/, priority: 2 },
									// The shared plan's URL codec: only the pages that read or write plan links load it.
									{
										name: 'engagement',
										test: /src[\\/]lib[\\/]engagement[\\/](?:url|notices)\b/,
										priority: 2,
									},
									// The analytics scope, written with the codec: the tools report with it, the consultation form does not.
									{
										name: 'scope',
										test: /src[\\/]lib[\\/]analytics[\\/]tool-scope\b/,
										priority: 2,
									},
									// The plan's vocabulary, dates and load-once helper, which every tool and the consultation form use.
									// It outranks the codec's group below, which would otherwise take in the vocabulary it imports;
									// these modules import nothing outside the kit, so the group takes in nothing else. Not timeline.ts:
									// it pulls in the cost and time model, which tools load on demand. Not the SOC 3 statement:
									// only the chooser shows it, so it goes with the chooser.
									{
										name: 'plan',
										test: /src[\\/]lib[\\/]engagement[\\/](?!url|notices|timeline|soc3-statement)/,
										priority: 3,
									},
									// The cost and time model with its figures: the estimator runs it, and the chooser and the
									// self-check ask it for their dates, so it is one file of its own rather than part of
									// whichever tool the bundler met first.
									{
										name: 'model',
										test: /src[\\/]lib[\\/]estimator[\\/](?:model|values|format|inputs|types)\b/,
										priority: 2,
									},
									// The plan's dates and the deadline check on top of the model: the chooser and the self-check
									// load them on demand, the estimator once a plan has a deadline, so not with its first screen.
									{
										name: 'timeline',
										test: /src[\\/]lib[\\/](?:estimator[\\/]deadline|engagement[\\/]timeline)\b/,
										priority: 2,
									},
									// What every tool shares: reporting results and loading parts on demand.
									{
										name: 'tools',
										test: /preload-helper|src[\\/]scripts[\\/](?:tool-result|reveal)/,
										priority: 2,
									},
									{
										// What a tool needs at once, in one file with the tool: left to itself, the bundler
										// splits the modules a tool shares with its on-demand parts into a chunk each.
										// A group also takes in what its modules import, so anything another page uses
										// must be claimed by a group above (the budgets spec notices when it is not). A page's
										// own script joins its tool's file too (the estimator's hydrates the estimator).
										name: (id) =>
											/src[\\/](?:lib|islands|pages|components)[\\/](chooser|estimator|readiness|review)[\\/.]/i
												.exec(id)?.[1]
												?.toLowerCase() ?? null,
										tags: ['$initial'],
										priority: 1,
									},
								],
							},
						},
					},
				},
			},
		},
	},
	// The book has no code blocks; Shiki's inline styles would also break the strict CSP below.
	markdown: { syntaxHighlight: false },
	// The e-book: the EPUB in every build, the PDF when Chromium is found (SITE_EBOOK=1 requires it,
	// SITE_EBOOK=0 makes neither; see src/lib/book/ebook.ts).
	// pagefindSearch runs last: it indexes the finished HTML.
	integrations: [
		mdx(),
		react(),
		securityHeaders(),
		sitemap({ filter: (page) => !unlisted.has(new URL(page).pathname.slice(base.length - 1)) }),
		ogImages(),
		urlLedger(),
		ebook({ setting: process.env.SITE_EBOOK, site }),
		pagefindSearch(),
	],
	// A strict policy in a <meta> tag on every page: Astro hashes its own scripts and styles, the
	// layout adds the hashes of its two inline snippets. frame-ancestors and the other headers a
	// meta tag cannot carry are in public/_headers.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				`connect-src 'self'${consultationSources}`,
				// Pagefind searches in its own worker script, served from the site.
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				`form-action 'self'${consultationSources}${mailtoForm}`,
			],
			scriptDirective: {
				// Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
				resources: ["'self'", "'wasm-unsafe-eval'"],
			},
		},
	},
});
