/**
 * The URL ledger command, run against the last build (`npm run ledger:add` builds first).
 *
 *   npm run ledger:add              add every public page and section of the build not listed yet
 *   npm run ledger:add -- URL...    add just these URLs (each must resolve in the build)
 *   npm run ledger:check            list ledger URLs that no longer resolve and unlisted public URLs
 *
 * Options: --dir <folder> reads another build folder (default dist).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	checkLedger,
	formatLedger,
	missingFromLedger,
	resolveUrl,
} from '../lib/campaign/ledger.ts';
import { LEDGER_FILE, readCampaignFiles, scanBuiltSite } from '../build/built-site.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const dir = join(root, dirFlag === -1 ? 'dist' : (args.splice(dirFlag, 2)[1] ?? 'dist'));
const [command, ...given] = args;

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

if (command !== 'add' && command !== 'check')
	fail('usage: ledger.ts add [URL...] | check [--dir dist]');
if (!existsSync(join(dir, 'index.html'))) fail(`No build in ${dir}: run \`npm run build\` first.`);

const { table, urls, errors } = readCampaignFiles(root);
if (errors.length > 0) fail(errors.join('\n'));
const site = scanBuiltSite(dir);

if (command === 'check') {
	const broken = checkLedger(urls, site, table);
	const missing = missingFromLedger(urls, site, table);
	for (const p of broken) console.error(`broken: ${p}`);
	for (const u of missing) console.log(`not in the ledger: ${u}`);
	console.log(
		`${urls.length} ledger URLs, ${broken.length} broken, ${missing.length} public URLs not listed`,
	);
	process.exit(broken.length > 0 ? 1 : 0);
}

let additions: string[];
if (given.length > 0) {
	additions = given.map((url) => {
		const clean = url.replace(/^https?:\/\/[^/]+/, '');
		const r = resolveUrl(clean, site, table);
		if (!r.ok) fail(`Not added: ${r.problem}`);
		return clean;
	});
} else {
	additions = missingFromLedger(urls, site, table);
}
const fresh = additions.filter((u) => !urls.includes(u));
if (fresh.length === 0) {
	console.log(`${LEDGER_FILE} already lists every public URL (${urls.length}).`);
} else {
	const file = join(root, LEDGER_FILE);
	const before = readFileSync(file, 'utf8');
	const after = formatLedger([...urls, ...fresh]);
	if (after !== before) writeFileSync(file, after);
	for (const u of fresh) console.log(`added ${u}`);
	console.log(
		`${fresh.length} URL(s) added; the ledger now lists ${urls.length + fresh.length}. Commit ${LEDGER_FILE}.`,
	);
}
