/**
 * Campaign readiness: published URLs keep resolving (directly or through redirects that keep the
 * query string and #section), share previews and structured data, attribution from landing to
 * the consultation link, the analytics events, and the link builder, in the browser: on the main
 * build and, for redirects and attribution, on the sub-path build served like a plain bucket. What
 * can be read from the built files alone is checked in tests/dist/campaign.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { isPublicPage } from '../../src/lib/campaign/ledger.ts';
import { ATTRIBUTION_KEYS } from '../../src/lib/attribution/attribution.ts';
import { EVENT_NAMES } from '../../src/lib/analytics/events.ts';
import { EXAMPLE_VISITORS } from '../../src/lib/chooser/examples.ts';
import { serializeChooserAnswers } from '../../src/lib/chooser/query.ts';
import { recommendReport } from '../../src/lib/chooser/rules.ts';
import { readCampaignFiles, scanBuiltSite } from '../../src/build/built-site.ts';
import { site as config } from '../../src/site.config.ts';
import { holdScripts } from './support/hold';
import { serveStatic } from './support/static-server';
import { dist, root } from './support/site';

const { table } = readCampaignFiles(root);
const origin = config.url.replace(/\/$/, '');

/** Public pages of a build (not 404, noindex tools or redirect stubs), by site path. */
function publicPages(dir: string): string[] {
	return [...scanBuiltSite(dir)]
		.filter(([path, facts]) => isPublicPage(path, facts))
		.map(([path]) => path)
		.sort();
}

// ---- Browser: redirects, attribution, events, share controls, link builder ----

const UTM = {
	utm_source: 'newsletter',
	utm_medium: 'email',
	utm_campaign: 'q4-soc2',
	gclid: 'abc123',
};
const utmQuery = new URLSearchParams(UTM).toString();

/** Records every guide:* DOM event and every dataLayer push, from before the page's own scripts. */
async function recordEvents(page: Page, withDataLayer = true): Promise<void> {
	await page.addInitScript(
		({ dl, names }) => {
			const w = window as unknown as {
				dataLayer?: unknown[];
				guideEvents: { type: string; detail: unknown }[];
			};
			if (dl) w.dataLayer = [];
			w.guideEvents = [];
			for (const name of names) {
				document.addEventListener(`guide:${name}`, (e) =>
					w.guideEvents.push({ type: e.type, detail: (e as CustomEvent).detail }),
				);
			}
		},
		{ dl: withDataLayer, names: [...EVENT_NAMES] },
	);
}

const dataLayer = (page: Page) =>
	page.evaluate(
		() => (window as unknown as { dataLayer?: Record<string, unknown>[] }).dataLayer ?? null,
	);
const domEvents = (page: Page) =>
	page.evaluate(
		() =>
			(window as unknown as { guideEvents: { type: string; detail: Record<string, unknown> }[] })
				.guideEvents,
	);

/**
 * Adds an e-book download link to every page that has none, marked the way the e-book's own
 * component marks it (data-ebook, data-context-from), so attribution and events are tested whether
 * or not this build rendered the PDF.
 */
async function withEbookLink(page: Page): Promise<void> {
	await page.route('**/*', async (route) => {
		if (
			route.request().resourceType() !== 'document' ||
			!route.request().url().startsWith('http://127.0.0.1')
		)
			return route.fallback();
		const response = await route.fetch();
		const page = await response.text();
		if (page.includes('data-ebook')) return route.fulfill({ response, body: page });
		const body = page.replace(
			/(<nav aria-label="Footer">\s*<ul>)/,
			'$1<li><a href="/downloads/guide.pdf" data-ebook data-context-from="footer">Download the e-book (PDF)</a></li>',
		);
		await route.fulfill({ response, body });
	});
}

