/** What search engines read about the guide's search, from the built home page. */
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { readDist } from '../support/built';
import { BUILDS, requireBuild } from '../support/builds';

requireBuild(BUILDS[0]!);

it('the home page declares a WebSite SearchAction that points at /search/?q=', () => {
	const scripts = parse(readDist('index.html')).querySelectorAll('script[type="application/ld+json"]');
	const data = scripts.map((s) => JSON.parse(s.text) as { '@type': string; potentialAction?: { target: { urlTemplate: string } } });
	const website = data.filter((d) => d['@type'] === 'WebSite');
	expect(website, 'exactly one WebSite entry').toHaveLength(1);
	expect(website[0]!.potentialAction?.target.urlTemplate).toMatch(/\/search\/\?q=\{search_term_string\}$/);
});
