/**
 * A smaller loader for the parts the tools fetch on demand. Vite wraps every dynamic import() in a
 * helper that first requests the part's own imports side by side (so they do not load one after
 * another) and then the part. Its general-purpose version (CSP nonces, an old-browser fallback,
 * an error event) is 1.9 KB of code on every tool page. This one, a quarter of that (0.55 KB less
 * gzipped per page), keeps what the site uses: module preloads for scripts, stylesheets for CSS,
 * and the part itself once its stylesheets are in (the site's policy allows 'self' scripts, no
 * nonces).
 */
import type { Plugin } from 'vite';

/** The module Vite imports the helper from (its name is Vite's; see vite/src/node/plugins/importAnalysisBuild.ts). */
const HELPER_ID = '\0vite/preload-helper.js';

/** The helper's code; `base` is the site's base path, which the dependency paths are relative to. */
export function preloadHelperCode(base: string): string {
	return `const seen = new Set();
export const __vitePreload = (load, deps) => {
	const styles = [];
	for (const dep of deps || []) {
		const href = new URL(${JSON.stringify(base)} + dep, location.href).href;
		if (seen.has(href)) continue;
		seen.add(href);
		const link = document.createElement('link');
		link.href = href;
		if (dep.endsWith('.css')) {
			link.rel = 'stylesheet';
			styles.push(new Promise((done, fail) => { link.onload = done; link.onerror = () => fail(new Error('Unable to preload CSS for ' + href)); }));
		} else {
			link.rel = 'modulepreload';
			link.crossOrigin = '';
		}
		document.head.append(link);
	}
	return Promise.all(styles).then(load);
};
`;
}

/** Vite plugin: serves the smaller helper in client builds (the dev server does not use one). */
export function smallPreloadHelper(): Plugin {
	let base = '/';
	return {
		name: 'soc-guide:small-preload-helper',
		apply: 'build',
		configResolved(config) {
			base = config.base;
		},
		resolveId(id) {
			return id === HELPER_ID ? HELPER_ID : undefined;
		},
		load(id) {
			return id === HELPER_ID ? preloadHelperCode(base) : undefined;
		},
	};
}