test.describe('redirects keep the query string and the #section', () => {
	for (const rule of table.pages) {
		test(`${rule.from} forwards to ${rule.to}`, async ({ page }) => {
			const [toPath, toHash] = rule.to.split('#') as [string, string | undefined];
			const site = scanBuiltSite(dist);
			const visitorHash = toHash
				? 'ignored-because-the-rule-names-one'
				: (site.get(toPath)!.anchors[1] ?? '');
			await page.goto(`${rule.from}?${utmQuery}${visitorHash ? `#${visitorHash}` : ''}`);
			await page.waitForURL((url) => url.pathname === toPath);
			const url = new URL(page.url());
			expect(Object.fromEntries(url.searchParams), 'UTM tags survive the redirect').toEqual(UTM);
			const expectedHash = toHash ?? visitorHash;
			expect(url.hash, 'the #section survives the redirect').toBe(
				expectedHash ? `#${expectedHash}` : '',
			);
			if (expectedHash) await expect(page.locator(`[id="${expectedHash}"]`)).toBeInViewport();
		});
	}

	test('an old section id scrolls to the renamed section, without JavaScript too', async ({
		browser,
	}) => {
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({ javaScriptEnabled });
			const page = await context.newPage();
			for (const alias of table.sections) {
				await page.goto(`${alias.page}?${utmQuery}#${alias.from}`);
				await expect(
					page.locator(`[id="${alias.to}"]`),
					`#${alias.from} → #${alias.to} (JS ${javaScriptEnabled})`,
				).toBeInViewport();
			}
			await context.close();
		}
	});

	test('without JavaScript the forwarding page still reaches the new page', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const rule = table.pages[0]!;
		await page.goto(rule.from);
		await page.waitForURL((url) => url.pathname === rule.to.split('#')[0]);
		await expect(page.locator('article h1')).toBeVisible();
		await context.close();
	});
});

