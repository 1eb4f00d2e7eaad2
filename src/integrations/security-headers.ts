import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile, cspFromHtml } from '../lib/site/headers';
import { narrowPageCsp } from '../lib/site/csp';
import { htmlFiles, sitePathOf } from '../build/site-files.ts';
import { normalizeBase } from '../lib/site/paths.ts';

/** Writes dist/_headers: hardening headers for all paths and each page's own CSP as a header. */
export default function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'soc-guide:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const pages = await Promise.all(
					htmlFiles(out).map(async (file) => {
						// Each page allows only its own inline scripts and styles (Astro lists every page's).
						const html = await readFile(file, 'utf8');
						const narrowed = narrowPageCsp(html);
						if (narrowed !== html) await writeFile(file, narrowed);
						return { path: base + sitePathOf(file, out).slice(1), csp: cspFromHtml(narrowed) };
					}),
				);
				const missing = pages.filter((p) => !p.csp);
				if (missing.length > 0)
					throw new Error(`No CSP meta tag on: ${missing.map((p) => p.path).join(', ')}`);
				await writeFile(join(out, '_headers'), buildHeadersFile(pages, base));
				logger.info(
					`_headers written for ${pages.length} pages (${relative(process.cwd(), out)}/_headers)`,
				);
			},
		},
	};
}
