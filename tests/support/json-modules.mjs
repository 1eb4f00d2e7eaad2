/**
 * Lets the browser tests import the site's own modules that read JSON data files the way the
 * bundler does: `import { values } from '…/estimator-assumptions.json'` (a named import keeps
 * the sources out of the browser's bundle). Node's JSON modules have only a default export, so
 * this load hook serves a .json file as an ES module with the default export and one named
 * export per top-level key. Registered by tests/playwright.config.ts.
 */
import { readFile } from 'node:fs/promises';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export async function load(url, context, nextLoad) {
	if (!url.startsWith('file:') || !new URL(url).pathname.endsWith('.json'))
		return nextLoad(url, context);
	const data = JSON.parse(await readFile(new URL(url), 'utf8'));
	const names =
		data && typeof data === 'object' && !Array.isArray(data)
			? Object.keys(data).filter((k) => IDENTIFIER.test(k))
			: [];
	const source = [
		`const data = ${JSON.stringify(data)};`,
		'export default data;',
		...names.map((k) => `export const ${k} = data[${JSON.stringify(k)}];`),
	].join('\n');
	return { format: 'module', source, shortCircuit: true };
}