test.describe('attribution from landing to the consultation request', () => {
	test('UTM tags of the landing visit reach consultation and e-book links after navigating; internal links never carry them', async ({
		page,
	}) => {
		await withEbookLink(page);
		const first = publicPages(dist).find((p) => p.startsWith('/chapters/'))!;
		await page.goto(`${first}?${utmQuery}&unrelated=1`);

		// Internal links are never decorated, on the landing page or after.
		const internalWithTags = async () =>
			page.evaluate(
				(keys) =>
					[...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
						// The attribute as written: a bare "#section" resolves against the current (tagged) URL.
						// The e-book download and the consultation request form are the same-site links that carry
						// the tags, on purpose (the form attaches them to the request).
						.filter(
							(a) =>
								a.origin === location.origin &&
								!a.hasAttribute('data-ebook') &&
								!a.hasAttribute('data-consultation') &&
								keys.some((k) => a.getAttribute('href')!.includes(`${k}=`)),
						)
						.map((a) => a.getAttribute('href')),
				[...ATTRIBUTION_KEYS],
			);
		expect(await internalWithTags(), 'internal links on the landing page').toEqual([]);

		await page
			.getByRole('navigation', { name: 'Previous and next chapter' })
			.getByRole('link')
			.last()
			.click();
		await page.waitForURL((url) => url.pathname !== first);
		expect(new URL(page.url()).search, 'the next page’s URL carries no tags').toBe('');
		expect(await internalWithTags(), 'internal links after navigating').toEqual([]);

		const cta = page.getByRole('complementary', { name: 'Consultation' }).last().getByRole('link');
		const href = new URL((await cta.getAttribute('href'))!, page.url());
		expect(
			Object.fromEntries(href.searchParams),
			'the consultation link carries the landing visit’s tags and the page it was on',
		).toEqual({
			...UTM,
			from: new URL(page.url()).pathname,
		});
		const ebook = page
			.getByRole('contentinfo')
			.getByRole('link', { name: 'Download the e-book (PDF)' });
		expect(Object.fromEntries(new URL((await ebook.getAttribute('href'))!).searchParams)).toEqual({
			...UTM,
			from: 'footer',
		});

		// The guide's own request form opens with the tags, and shows them as attached to the request.
		await cta.click();
		await page.waitForURL((url) => url.pathname === new URL(config.consultationUrl, url).pathname);
		expect(
			Object.fromEntries(new URL(page.url()).searchParams),
			'the request form’s address',
		).toMatchObject(UTM);
		await expect(
			page
				.getByRole('region', { name: 'Sent with your request' })
				.getByRole('listitem')
				.filter({ hasText: 'Campaign tags' }),
		).toContainText(`utm_source: ${UTM.utm_source}`);
	});

	test('under a base path on a plain static host, a redirect and the attribution both work', async ({
		page,
	}) => {
		const server = await serveStatic(join(root, 'dist-base'), '/soc-guide/');
		try {
			const rule = table.pages.find((r) => !r.to.includes('#'))!;
			await page.goto(`${server.origin}/soc-guide${rule.from}?${utmQuery}`);
			await page.waitForURL((url) => url.pathname === `/soc-guide${rule.to}`);
			expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual(UTM);
			await page.getByRole('link', { name: 'Glossary' }).first().click();
			await page.waitForURL(/\/soc-guide\/glossary\/$/);
			const footer = page
				.getByRole('contentinfo')
				.getByRole('link', { name: config.consultationLabel });
			expect(
				Object.fromEntries(new URL((await footer.getAttribute('href'))!, page.url()).searchParams),
			).toMatchObject(UTM);
			const image = await page.locator('meta[property="og:image"]').getAttribute('content');
			const local = await page.request.get(`${server.origin}${new URL(image!).pathname}`);
			expect(local.status(), 'the share image is published under the base path').toBe(200);
		} finally {
			await server.close();
		}
	});
});

test.describe('analytics events', () => {
	test('a chapter reports chapter_view, section_link_copy, share_click and cta_click with the documented payloads', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await recordEvents(page);
		const path = publicPages(dist).find((p) => p.startsWith('/chapters/'))!;
		const chapter = path.split('/')[2]!;
		await page.goto(path);
		const title = (await page.locator('article h1').textContent())!.trim();
		const order = Number(await page.locator('article').getAttribute('data-order'));
		await expect
			.poll(() => dataLayer(page))
			.toContainEqual({
				event: 'chapter_view',
				chapter,
				title,
				part: await page.locator('article').getAttribute('data-part'),
				order,
			});

		const copy = page.locator('a.copy-link').first();
		const section = (await copy.getAttribute('href'))!.slice(1);
		await copy.click();
		await expect
			.poll(() => dataLayer(page))
			.toContainEqual({ event: 'section_link_copy', chapter, section });

		await page
			.getByRole('group', { name: 'Share this chapter' })
			.getByRole('button', { name: 'Copy link' })
			.click();
		await expect
			.poll(() => dataLayer(page))
			.toContainEqual({ event: 'share_click', chapter, network: 'copy' });
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await page.locator('link[rel=canonical]').getAttribute('href'),
		);

		// Stay on the page after the click (the listener runs after the guide's own, on window).
		await page.evaluate(() => window.addEventListener('click', (e) => e.preventDefault()));
		const cta = page.getByRole('complementary', { name: 'Consultation' }).last().getByRole('link');
		const where = await cta.getAttribute('data-where');
		expect(where, 'the chapter-end box says where it sits').toBeTruthy();
		await cta.click();
		await expect
			.poll(() => dataLayer(page))
			.toContainEqual({ event: 'cta_click', cta: 'consultation', where, page_path: path });

		const dom = await domEvents(page);
		expect(dom.map((e) => e.type)).toEqual(
			expect.arrayContaining(['guide:chapter_view', 'guide:cta_click']),
		);
		expect(dom.find((e) => e.type === 'guide:chapter_view')!.detail).toEqual({
			chapter,
			title,
			part: expect.any(String),
			order,
		});
	});

	test('without a tag manager nothing breaks and the DOM events still fire; nothing is requested from other hosts', async ({
		page,
	}) => {
		const foreign: string[] = [];
		page.on('request', (r) => {
			if (!/^(?:http:\/\/127\.0\.0\.1[:/]|data:)/.test(r.url())) foreign.push(r.url());
		});
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await recordEvents(page, false);
		await page.goto(publicPages(dist).find((p) => p.startsWith('/chapters/'))!);
		await expect
			.poll(async () => (await domEvents(page)).map((e) => e.type))
			.toContain('guide:chapter_view');
		expect(await dataLayer(page)).toBeNull();
		expect(errors).toEqual([]);
		expect(foreign, 'no third-party requests').toEqual([]);
	});

	test('an e-book link reports cta_click with cta "ebook"', async ({ page }) => {
		await recordEvents(page);
		await withEbookLink(page);
		await page.goto('/glossary/');
		await page.evaluate(() => window.addEventListener('click', (e) => e.preventDefault()));
		await page
			.getByRole('contentinfo')
			.getByRole('link', { name: 'Download the e-book (PDF)' })
			.click();
		await expect
			.poll(() => dataLayer(page))
			.toContainEqual({
				event: 'cta_click',
				cta: 'ebook',
				where: 'footer',
				page_path: '/glossary/',
			});
		const chapter = publicPages(dist).find((p) => p.startsWith('/chapters/'))!;
		await page.goto(chapter);
		await page.evaluate(() => window.addEventListener('click', (e) => e.preventDefault()));
		await page.getByRole('main').getByRole('link', { name: 'Download the e-book (PDF)' }).click();
		await expect
			.poll(() => dataLayer(page))
			.toContainEqual({
				event: 'cta_click',
				cta: 'ebook',
				where: 'chapter-end',
				page_path: chapter,
			});
	});
});

