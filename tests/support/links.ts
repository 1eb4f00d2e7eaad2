/** A static link checker over a built site folder: every internal URL and #anchor must resolve. */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import {
	fileForUrlPath,
	htmlFiles,
	normalizeBase,
	sitePathOf as urlPathOf,
} from '../../src/build/site-files.ts';

export interface LinkReport {
	pages: number;
	linksChecked: number;
	anchorsChecked: number;
	problems: string[];
}

/**
 * Checks every page in `dir`: internal links, assets and anchors resolve, ids are unique, and
 * (under a base path) every root-relative URL starts with the base.
 */
export function checkLinks(dir: string, base = '/', origin = 'http://site.invalid'): LinkReport {
	base = normalizeBase(base);
	const files = htmlFiles(dir);
	const idsByFile = new Map<string, Set<string>>();
	const docs = files.map((file) => {
		const doc = parse(readFileSync(file, 'utf8'));
		return { file, doc };
	});
	const problems: string[] = [];
	for (const { file, doc } of docs) {
		const ids = new Set<string>();
		for (const el of doc.querySelectorAll('[id]')) {
			const id = el.getAttribute('id')!;
			if (ids.has(id)) problems.push(`${urlPathOf(file, dir)}: duplicate id "${id}"`);
			ids.add(id);
		}
		idsByFile.set(file, ids);
	}
	let linksChecked = 0;
	let anchorsChecked = 0;
	for (const { file, doc } of docs) {
		const pagePath = base.replace(/\/$/, '') + urlPathOf(file, dir);
		const refs = [
			...doc.querySelectorAll('a[href]').map((e) => e.getAttribute('href')!),
			...doc
				.querySelectorAll('link[href]')
				.filter((e) => e.getAttribute('rel') !== 'canonical')
				.map((e) => e.getAttribute('href')!),
			...doc.querySelectorAll('script[src], img[src]').map((e) => e.getAttribute('src')!),
		];
		for (const ref of refs) {
			const url = new URL(ref, origin + pagePath);
			if (url.origin !== origin) continue;
			linksChecked++;
			if (!url.pathname.startsWith(base)) {
				problems.push(`${pagePath}: "${ref}" is outside the base path ${base}`);
				continue;
			}
			const target = fileForUrlPath(dir, base, url.pathname);
			if (!target) {
				problems.push(`${pagePath}: "${ref}" does not resolve to a built file`);
				continue;
			}
			if (url.hash.length > 1) {
				anchorsChecked++;
				const id = decodeURIComponent(url.hash.slice(1));
				if (target.endsWith('.html') && !idsByFile.get(target)?.has(id)) {
					problems.push(`${pagePath}: "${ref}" points to a missing anchor #${id}`);
				}
			}
		}
	}
	return { pages: files.length, linksChecked, anchorsChecked, problems };
}
