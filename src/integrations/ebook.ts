/**
 * The PDF e-book as part of a build. With `render: true` (what `npm run pdf` sets) pages link the
 * download, and once the build is written its print edition is rendered into the PDF they link;
 * if that fails the build fails, so a link is never left pointing at nothing. A plain build
 * neither needs Chromium nor shows the link.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ebookPath, formatBytes } from '../lib/book/ebook';
import { missingDevTools } from '../build/dev-tools.ts';
import { normalizeBase } from '../lib/site/paths.ts';

/** The tools the renderer needs: development dependencies, absent where only `dependencies` are installed. */
const MISSING_TOOLS = missingDevTools(['@playwright/test', 'unpdf']);
// Loaded while Astro loads the config (its module loader is closed by the time any hook runs), and
// only where the renderer's tools are installed, so a production-only install still builds.
const renderer = MISSING_TOOLS.length === 0 ? await import('./render-ebook') : undefined;

interface EbookOptions {
	/** Render the e-book after the build and link it from the pages. */
	render: boolean;
	/** The book's title, which names the file. */
	title: string;
}

/** Site path of the print edition the PDF is rendered from. */
export const BOOK_PATH = '/book/';

/** Astro integration that renders the e-book after the build (see the file comment). */
export default function ebook({ render, title }: EbookOptions): AstroIntegration {
	const pdfPath = ebookPath(title);
	let base = '/';
	let origin = '';
	return {
		name: 'soc-guide:ebook',
		hooks: {
			'astro:config:setup': ({ updateConfig, logger }) => {
				if (render && !renderer) {
					logger.warn(
						`skipping the e-book: ${MISSING_TOOLS.join(' and ')} (development dependencies) are not installed, so this build has no PDF and no link to it; install them (\`npm ci\`) to render it`,
					);
					render = false;
				}
				// Pages read this to decide whether to offer the download (empty: no e-book in this build).
				updateConfig({ vite: { define: { 'import.meta.env.EBOOK_PATH': JSON.stringify(render ? pdfPath : '') } } });
			},
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
				origin = config.site ?? 'http://localhost';
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!render || !renderer) return;
				const result = await renderer.renderEbook({ outDir: fileURLToPath(dir), origin, base, bookPath: BOOK_PATH, pdfPath });
				logger.info(
					`e-book ${pdfPath}: ${result.pages} pages, ${formatBytes(result.bytes)}, rendered in ${(result.milliseconds / 1000).toFixed(1)} s (${result.passes} passes)`,
				);
			},
		},
	};
}