test.describe('tool events', () => {
	test('the chooser reports chooser_complete with its result, which then travels to consultation links on other pages', async ({
		page,
	}) => {
		await recordEvents(page);
		const saas = EXAMPLE_VISITORS.find((v) => v.id === 'saas')!.answers;
		await page.goto(`/chooser/?${serializeChooserAnswers(saas)}&${utmQuery}`);
		const tool = page.getByRole('region', { name: 'Report chooser' });
		await expect(
			tool.getByRole('heading', { name: recommendReport(saas).headline, exact: true }),
		).toBeVisible();
		expect(await dataLayer(page), 'opening a shared result is not a completion').not.toContainEqual(
			expect.objectContaining({ event: 'chooser_complete' }),
		);

		await page.getByRole('button', { name: 'Change your answer about public report' }).click();
		await tool.getByRole('radio', { name: 'Yes' }).check();
		await page.getByRole('button', { name: 'Save and see the result' }).click();
		const r = recommendReport({ ...saas, public: 'yes' });
		const expected = {
			event: 'chooser_complete',
			recommendation: r.headline,
			report: 'soc2',
			type: '2',
			tsc: r.categories.join(','),
			soc3: '1',
		};
		await expect.poll(() => dataLayer(page)).toContainEqual(expect.objectContaining(expected));
		const footer = page
			.getByRole('contentinfo')
			.getByRole('link', { name: config.consultationLabel });
		await expect
			.poll(
				async () =>
					new URL((await footer.getAttribute('href'))!).searchParams.get('recommendation'),
				'links on the same page update',
			)
			.toBe(r.headline);

		await page.evaluate(() => window.addEventListener('click', (e) => e.preventDefault()));
		await tool.getByRole('link', { name: 'Talk to an auditor' }).click();
		await expect
			.poll(() => dataLayer(page))
			.toContainEqual({
				event: 'cta_click',
				cta: 'consultation',
				where: 'chooser',
				page_path: '/chooser/',
			});

		await page.goto('/faq/');
		const params = new URL(
			(await page
				.getByRole('contentinfo')
				.getByRole('link', { name: config.consultationLabel })
				.getAttribute('href'))!,
		).searchParams;
		expect(Object.fromEntries(params)).toMatchObject({
			...UTM,
			recommendation: r.headline,
			report: 'soc2',
			type: '2',
			soc3: '1',
		});
	});

	test('the estimator reports estimator_change once the reader pauses, with the summary and the scope', async ({
		page,
	}) => {
		await recordEvents(page);
		await page.goto('/estimator/');
		await expect(page.locator('.est[data-ready="true"]')).toBeAttached();
		expect(await dataLayer(page), 'no event before the reader changes anything').not.toContainEqual(
			expect.objectContaining({ event: 'estimator_change' }),
		);
		// One change, one event: two changes in a row are two events when the machine is slow enough
		// to let the 700 ms pause pass between them, so the test makes just one.
		await page.getByLabel('Organization size').selectOption('growth');
		await expect
			.poll(
				async () =>
					(await dataLayer(page))!.filter((e) => e['event'] === 'estimator_change').length,
			)
			.toBe(1);
		const event = (await dataLayer(page))!.find((e) => e['event'] === 'estimator_change')!;
		expect(event).toMatchObject({
			report: expect.stringMatching(/^(soc1|soc2|both)$/),
			type: expect.stringMatching(/^[12]$/),
			readiness: expect.any(String),
		});
		expect(String(event['estimate']).length).toBeGreaterThan(10);
		await page.goto('/glossary/');
		const params = new URL(
			(await page
				.getByRole('contentinfo')
				.getByRole('link', { name: config.consultationLabel })
				.getAttribute('href'))!,
		).searchParams;
		expect(params.get('estimate')).toBe(event['estimate']);
	});

	test('the readiness self-check reports readiness_complete when the reader opens the results', async ({
		page,
	}) => {
		await recordEvents(page);
		// The questions load on demand; hold them back until the reader has reached the results, as
		// on a slow connection. The event must still fire once the score exists.
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		const held = await holdScripts(page, /\/_astro\/readiness\.[\w-]+\.js$/, {
			until: released,
			containing: (body) => body.includes('id:`oversight`') || body.includes('id:"oversight"'),
		});
		await page.goto('/readiness/');
		// Clicks before hydration would go to the prerendered markup and do nothing.
		await expect(page.locator('.rd[data-ready]'), 'self-check ready').toBeAttached();
		await page.getByRole('button', { name: 'Start the questions' }).click();
		// The results step must be open before the questions arrive; the check says so if the click
		// did not take (the step list re-renders while the first question step opens).
		const results = page
			.getByRole('navigation', { name: 'Self-check steps' })
			.getByRole('button')
			.last();
		await expect(async () => {
			await results.click();
			await expect(results).toHaveAttribute('aria-current', 'step', { timeout: 5_000 });
		}, 'the results step opens').toPass();
		release();
		await expect
			.poll(() => dataLayer(page))
			.toContainEqual(
				expect.objectContaining({
					event: 'readiness_complete',
					band: expect.any(String),
					report: expect.any(String),
				}),
			);
		const event = (await dataLayer(page))!.find((e) => e['event'] === 'readiness_complete')!;
		expect(
			event['score'] === null || typeof event['score'] === 'number',
			'score is a number, or null when nothing applies',
		).toBe(true);
		expect(held(), 'the questions were held back').toBe(1);
		expect(
			(await dataLayer(page))!.filter((e) => e['event'] === 'readiness_complete'),
			'reported once',
		).toHaveLength(1);
	});
});

