/**
 * Renders every page's Open Graph image after the build, from the page's own og:title and
 * article:section, so a new page gets its share card without being registered anywhere.
 * satori lays the card out as SVG, resvg rasterises it; fonts come from an npm package, so the
 * build needs no network. Rendered cards are cached by content (layout code, card text, colours),
 * so a rebuild, or the same site built under another base path, renders only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import {
	cardForPage,
	OG_HEIGHT,
	OG_WIDTH,
	pageForOgImage,
	shareCardTree,
	type ShareCard,
} from '../lib/campaign/og.ts';
import { site } from '../site.config.ts';
import { htmlFiles } from '../build/site-files.ts';
import { normalizeBase } from '../lib/site/paths.ts';

const require = createRequire(import.meta.url);

function font(weight: 400 | 700) {
	const file = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
	return { name: 'Inter', data: readFileSync(file), weight, style: 'normal' as const };
}

/**
 * Renders share cards, each once: a card already rendered with the same layout code, mark, colours
 * and text is read back from the cache.
 */
function cardRenderer() {
	const cacheDir = fileURLToPath(new URL('../../.cache/og-images/', import.meta.url));
	mkdirSync(cacheDir, { recursive: true });
	const layout = readFileSync(
		fileURLToPath(new URL('../lib/campaign/og.ts', import.meta.url)),
		'utf8',
	);
	const markSvg = readFileSync(
		fileURLToPath(new URL('../../public/favicon.svg', import.meta.url)),
		'utf8',
	);
	const mark = `data:image/svg+xml;base64,${Buffer.from(markSvg).toString('base64')}`;
	const colors = { background: site.colors.light.accent, text: site.colors.light.accentText };
	let fonts: ReturnType<typeof font>[] | undefined;
	return async (card: ShareCard): Promise<{ png: Uint8Array; cached: boolean }> => {
		const key = createHash('sha256')
			.update(JSON.stringify([layout, markSvg, colors, card]))
			.digest('hex')
			.slice(0, 32);
		const file = join(cacheDir, `${key}.png`);
		if (existsSync(file)) return { png: readFileSync(file), cached: true };
		fonts ??= [font(400), font(700)];
		const svg = await satori(shareCardTree(card, colors, mark) as Parameters<typeof satori>[0], {
			width: OG_WIDTH,
			height: OG_HEIGHT,
			fonts,
		});
		const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
		writeFileSync(file, png);
		return { png, cached: false };
	};
}

/**
 * Astro integration: writes /og/<page>.png for every page that links one in its og:image, and in
 * `astro dev` renders a card when it is asked for, from the page as the dev server renders it, so
 * the link builder's preview and shared-link debuggers work before a build.
 */
export function ogImages(): AstroIntegration {
	let prefix = '';
	let base = '/';
	return {
		name: 'soc-guide:og-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
				prefix = `${site.url.replace(/\/$/, '')}${base}`;
			},
			'astro:server:setup': ({ server, logger }) => {
				const render = cardRenderer();
				server.middlewares.use((req, res, next) => {
					const path = (req.url ?? '').split('?', 1)[0]!;
					const page = path.startsWith(base) ? pageForOgImage(`/${path.slice(base.length)}`) : null;
					if (req.method !== 'GET' || !page) return next();
					const host = req.headers.host ?? 'localhost';
					fetch(`http://${host}${base}${page.slice(1)}`)
						.then(async (response) => {
							// A missing page renders the 404 page, whose card would take the asked-for name.
							const found = response.ok ? cardForPage(await response.text(), prefix, site) : null;
							if (!found || found.image !== path.slice(base.length)) return next();
							const { png } = await render(found.card);
							res.setHeader('Content-Type', 'image/png');
							res.setHeader('Cache-Control', 'no-cache');
							res.end(png);
						})
						.catch((error: unknown) => {
							logger.warn(
								`share image ${path}: ${error instanceof Error ? error.message : String(error)}`,
							);
							next();
						});
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const out = fileURLToPath(dir);
				const render = cardRenderer();
				let rendered = 0;
				const done = new Set<string>();
				let bytes = 0;
				for (const page of htmlFiles(out)) {
					const found = cardForPage(readFileSync(page, 'utf8'), prefix, site);
					if (!found || done.has(found.image)) continue;
					done.add(found.image);
					const { png, cached } = await render(found.card);
					if (!cached) rendered++;
					const file = join(out, found.image);
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, png);
					bytes += png.length;
				}
				const ms = Math.round(performance.now() - started);
				const avg = done.size ? Math.round(bytes / done.size / 1024) : 0;
				logger.info(
					`${done.size} share images (${OG_WIDTH}×${OG_HEIGHT}, ${avg} KB on average; ${rendered} rendered, ${done.size - rendered} from cache) in ${ms} ms`,
				);
			},
		},
	};
}
