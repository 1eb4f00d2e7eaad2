/**
 * Builds the Pagefind search index as the last step of `astro build` and fails the build on any
 * indexing error. In `astro dev` it serves the last build's index, so search works while writing.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { INDEX_CHUNK_LOCATIONS, INDEX_EXCLUDE_SELECTORS } from '../lib/search/config';
import { normalizeBase } from '../lib/site/paths.ts';
import { fileForSitePath, folderBytes } from '../build/site-files.ts';

/** Pagefind's ready-made UIs; the guide has its own, so these never ship. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

const TYPES: Record<string, string> = {
	js: 'text/javascript',
	json: 'application/json',
	css: 'text/css',
};

function fail(step: string, errors: readonly string[]): never {
	throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** The integration: index on build, serve the last index in dev. */
export function pagefindSearch(): AstroIntegration {
	let outDir = '';
	let base = '/';
	return {
		name: 'soc-guide:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				base = normalizeBase(config.base);
			},
			'astro:server:setup': ({ server, logger }) => {
				const bundle = join(outDir, 'pagefind');
				if (!existsSync(join(bundle, 'pagefind.js'))) {
					logger.warn(
						"Search needs an index: run `npm run build` once, then reload (dev serves the last build's index).",
					);
				}
				const prefix = `${base}pagefind/`;
				server.middlewares.use((req, res, next) => {
					const path = (req.url ?? '').split('?')[0] ?? '';
					if (!path.startsWith(prefix)) return next();
					const file = fileForSitePath(bundle, `/${path.slice(prefix.length)}`);
					if (!file) {
						res.statusCode = 404;
						res.setHeader('Content-Type', 'text/plain; charset=utf-8');
						res.end('No search index yet: run `npm run build`, then reload.');
						return;
					}
					res.setHeader(
						'Content-Type',
						TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
					);
					res.setHeader('Cache-Control', 'no-store');
					createReadStream(file).pipe(res);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				const output = join(site, 'pagefind');
				// Read by the indexer process that createIndex starts (it inherits this environment).
				process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_LOCATIONS);
				try {
					const { index, errors } = await createIndex({
						excludeSelectors: INDEX_EXCLUDE_SELECTORS,
					});
					if (!index || errors.length) fail('start', errors);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length) fail('index the site', added.errors);
					const written = await index.writeFiles({ outputPath: output });
					if (written.errors.length) fail('write the index', written.errors);
					for (const name of readdirSync(output)) {
						if (UNUSED.test(name)) rmSync(join(output, name));
					}
					// addDirectory counts every HTML file it read; the entry file counts the pages indexed.
					const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as {
						languages: Record<string, { page_count: number }>;
					};
					const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
					if (pages === 0) fail('find pages to index', ['no page has data-pagefind-body']);
					const chunks = readdirSync(join(output, 'index'));
					const chunkBytes = folderBytes(join(output, 'index')) / chunks.length;
					// A word location costs about 1.7 bytes of compressed index. The setting is marked
					// unstable: if a Pagefind update drops it, say so rather than ship a first search
					// several times heavier without anyone noticing.
					if (chunkBytes > INDEX_CHUNK_LOCATIONS * 3)
						logger.warn(
							`Search index chunks average ${Math.round(chunkBytes / 1024)} KB: PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE seems to be ignored by this Pagefind version.`,
						);
					const ms = Math.round(performance.now() - started);
					const kb = (folderBytes(output) / 1024).toFixed(0);
					logger.info(
						`Indexed ${pages} of ${added.page_count} pages in ${ms} ms; search bundle ${kb} KB on disk, index in ${chunks.length} chunks.`,
					);
				} finally {
					await close();
				}
			},
		},
	};
}