test('chapter share controls are plain links to the networks with the canonical URL', async ({
	page,
}) => {
	const path = publicPages(dist).find((p) => p.startsWith('/chapters/'))!;
	await page.goto(`${path}?${utmQuery}`);
	const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
	const share = page.getByRole('group', { name: 'Share this chapter' });
	const linkedin = share.getByRole('link', { name: /LinkedIn/ });
	expect(new URL((await linkedin.getAttribute('href'))!).searchParams.get('url')).toBe(canonical);
	await expect(linkedin).toHaveAttribute('target', '_blank');
	await expect(linkedin).toHaveAttribute('rel', 'noopener');
	await expect(linkedin).toHaveAccessibleName('Share on LinkedIn (opens in a new tab)');
	expect(
		new URL(
			(await share.getByRole('link', { name: /on X/ }).getAttribute('href'))!,
		).searchParams.get('url'),
	).toBe(canonical);
	expect(await share.getByRole('link', { name: /Email/ }).getAttribute('href')).toContain(
		encodeURIComponent(canonical),
	);
	expect(
		await share.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')).join(' ')),
	).not.toContain('utm_');
});

test.describe('campaign link builder', () => {
	test('builds a normalised link to a section, copies it and previews the share card', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/links/');
		await expect(
			page.getByText('Fill in Source, Medium and Campaign to get the link.'),
		).toBeVisible();
		await page.getByLabel('Chapter or page').selectOption({ label: 'SOC 2 explained' });
		const sectionSelect = page.getByLabel('Section (optional)');
		await sectionSelect.selectOption('the-trust-services-criteria');
		await page.getByLabel(/^Source/).fill('LinkedIn');
		await page.getByLabel(/^Medium/).fill('Paid Social');
		await page.getByLabel(/^Campaign/).fill('SOC 2 Launch Q4!');
		await expect(
			page.getByText('Used as paid-social: changed to lower case, replaced spaces with hyphens.'),
		).toBeVisible();
		const expected = `${origin}/chapters/soc-2/?utm_source=linkedin&utm_medium=paid-social&utm_campaign=soc-2-launch-q4#the-trust-services-criteria`;
		await expect(page.locator('output')).toHaveText(expected);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

		const preview = page.getByRole('region', { name: 'Share preview' });
		await expect(preview.getByText('SOC 2 explained', { exact: true })).toBeVisible();
		const img = preview.getByRole('img');
		await expect(img).toHaveAttribute('src', '/og/chapters/soc-2.png');
		await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1200);

		// Picking another page resets the section, so a link never points at a section elsewhere.
		await page
			.getByLabel('Chapter or page')
			.selectOption({ label: 'SOC report cost and time estimator' });
		await expect(sectionSelect).toBeDisabled();
		await expect(page.locator('output')).toHaveText(
			`${origin}/estimator/?utm_source=linkedin&utm_medium=paid-social&utm_campaign=soc-2-launch-q4`,
		);
	});

	test('keeps what a marketer chose before the builder finished loading', async ({ page }) => {
		// Hold the builder's code back, as on a slow connection, and use the prerendered form first.
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		const held = await holdScripts(page, /\/_astro\/LinkBuilder\.[\w-]+\.js$/, { until: released });
		await page.goto('/links/');
		await page.getByLabel('Chapter or page').selectOption({ label: 'SOC 2 explained' });
		await page.getByLabel(/^Source/).fill('newsletter');
		await page.getByLabel(/^Medium/).fill('email');
		await page.getByLabel(/^Campaign/).fill('q4');
		expect(held(), 'the builder was held back').toBe(1);
		release();
		await expect(page.locator('output')).toHaveText(
			`${origin}/chapters/soc-2/?utm_source=newsletter&utm_medium=email&utm_campaign=q4`,
		);
		await expect(
			page.getByLabel('Section (optional)'),
			'the chosen page’s sections are offered',
		).toBeEnabled();
	});
});
