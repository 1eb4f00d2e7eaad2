/**
 * Campaign readiness read from the builds alone (dist/ and dist-base/ under /soc-guide/): published
 * URLs keep resolving, share previews and structured data, the sitemap, the icons. What needs a
 * browser (redirects in action, attribution, analytics events) is in tests/e2e/campaign.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCampaignFiles, scanBuiltSite } from '../../src/build/built-site.ts';
import { fileForSitePath } from '../../src/build/site-files.ts';
import { checkLedger, checkRedirects, isPublicPage, missingFromLedger } from '../../src/lib/campaign/ledger.ts';
import { pngSize } from '../../src/lib/campaign/og.ts';
import { site as config } from '../../src/site.config.ts';
import { allPages, root } from '../support/built';
import { BUILDS, requireBuild } from '../support/builds';

const { table, urls: ledger } = readCampaignFiles(root);
const origin = config.url.replace(/\/$/, '');

/** A built page's HTML by site path (without the base). */
function html(dir: string, path: string): string {
	const file = fileForSitePath(dir, path);
	if (!file) throw new Error(`${path} is not in ${dir}`);
	return readFileSync(file, 'utf8');
}

/** Public pages of a build (not 404, noindex tools or redirect stubs), by site path. */
function publicPages(dir: string): string[] {
	return [...scanBuiltSite(dir)].filter(([path, facts]) => isPublicPage(path, facts)).map(([path]) => path).sort();
}

