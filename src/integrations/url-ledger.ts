/**
 * Keeps published URLs alive: after every build, each URL in the ledger must resolve (directly or
 * through content/redirects.txt) or the build fails; then the host-level `_redirects` file is
 * written from the same table.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLedger, checkRedirects, missingFromLedger } from '../lib/campaign/ledger.ts';
import { redirectsFile } from '../lib/campaign/redirects.ts';
import {
	LEDGER_FILE,
	readCampaignFiles,
	REDIRECTS_FILE,
	scanBuiltSite,
} from '../build/built-site.ts';

/** Astro integration: fails the build on a broken ledger URL; writes `_redirects`. */
export function urlLedger(): AstroIntegration {
	let root = '';
	let base = '/';
	return {
		name: 'soc-guide:url-ledger',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base;
				// Fail before rendering anything when the files themselves are malformed.
				const { errors } = readCampaignFiles(root);
				if (errors.length > 0) throw new Error(`URL ledger:\n  ${errors.join('\n  ')}`);
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const { table, urls } = readCampaignFiles(root);
				const site = scanBuiltSite(out);
				const problems = [...checkRedirects(table, site), ...checkLedger(urls, site, table)];
				if (problems.length > 0) {
					throw new Error(
						`URL ledger: ${problems.length} published URL(s) would break. Rename with a line in ${REDIRECTS_FILE} instead:\n  ${problems.join('\n  ')}`,
					);
				}
				// Netlify serves an existing file before applying a rule unless the rule is forced; the
				// NETLIFY variable is set by its build. Cloudflare Pages applies rules first anyway.
				writeFileSync(
					join(out, '_redirects'),
					redirectsFile(table, base, { force: process.env.NETLIFY === 'true' }),
				);
				const missing = missingFromLedger(urls, site, table);
				if (missing.length > 0) {
					logger.warn(
						`${missing.length} public URL(s) are not in ${LEDGER_FILE} yet (e.g. ${missing[0]}): run \`npm run ledger:add\``,
					);
				}
				logger.info(
					`${urls.length} ledger URLs resolve; ${table.pages.length} redirect(s), ${table.sections.length} section alias(es)`,
				);
			},
		},
	};
}
