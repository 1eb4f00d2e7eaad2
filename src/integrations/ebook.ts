/**
 * The e-book as part of a build: once the site is written, its print edition (/book/) becomes the
 * EPUB (plain Node, every build) and the PDF (Chromium's print engine, when Chromium is found or
 * `npm run pdf` requires it). Pages link only the formats the build makes, and once the files
 * exist their size and page or chapter count are written into those links. If making a linked
 * file fails, the build fails, so a link never points at nothing. SITE_EBOOK: see ebookPlan.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	ebookFacts,
	ebookPath,
	ebookPlan,
	fillEbookFacts,
	formatBytes,
	type EbookFormat,
	type EbookPlan,
} from '../lib/book/ebook';
import { buildEpub } from '../lib/book/epub';
import { findChromium } from '../build/chromium.ts';
import { htmlFiles } from '../build/site-files.ts';
import { missingDevTools } from '../build/dev-tools.ts';
import { normalizeBase } from '../lib/site/paths.ts';

/** What the PDF renderer needs: development dependencies, absent where only `dependencies` are installed. */
const MISSING_TOOLS = missingDevTools(['@playwright/test', 'unpdf']);
// Loaded while Astro loads the config (its module loader is closed by the time any hook runs), and
// only where the renderer's tools are installed, so a production-only install still builds.
const renderer = MISSING_TOOLS.length === 0 ? await import('../build/render-ebook') : undefined;

interface EbookOptions {
	/** SITE_EBOOK: '1' both formats (PDF required), '0' none, unset: PDF when Chromium is found. */
	setting: string | undefined;
	/** What the book says about itself. */
	site: {
		title: string;
		publisher: string;
		tagline: string;
		url: string;
		lang: string;
		colors: { light: { accent: string; accentText: string } };
	};
}

/** Subjects the PDF declares in its metadata. */
const KEYWORDS = [
	'SOC 1',
	'SOC 2',
	'SOC 3',
	'SOC report',
	'attestation',
	'Trust Services Criteria',
];

/** Site path of the print edition the e-book is made from. */
export const BOOK_PATH = '/book/';

/** Writes the facts about the made files into every built page that links them. */
function fillLinks(outDir: string, facts: Partial<Record<EbookFormat, string>>): number {
	let pages = 0;
	for (const file of htmlFiles(outDir)) {
		const html = readFileSync(file, 'utf8');
		if (!html.includes('data-ebook-facts')) continue;
		writeFileSync(file, fillEbookFacts(html, facts));
		pages++;
	}
	return pages;
}

/** Astro integration that makes the e-book after the build (see the file comment). */
export default function ebook({ setting, site }: EbookOptions): AstroIntegration {
	const pdfPath = ebookPath(site.title, 'pdf');
	const epubPath = ebookPath(site.title, 'epub');
	let plan: EbookPlan = { pdf: false, epub: false };
	let base = '/';
	let origin = '';
	let root = '';
	return {
		name: 'soc-guide:ebook',
		hooks: {
			'astro:config:setup': ({ command, updateConfig, logger }) => {
				plan = ebookPlan(setting, findChromium(), command);
				if (plan.pdf && !renderer) {
					const missing = `${MISSING_TOOLS.join(' and ')} (development dependencies) are not installed`;
					// `npm run pdf` asks for the PDF: fail rather than leave it out.
					if ((setting ?? '').trim() === '1')
						throw new Error(
							`The PDF e-book needs ${MISSING_TOOLS.join(' and ')}: ${missing}; run \`npm ci\` with them`,
						);
					plan = {
						...plan,
						pdf: false,
						notice: `skipping the PDF e-book: ${missing}, so this build makes the EPUB only and pages offer it alone`,
					};
				}
				if (plan.notice && command === 'build') logger.warn(plan.notice);
				// Pages read these to decide which downloads to offer (empty: not in this build).
				updateConfig({
					vite: {
						define: {
							'import.meta.env.EBOOK_PATH': JSON.stringify(plan.pdf ? pdfPath : ''),
							'import.meta.env.EBOOK_EPUB_PATH': JSON.stringify(plan.epub ? epubPath : ''),
						},
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
				origin = config.site ?? 'http://localhost';
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!plan.pdf && !plan.epub) return;
				const outDir = fileURLToPath(dir);
				const facts: Partial<Record<EbookFormat, string>> = {};
				if (plan.epub) {
					const started = performance.now();
					const book = buildEpub(
						readFileSync(join(outDir, BOOK_PATH, 'index.html'), 'utf8'),
						{
							title: site.title,
							publisher: site.publisher,
							lang: site.lang,
							description: site.tagline,
							url: site.url,
							coverColors: {
								background: site.colors.light.accent,
								text: site.colors.light.accentText,
							},
						},
						readFileSync(join(root, 'src/styles/epub.css'), 'utf8'),
					);
					const file = join(outDir, epubPath);
					await mkdir(dirname(file), { recursive: true });
					await writeFile(file, book.bytes);
					facts.epub = ebookFacts('epub', book.bytes.length, book.chapters);
					logger.info(
						`e-book ${epubPath}: ${book.chapters} chapters, ${formatBytes(book.bytes.length)}, made in ${Math.round(performance.now() - started)} ms`,
					);
				}
				if (plan.pdf) {
					if (!renderer) throw new Error('The PDF renderer is not loaded');
					const result = await renderer.renderEbook({
						outDir,
						origin,
						base,
						bookPath: BOOK_PATH,
						pdfPath,
						metadata: {
							title: site.title,
							author: site.publisher,
							subject: site.tagline,
							lang: site.lang,
							keywords: KEYWORDS,
						},
					});
					facts.pdf = ebookFacts('pdf', result.bytes, result.pages);
					logger.info(
						`e-book ${pdfPath}: ${result.pages} pages, ${formatBytes(result.bytes)}, rendered in ${(result.milliseconds / 1000).toFixed(1)} s (${result.passes} passes)`,
					);
				}
				const pages = fillLinks(outDir, facts);
				logger.info(
					`e-book links on ${pages} pages: ${Object.entries(facts)
						.map(([f, t]) => `${f.toUpperCase()} ${t}`)
						.join('; ')}`,
				);
			},
		},
	};
}
