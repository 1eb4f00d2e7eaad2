/**
 * What the tests know about the built site, read from the build folders (never a hand-kept list):
 * new pages are covered by every per-page check as soon as they are built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles, sitePathOf } from '../../src/build/site-files.ts';

export { htmlFiles };

export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The main build (`npm run build` / `npm run pdf`). */
export const dist = join(root, 'dist');
/** The build under a sub-path (`npm run build:base`). */
export const distBase = join(root, 'dist-base');

/** The URL path a built HTML file is served at ('/chapters/x/' for chapters/x/index.html). */
export function urlPathOf(file: string, dir = dist): string {
	return sitePathOf(file, dir);
}

/** True for the forwarding pages left at old URLs (content/redirects.txt): not pages of their own. */
export function isRedirectStub(file: string): boolean {
	return /<html[^>]*\sdata-moved-to=/.test(readFileSync(file, 'utf8').slice(0, 300));
}

/** Every page of a build, as site paths, sorted (redirect stubs are tested with the ledger). */
export function allPages(dir = dist): string[] {
	return htmlFiles(dir)
		.filter((f) => !isRedirectStub(f))
		.map((f) => sitePathOf(f, dir))
		.sort();
}

/** Chapter page paths in the build. */
export function chapterPages(dir = dist): string[] {
	return allPages(dir).filter((p) => p.startsWith('/chapters/'));
}

/** A built file's text by its path inside the build folder ('chapters/x/index.html'). */
export function readDist(path: string, dir = dist): string {
	return readFileSync(join(dir, path), 'utf8');
}
