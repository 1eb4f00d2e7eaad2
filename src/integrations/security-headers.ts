import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile, cspFromHtml } from '../lib/site/headers';

/** Writes dist/_headers: hardening headers for all paths and each page's own CSP as a header. */
export default function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'soc-guide:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
				const pages = await Promise.all(
					files.map(async (f) => {
						const rel = f.split(sep).join('/');
						const path = base.replace(/\/$/, '') + '/' + rel.replace(/(^|\/)index\.html$/, '$1');
						return { path, csp: cspFromHtml(await readFile(join(out, f), 'utf8')) };
					}),
				);
				const missing = pages.filter((p) => !p.csp);
				if (missing.length > 0) throw new Error(`No CSP meta tag on: ${missing.map((p) => p.path).join(', ')}`);
				await writeFile(join(out, '_headers'), buildHeadersFile(pages, base));
				logger.info(`_headers written for ${pages.length} pages (${relative(process.cwd(), out)}/_headers)`);
			},
		},
	};
}
