/**
 * What a page costs a first-time visitor before it is interactive, computed from the built files:
 * the HTML, the render-blocking stylesheets, and the JavaScript the page loads by itself (inline
 * scripts, module scripts, island components and renderers, and everything they import
 * statically). Code loaded on demand (dynamic import(), Pagefind, scripts inside an inert
 * <template> such as the search module) is not counted, except a <template data-boot>: the page
 * imports its script as soon as it has painted (src/scripts/boot.ts), so it is part of the page.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parse } from 'node-html-parser';
import {
	fileForUrlPath,
	gzipSize as gz,
	normalizeBase,
	sitePathOf,
	wireSize,
} from '../../src/build/site-files.ts';

export interface PageBytes {
	html: number;
	css: number;
	js: number;
	total: number;
	files: string[];
}

/** Resolves a URL found in a page or a script to a file in the build. */
function resolveFile(dist: string, base: string, from: string, ref: string): string | undefined {
	if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) return undefined;
	const abs = ref.startsWith('/') ? ref : posix.join(posix.dirname(from), ref);
	return fileForUrlPath(dist, base, abs);
}

/** Static imports of an ES module (import … from 'x', import 'x', export … from 'x'). */
function staticImports(code: string): string[] {
	const specs = [
		...code.matchAll(
			/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g,
		),
	].map((m) => m[1]!);
	return specs.filter((s) => s.startsWith('.') || s.startsWith('/'));
}

/** Measures one built page (its URL path, e.g. '/chapters/soc-2/'). */
export function measurePage(dist: string, path: string, base = '/'): PageBytes {
	base = normalizeBase(base);
	const file = fileForUrlPath(dist, base, path);
	if (!file) throw new Error(`${path} is not in the build at ${dist}`);
	const html = readFileSync(file, 'utf8');
	const doc = parse(html);
	const cssFiles = doc
		.querySelectorAll('link[rel="stylesheet"]')
		// A print stylesheet does not block rendering on screen.
		.filter((l) => (l.getAttribute('media') ?? 'all') !== 'print')
		.map((l) => resolveFile(dist, base, path, l.getAttribute('href')!))
		.filter((f): f is string => !!f);
	// A <template>'s scripts never run on their own: the browser neither loads nor executes them.
	// A data-boot template's script is the exception: the page imports it once it has painted.
	const scripts = doc.querySelectorAll('script').filter((s) => {
		const template = s.closest('template');
		return !template || template.hasAttribute('data-boot');
	});
	const inlineJs = scripts
		.filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json')
		.map((s) => s.textContent);
	const entryUrls = [
		...scripts.filter((s) => s.getAttribute('src')).map((s) => s.getAttribute('src')!),
		...doc.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href')!),
		...doc
			.querySelectorAll('astro-island')
			.flatMap((i) => [i.getAttribute('component-url'), i.getAttribute('renderer-url')]),
		...inlineJs.flatMap((code) => staticImports(code)),
	].filter((u): u is string => !!u);

	const jsFiles = new Set<string>();
	const queue = entryUrls
		.map((u) => resolveFile(dist, base, path, u))
		.filter((f): f is string => !!f);
	while (queue.length > 0) {
		const f = queue.pop()!;
		if (jsFiles.has(f)) continue;
		jsFiles.add(f);
		const code = readFileSync(f, 'utf8');
		const urlOfFile = base + sitePathOf(f, dist).slice(1);
		for (const spec of staticImports(code)) {
			const next = resolveFile(dist, base, urlOfFile, spec);
			if (next) queue.push(next);
		}
	}
	const htmlBytes = gz(html);
	const css = cssFiles.reduce((n, f) => n + gz(readFileSync(f)), 0);
	const js =
		gz(inlineJs.join('\n')) * (inlineJs.length > 0 ? 1 : 0) +
		[...jsFiles].reduce((n, f) => n + gz(readFileSync(f)), 0);
	return {
		html: htmlBytes,
		css,
		js,
		total: htmlBytes + css + js,
		files: [...cssFiles, ...jsFiles],
	};
}

/**
 * Bytes of the built file a URL path requests, as stored and as sent (gzipped, unless that is no
 * smaller: Pagefind's index files are compressed already); zero for a path no file serves.
 */
export function fileBytes(
	dist: string,
	urlPath: string,
	base = '/',
): { raw: number; wire: number } {
	const file = fileForUrlPath(dist, base, urlPath);
	if (!file) return { raw: 0, wire: 0 };
	const body = readFileSync(file);
	return { raw: body.length, wire: wireSize(body) };
}
