/** Reads a built site folder into the plain facts the URL ledger checks work on. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageFacts, type SiteFacts } from '../lib/campaign/ledger.ts';

/** Where the ledger and the redirects table live, relative to the project root. */
export const LEDGER_FILE = 'content/url-ledger.txt';
export const REDIRECTS_FILE = 'content/redirects.txt';

/** The site path a built HTML file is served at: 'chapters/x/index.html' → '/chapters/x/'. */
export function sitePathOf(file: string, dir: string): string {
	const rel = relative(dir, file).split(sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Facts about every HTML page under `dir` (a build's output folder), by site path. */
export function scanBuiltSite(dir: string): SiteFacts {
	const site: SiteFacts = new Map();
	const files = readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
	for (const file of files) site.set(sitePathOf(file, dir), pageFacts(readFileSync(file, 'utf8')));
	return site;
}
