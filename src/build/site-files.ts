/**
 * A built site on disk: which file serves a URL path and which URL path a file is served at, the
 * one mapping the build steps, the static test server, the tests and the benchmarks share. Folders
 * serve their index.html (`build.format: 'directory'`); paths are site paths with the base path
 * already removed unless a function takes `base`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normalizeBase } from '../lib/site/paths.ts';

export { normalizeBase };

/** Every HTML file under a build folder, recursively, sorted. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/** Bytes of every file under a folder (0 when it does not exist). */
export function folderBytes(dir: string): number {
	if (!existsSync(dir)) return 0;
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** The site path a built file is served at: 'chapters/x/index.html' → '/chapters/x/'. */
export function sitePathOf(file: string, dir: string): string {
	const rel = relative(dir, file).split(sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The file that serves a site path (no base; query and #fragment ignored; percent-escapes
 * decoded), or undefined when nothing does or the path leaves the folder.
 */
export function fileForSitePath(dir: string, path: string): string | undefined {
	const root = resolve(dir);
	let clean: string;
	try {
		clean = decodeURIComponent(path.split(/[?#]/, 1)[0]!);
	} catch {
		return undefined;
	}
	let file = resolve(root, `.${clean.startsWith('/') ? clean : `/${clean}`}`);
	if (file !== root && !file.startsWith(root + sep)) return undefined;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The file that serves a URL path of a build published under `base`, or undefined (outside the base, missing). */
export function fileForUrlPath(dir: string, base: string, urlPath: string): string | undefined {
	const b = normalizeBase(base);
	const path = urlPath.split(/[?#]/, 1)[0]!;
	if (!path.startsWith(b) && `${path}/` !== b) return undefined;
	return fileForSitePath(dir, `/${path.slice(b.length)}`);
}

/** Gzip as the budgets and the benchmarks count it (level 9, the most a host would send). */
export function gzip(data: string | Uint8Array): Buffer {
	return gzipSync(data, { level: 9 });
}

/** Bytes of `data` gzipped at level 9. */
export function gzipSize(data: string | Uint8Array): number {
	return gzip(data).length;
}

/** Bytes as sent over the wire: gzipped, unless the data is already compressed (Pagefind's index). */
export function wireSize(data: string | Uint8Array): number {
	const raw = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
	return Math.min(raw, gzipSize(data));
}
