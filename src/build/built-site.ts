/** Reads a built site folder and the campaign files into the plain facts the URL ledger checks work on. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFacts, parseLedger, type SiteFacts } from '../lib/campaign/ledger.ts';
import { parseRedirects } from '../lib/campaign/redirects.ts';
import { htmlFiles, sitePathOf } from './site-files.ts';

/** Where the ledger and the redirects table live, relative to the project root. */
export const LEDGER_FILE = 'content/url-ledger.txt';
export const REDIRECTS_FILE = 'content/redirects.txt';

/** Facts about every HTML page under `dir` (a build's output folder), by site path. */
export function scanBuiltSite(dir: string): SiteFacts {
	const site: SiteFacts = new Map();
	for (const file of htmlFiles(dir))
		site.set(sitePathOf(file, dir), pageFacts(readFileSync(file, 'utf8')));
	return site;
}

/** Reads and parses the ledger and the redirects table of a project, failing on syntax errors. */
export function readCampaignFiles(root: string) {
	const redirects = parseRedirects(readFileSync(join(root, REDIRECTS_FILE), 'utf8'));
	const ledger = parseLedger(readFileSync(join(root, LEDGER_FILE), 'utf8'));
	const errors = [
		...redirects.errors.map((e) => `${REDIRECTS_FILE} ${e}`),
		...ledger.errors.map((e) => `${LEDGER_FILE} ${e}`),
	];
	return { table: redirects.table, urls: ledger.urls, errors };
}