describe.each(BUILDS)('$name', (build) => {
	beforeAll(() => requireBuild(build));

	it('every ledger URL resolves, directly or through a redirect, and every public URL is in the ledger', () => {
		const site = scanBuiltSite(build.dir);
		expect(ledger.length, 'ledger size').toBeGreaterThan(100);
		expect(checkRedirects(table, site)).toEqual([]);
		expect(checkLedger(ledger, site, table)).toEqual([]);
		expect(missingFromLedger(ledger, site, table), 'run `npm run ledger:add`').toEqual([]);
		console.log(`ledger: ${ledger.length} URLs (${ledger.filter((u) => u.includes('#')).length} section anchors), ${table.pages.length} redirects, ${table.sections.length} section aliases`);
	});

	it('_redirects sends every old path, with and without the slash, to a live page with a 301', () => {
		const rules = readFileSync(join(build.dir, '_redirects'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
		expect(rules).toHaveLength(table.pages.length * 2);
		const site = scanBuiltSite(build.dir);
		for (const rule of rules) {
			const [from, to, status] = rule.split(' ');
			expect(status, rule).toBe('301');
			expect(from!.startsWith(build.base) || `${from}/` === build.base, rule).toBe(true);
			const target = to!.slice(build.base.length - 1).split('#')[0]!;
			expect(site.get(target)?.movedTo, `${rule}: target is a live page`).toBeNull();
		}
	});

	it('every consultation call to action on every page opens the request form the config names', () => {
		// The config's link, under the build's base when it is a path on this site.
		const form = config.consultationUrl.startsWith('/') ? `${build.base.replace(/\/$/, '')}${config.consultationUrl}` : config.consultationUrl;
		const wrong: string[] = [];
		let count = 0;
		for (const path of allPages(build.dir)) {
			if (path === '/consultation/') continue;
			const links = parse(html(build.dir, path)).querySelectorAll('a').filter((a) => a.hasAttribute('data-consultation') || a.getAttribute('data-cta') === 'consultation' || a.textContent.trim() === config.consultationLabel);
			if (links.length === 0) wrong.push(`${path}: no call to action`);
			for (const a of links) {
				count += 1;
				const href = new URL(a.getAttribute('href') ?? '', `${origin}${build.base}`);
				const target = config.consultationUrl.startsWith('/') ? href.pathname : `${href.origin}${href.pathname}`;
				if (target !== form) wrong.push(`${path}: "${a.textContent.trim()}" goes to ${a.getAttribute('href')}`);
			}
		}
		expect(wrong).toEqual([]);
		expect(count, 'calls to action checked').toBeGreaterThan(20);
	});

	it('every page has Open Graph and Twitter tags and a 1200×630 share image at an absolute URL', () => {
		const sizes: number[] = [];
		for (const [path] of scanBuiltSite(build.dir)) {
			const doc = parse(html(build.dir, path));
			if (doc.querySelector('html')?.getAttribute('data-moved-to')) continue;
			const meta = (key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
			for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'og:image:alt', 'twitter:card']) {
				expect(meta(key), `${path} ${key}`).toBeTruthy();
			}
			expect(meta('og:url'), `${path} og:url is the canonical URL`).toBe(doc.querySelector('link[rel=canonical]')?.getAttribute('href'));
			const image = meta('og:image')!;
			expect(image.startsWith(`${origin}${build.base}og/`), `${path} og:image is absolute: ${image}`).toBe(true);
			const bytes = readFileSync(join(build.dir, image.slice(`${origin}${build.base}`.length)));
			expect(pngSize(bytes), `${path} share image size`).toEqual({ width: 1200, height: 630 });
			expect(bytes.length, `${path} share image stays small`).toBeLessThan(100_000);
			sizes.push(bytes.length);
		}
		console.log(`share images: ${sizes.length}, ${Math.min(...sizes)}–${Math.max(...sizes)} bytes, ${Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024)} KB on average`);
	});

	it('the sitemap lists exactly the public pages; robots.txt points to it', () => {
		const index = readFileSync(join(build.dir, 'sitemap-index.xml'), 'utf8');
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(sitemaps.length).toBeGreaterThan(0);
		const listed = sitemaps.flatMap((url) => {
			const xml = readFileSync(join(build.dir, url.slice(`${origin}${build.base}`.length)), 'utf8');
			return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.slice(`${origin}${build.base}`.length - 1));
		});
		expect(listed.sort()).toEqual(publicPages(build.dir));
		expect(listed).not.toContain('/links/');
		const robots = readFileSync(join(build.dir, 'robots.txt'), 'utf8');
		expect(robots).toContain(`Sitemap: ${origin}${build.base}sitemap-index.xml`);
	});

	it('JSON-LD parses: WebSite with search on the home page, Article and BreadcrumbList on chapters', () => {
		const ld = (path: string) =>
			parse(html(build.dir, path))
				.querySelectorAll('script[type="application/ld+json"]')
				.map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
		const [website] = ld('/');
		expect(website).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebSite', url: `${origin}${build.base}` });
		expect(website!['potentialAction']).toMatchObject({
			'@type': 'SearchAction',
			target: { urlTemplate: `${origin}${build.base}search/?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		});
		const chapters = publicPages(build.dir).filter((p) => p.startsWith('/chapters/'));
		expect(chapters.length).toBeGreaterThan(3);
		for (const path of chapters) {
			const items = ld(path);
			const article = items.find((i) => i['@type'] === 'Article');
			const crumbs = items.find((i) => i['@type'] === 'BreadcrumbList');
			for (const key of ['headline', 'description', 'image', 'dateModified', 'author', 'publisher', 'mainEntityOfPage', 'url']) {
				expect(article, `${path} Article.${key}`).toHaveProperty([key]);
			}
			expect(article!['url']).toBe(`${origin}${build.base}${path.slice(1)}`);
			expect(String(article!['dateModified'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			const steps = crumbs!['itemListElement'] as { position: number; name: string; item: string }[];
			expect(steps.map((s) => s.position), path).toEqual([1, 2, 3]);
			expect(steps.at(-1)!.item).toBe(article!['url']);
		}
	});

	it('manifest and favicon set exist at the sizes they claim', () => {
		const manifest = JSON.parse(readFileSync(join(build.dir, 'manifest.webmanifest'), 'utf8')) as { start_url: string; icons: { src: string; sizes: string }[] };
		expect(manifest.start_url).toBe(build.base);
		for (const icon of manifest.icons) {
			const [w, h] = icon.sizes.split('x').map(Number);
			expect(pngSize(readFileSync(join(build.dir, icon.src.slice(build.base.length)))), icon.src).toEqual({ width: w, height: h });
		}
		expect(pngSize(readFileSync(join(build.dir, 'apple-touch-icon.png')))).toEqual({ width: 180, height: 180 });
		const ico = readFileSync(join(build.dir, 'favicon.ico'));
		expect([...ico.subarray(0, 4)], 'ICO header').toEqual([0, 0, 1, 0]);
	});
});

describe('campaign link builder', () => {
	it('is kept out of search engines', () => {
		requireBuild(BUILDS[0]!);
		expect(html(BUILDS[0]!.dir, '/links/')).toContain('<meta name="robots" content="noindex">');
	});
});
