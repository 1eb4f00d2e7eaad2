/**
 * The PDF e-book as part of a build. With `render: true` (what `npm run pdf` sets) pages link the
 * download, and once the build is written its print edition is rendered into the PDF they link;
 * if that fails the build fails, so a link is never left pointing at nothing. A plain build
 * neither needs Chromium nor shows the link.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ebookPath, formatBytes } from '../lib/book/ebook';
// Imported up front: Astro closes its module loader before the build:done hook runs.
import { renderEbook } from './render-ebook';

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
			'astro:config:setup': ({ updateConfig }) => {
				// Pages read this to decide whether to offer the download (empty: no e-book in this build).
				updateConfig({ vite: { define: { 'import.meta.env.EBOOK_PATH': JSON.stringify(render ? pdfPath : '') } } });
			},
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				origin = config.site ?? 'http://localhost';
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!render) return;
				const result = await renderEbook({ outDir: fileURLToPath(dir), origin, base, bookPath: BOOK_PATH, pdfPath });
				logger.info(
					`e-book ${pdfPath}: ${result.pages} pages, ${formatBytes(result.bytes)}, rendered in ${(result.milliseconds / 1000).toFixed(1)} s (${result.passes} passes)`,
				);
			},
		},
	};
}
