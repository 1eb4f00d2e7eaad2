import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	checkLedger,
	checkRedirects,
	formatLedger,
	missingFromLedger,
	pageFacts,
	parseLedger,
	publicUrls,
	resolveUrl,
	sortUrls,
	type SiteFacts,
} from '../../../src/lib/campaign/ledger';
import { parseRedirects } from '../../../src/lib/campaign/redirects';

const page = (
	ids: string[],
	anchors: string[] = ids,
	extra: Partial<ReturnType<typeof pageFacts>> = {},
) => ({
	ids: new Set(ids),
	anchors,
	noindex: false,
	movedTo: null,
	...extra,
});

const site: SiteFacts = new Map([
	['/', page([])],
	['/chapters/soc-2/', page(['scope', 'criteria', 'old-criteria'], ['scope', 'criteria'])],
	['/links/', page([], [], { noindex: true })],
	['/404.html', page([], [])],
	['/soc-2/', page([], [], { noindex: true, movedTo: '/chapters/soc-2/' })],
]);
const { table } = parseRedirects(
	'/soc-2/ /chapters/soc-2/\n/chapters/soc-2/#old-criteria /chapters/soc-2/#criteria',
);

describe('pageFacts', () => {
	it('finds ids, the anchors that have a copy-link control, noindex and redirect stubs', () => {
		const html = `<html lang="en"><head><meta name="robots" content="noindex"></head><body>
			<div class="heading-row"><span id="old" class="anchor-alias"></span><h2 id="a&amp;b">A</h2>
			<a class="copy-link" href="#a&amp;b" title="Copy">#</a></div><h2 id="sources">Sources</h2>
			<a href="#sources">x</a></body></html>`;
		const facts = pageFacts(html);
		expect([...facts.ids]).toEqual(['old', 'a&b', 'sources']);
		expect(facts.anchors).toEqual(['a&b']);
		expect(facts.noindex).toBe(true);
		expect(facts.movedTo).toBeNull();
		expect(
			pageFacts('<html lang="en" data-moved-to="/chapters/x/"><head></head></html>').movedTo,
		).toBe('/chapters/x/');
	});
});

describe('resolveUrl', () => {
	it('resolves live pages and sections directly', () => {
		expect(resolveUrl('/chapters/soc-2/#scope', site, table)).toEqual({
			ok: true,
			target: '/chapters/soc-2/#scope',
			redirected: false,
		});
	});
	it('follows a redirect and keeps the #section', () => {
		expect(resolveUrl('/soc-2/#criteria', site, table)).toEqual({
			ok: true,
			target: '/chapters/soc-2/#criteria',
			redirected: true,
		});
	});
	it('resolves a renamed section through its alias anchor', () => {
		expect(resolveUrl('/chapters/soc-2/#old-criteria', site, table)).toMatchObject({ ok: true });
	});
	it('explains what to do about a missing page or section', () => {
		const page = resolveUrl('/chapters/gone/', site, table);
		expect(page).toMatchObject({
			ok: false,
			problem: expect.stringContaining('no redirect for it in content/redirects.txt'),
		});
		const section = resolveUrl('/chapters/soc-2/#renamed', site, table);
		expect(section).toMatchObject({
			ok: false,
			problem: expect.stringContaining('add "/chapters/soc-2/#renamed /chapters/soc-2/#<new-id>"'),
		});
	});
	it('does not count a redirect stub as a live target', () => {
		const { table: toStub } = parseRedirects('/x/ /soc-2/');
		const stubOnly: SiteFacts = new Map([
			['/soc-2/', page([], [], { movedTo: '/chapters/soc-2/' })],
		]);
		expect(resolveUrl('/x/', stubOnly, toStub)).toMatchObject({ ok: false });
	});
});

describe('checkRedirects', () => {
	it('accepts a table whose rules all end on live pages and sections', () => {
		expect(checkRedirects(table, site)).toEqual([]);
	});
	it('flags rules to nowhere, rules that shadow a live page, and aliases that were not rendered', () => {
		const { table: bad } = parseRedirects(
			'/chapters/soc-2/ /\n/old/ /chapters/gone/\n/chapters/soc-2/#x /chapters/soc-2/#nope\n/chapters/soc-2/#y /chapters/soc-2/#scope',
		);
		const problems = checkRedirects(bad, site);
		expect(problems).toHaveLength(4);
		expect(problems[0]).toContain('is a live page');
		expect(problems[1]).toContain('/chapters/gone/');
		expect(problems[2]).toContain('has no section #nope');
		expect(problems[3]).toContain('alias #y was not rendered');
	});
});

describe('the ledger', () => {
	it('lists public pages and their anchors plus the old URLs the redirects keep alive; not 404, noindex pages or stubs', () => {
		expect(publicUrls(site, table)).toEqual([
			'/',
			'/chapters/soc-2/',
			'/chapters/soc-2/#criteria',
			'/chapters/soc-2/#old-criteria',
			'/chapters/soc-2/#scope',
			'/soc-2/',
		]);
	});
	it('round-trips through its file format, sorted, with the explanatory header', () => {
		const text = formatLedger(['/b/', '/a/#z', '/a/', '/a/#b']);
		expect(text.startsWith('# Public URLs')).toBe(true);
		expect(parseLedger(text)).toEqual({ urls: ['/a/', '/a/#b', '/a/#z', '/b/'], errors: [] });
	});
	it('refuses lines that are not site paths', () => {
		expect(parseLedger('/ok/\nhttps://x.example/\n/a/?utm_source=x').errors).toHaveLength(2);
	});
	it('reports broken URLs and public URLs not listed yet', () => {
		expect(
			checkLedger(['/chapters/soc-2/#scope', '/chapters/soc-2/#gone'], site, table),
		).toHaveLength(1);
		expect(missingFromLedger(['/', '/chapters/soc-2/'], site)).toEqual([
			'/chapters/soc-2/#criteria',
			'/chapters/soc-2/#scope',
		]);
	});
	it('sorts each page before its anchors', () => {
		expect(sortUrls(['/a/#x', '/a/b/', '/a/'])).toEqual(['/a/', '/a/#x', '/a/b/']);
	});
	it('the committed content/url-ledger.txt is well formed and in ledger order', () => {
		const text = readFileSync(
			fileURLToPath(new URL('../../../content/url-ledger.txt', import.meta.url)),
			'utf8',
		);
		const { urls, errors } = parseLedger(text);
		expect(errors).toEqual([]);
		expect(urls.length).toBeGreaterThan(100);
		expect(formatLedger(urls), 'run `npm run ledger:add` rather than editing by hand').toBe(text);
	});
});
