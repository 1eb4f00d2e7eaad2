/**
 * Hostile links: every tool page loaded with garbage, an overlong query and script-like values in
 * every parameter it reads. The page must stay usable (and work from the keyboard), say what it
 * ignored where the tool reports that, never run or render the input as HTML, and never print a
 * broken value. Chapters get the same treatment for ?highlight= and campaign tags.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ATTRIBUTION_KEYS } from '../../src/lib/attribution/attribution';
import { PLAN_KEYS } from '../../src/lib/engagement/url';
import { site } from '../../src/site.config';
import { watchErrors } from './support/site';

/** Values that would run script, inject markup or evaluate a template if treated as code. */
const SCRIPTS = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror=window.__pwned=1>',
	'javascript:alert(1)',
	"{{constructor.constructor('window.__pwned=1')()}}",
];
const GARBAGE = ['banana', '9', ',,,', '%E0%A4%A'];
/** Text that means a page printed a failed calculation or a missing value. */
const BROKEN_TEXT = /\bNaN\b|Infinity|Invalid Date|undefined/;

// One page load and a few key presses per test: fail fast instead of waiting out the default.
test.describe.configure({ timeout: 60_000 });

type Case = 'garbage' | 'overlong' | 'script';

interface Tool {
	name: string;
	path: string;
	/** Query keys the page reads, most important first (the overlong value goes in the first). */
	keys: string[];
	/** Waits until the tool has read its link. */
	ready: (page: Page) => Promise<void>;
	/** The notice that lists what the link could not use; null for a tool that reads no query. */
	notice: ((page: Page) => Locator) | null;
	/** Uses the tool from the keyboard and checks it answered. */
	use: (page: Page) => Promise<void>;
}

/** Presses Tab until the focused element matches (at most 30 times). */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
	for (let i = 0; i < 30; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${what}`);
}

/** Selects a text field's content and types over it. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
	await field.focus();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(text);
}

const chooser = (page: Page) => page.getByRole('region', { name: 'Report chooser' });
const searchPanel = (page: Page) => page.locator('[data-search-panel="page"]');

const TOOLS: Tool[] = [
	{
		name: 'report chooser',
		path: '/chooser/',
		keys: ['financial', 'data', 'commitments', 'public', 'asked', 'deadline', 'controls'],
		ready: (page) =>
			expect(page.locator('astro-island'), 'chooser hydrated').not.toHaveAttribute('ssr', ''),
		notice: (page) =>
			chooser(page).getByRole('status').filter({ hasText: 'Part of the link could not be used' }),
		use: async (page) => {
			const progress = await chooser(page)
				.getByText(/^Question \d+ of \d+/)
				.textContent();
			const at = Number(/Question (\d+)/.exec(progress ?? '')?.[1]);
			await chooser(page).getByRole('radio').first().focus();
			await page.keyboard.press('Space');
			await tabTo(
				page,
				chooser(page).getByRole('button', { name: /^(Next|See my recommendation)$/ }),
				'the Next button',
			);
			await page.keyboard.press('Enter');
			await expect(
				chooser(page).getByText(`Question ${at + 1} of`),
				'the answer moved the chooser on',
			).toBeVisible();
		},
	},
	{
		name: 'estimator',
		path: '/estimator/',
		keys: [...PLAN_KEYS],
		ready: (page) =>
			expect(page.locator('.est[data-ready="true"]'), 'estimator read its link').toBeAttached(),
		notice: (page) =>
			page.getByRole('status').filter({ hasText: 'Some settings in the link could not be used' }),
		use: async (page) => {
			const cost = page.getByTestId('first-year-typical');
			const before = await cost.textContent();
			await typeInto(page, page.getByLabel('In-scope systems or locations'), '12');
			await expect(cost, 'more systems change the estimate').not.toHaveText(before ?? '');
			await expect(page.locator('.est-error'), 'the typed value is accepted').toHaveCount(0);
		},
	},
	{
		name: 'readiness self-check',
		path: '/readiness/',
		keys: ['report', 'tsc', 'type', 'soc3', 'step', 'a', 'readiness'],
		ready: (page) =>
			expect(page.locator('.rd[data-ready]'), 'self-check read its link').toBeAttached(),
		notice: (page) =>
			page.getByRole('status').filter({ hasText: 'Some of the link could not be used' }),
		use: async (page) => {
			await page.getByRole('button', { name: 'Start the questions' }).focus();
			await page.keyboard.press('Enter');
			await expect(
				page.getByRole('heading', { level: 2, name: /^Governance/ }),
				'focus moves to the first area',
			).toBeFocused();
			await page.getByRole('radio', { name: 'In place, with evidence' }).first().focus();
			await page.keyboard.press('Space');
			await expect(
				page.getByText(/: 1 of \d+ questions answered/),
				'the answer counts',
			).toBeVisible();
		},
	},
	{
		name: 'search page',
		path: '/search/',
		keys: ['q', 'topic', 'part'],
		ready: (page) =>
			expect(searchPanel(page).getByRole('searchbox'), 'search panel built').toBeVisible(),
		notice: (page) => searchPanel(page).locator('[data-search-notice]'),
		use: async (page) => {
			await typeInto(
				page,
				searchPanel(page).getByRole('searchbox', { name: 'Search words' }),
				'bridge letter',
			);
			await expect(searchPanel(page).getByRole('status'), 'the search answers').toContainText(
				'for “bridge letter”',
			);
			await expect(searchPanel(page).locator('.search-result').first()).toBeVisible();
		},
	},
	{
		name: 'campaign link builder',
		path: '/links/',
		// The builder reads nothing from its own URL; the campaign tags every page keeps are tried instead.
		keys: [...ATTRIBUTION_KEYS],
		ready: (page) =>
			expect(page.locator('astro-island'), 'link builder hydrated').not.toHaveAttribute('ssr', ''),
		notice: null,
		use: async (page) => {
			await typeInto(page, page.getByRole('textbox', { name: /^Source/ }), 'LinkedIn');
			// Medium offers common values, so it is a combobox.
			await typeInto(page, page.getByRole('combobox', { name: /^Medium/ }), 'email');
			await typeInto(page, page.getByRole('textbox', { name: /^Campaign/ }), 'Q4 launch');
			await expect(page.locator('output'), 'the link is built from what was typed').toContainText(
				'utm_source=linkedin&utm_medium=email&utm_campaign=q4-launch',
			);
		},
	},
];

/** The query string of a case: every key the tool reads gets a hostile value, plus keys of its own. */
function queryFor(tool: Tool, kind: Case): string {
	const pairs: [string, string][] = [];
	if (kind === 'garbage') {
		tool.keys.forEach((key, i) => pairs.push([key, GARBAGE[i % GARBAGE.length]!]));
		pairs.push(['foo', '%E0%A4%A'], ['%E0%A4%A', 'x']);
		// Raw on purpose: the malformed escapes must reach the page as a browser would carry them.
		return pairs.map(([k, v]) => `${k}=${v}`).join('&');
	}
	if (kind === 'overlong') {
		pairs.push([tool.keys[0]!, 'x'.repeat(20_000)]);
		for (let i = 0; i < 500; i++) pairs.push([`k${i}`, `v${i}`]);
	} else {
		tool.keys.forEach((key, i) => pairs.push([key, SCRIPTS[i % SCRIPTS.length]!]));
		SCRIPTS.forEach((s, i) => pairs.push([s, SCRIPTS[(i + 1) % SCRIPTS.length]!]));
		ATTRIBUTION_KEYS.forEach((key, i) => pairs.push([key, SCRIPTS[i % SCRIPTS.length]!]));
	}
	return new URLSearchParams(pairs).toString();
}

/**
 * Opens a path with a query. The preview server, like most hosts, refuses a request line of
 * 25,000 characters (HTTP 431), yet a page can still be handed such an address (a bookmark, a
 * script, a host with higher limits), so overlong addresses get the page's own HTML served.
 */
async function open(page: Page, path: string, query: string): Promise<void> {
	if (query.length > 8000) {
		await page.route(
			(url) => url.pathname === path && url.search.length > 8000,
			async (route) => route.fulfill({ response: await page.request.fetch(path) }),
		);
	}
	await page.goto(`${path}?${query}`);
}

/** Nothing from the link ran, was turned into markup, or became a link target; no broken text. */
async function expectNothingInjected(page: Page, when: string): Promise<void> {
	expect(
		await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
		`${when}: no script ran`,
	).toBeUndefined();
	await expect(page.locator('img[src="x"]'), `${when}: no image injected`).toHaveCount(0);
	const found = await page.evaluate(() => ({
		scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
		handlers: [...document.querySelectorAll('*')].filter((el) =>
			[...el.attributes].some((a) => a.name.startsWith('on')),
		).length,
		jsLinks: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter(
			(a) => a.protocol === 'javascript:',
		).length,
	}));
	expect(
		found,
		`${when}: no script element, inline handler or javascript: link from the input`,
	).toEqual({ scripts: 0, handlers: 0, jsLinks: 0 });
	for (const href of await page
		.locator('a[data-consultation]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
		const url = new URL(href, page.url());
		expect(
			`${url.protocol}//${url.host}`,
			`${when}: consultation link stays on the consultation site`,
		).toBe(new URL(site.consultationUrl, page.url()).origin);
	}
	expect(
		await page.locator('body').innerText(),
		`${when}: no NaN, Infinity, Invalid Date or undefined on the page`,
	).not.toMatch(BROKEN_TEXT);
}

for (const tool of TOOLS) {
	test.describe(`${tool.name} with a hostile link`, () => {
		for (const kind of ['garbage', 'overlong', 'script'] as const) {
			test(`${kind} query: usable${tool.notice ? ', noticed' : ''}, nothing injected`, async ({
				page,
			}) => {
				const errors = await watchErrors(page);
				await open(page, tool.path, queryFor(tool, kind));
				await tool.ready(page);
				if (tool.notice)
					await expect(tool.notice(page), 'a notice says what was ignored').toBeVisible();
				if (tool.notice && kind === 'script') {
					await expect(
						tool.notice(page),
						'the input is quoted as text, not rendered',
					).toContainText(/<script>|"><img|javascript:|\{\{constructor/);
				}
				await expectNothingInjected(page, 'after load');
				await tool.use(page);
				await expectNothingInjected(page, 'after use');
				expect(errors, 'no page error, console error or failed request').toEqual([]);
			});
		}
	});
}

test.describe('chapters with a hostile link', () => {
	test('?highlight= with script and markup is shown as text, and a malformed #fragment does not throw', async ({
		page,
	}) => {
		const errors = await watchErrors(page);
		const typed = `${SCRIPTS.join(' ')} controls`;
		await page.goto(`/chapters/soc-2/?highlight=${encodeURIComponent(typed)}#%E0%A4%A`);
		const bar = page.getByRole('region', { name: 'Search highlights' });
		await expect(bar, 'the highlight bar quotes the terms').toContainText(
			'<script>window.__pwned=1</script>',
		);
		await expect(
			page.locator('mark.search-hit').first(),
			'the real word is still marked',
		).toBeVisible();
		await expectNothingInjected(page, 'highlighted chapter');
		await bar.getByRole('button', { name: 'Clear highlights' }).focus();
		await page.keyboard.press('Enter');
		await expect(bar, 'the highlights clear from the keyboard').toHaveCount(0);
		expect(errors, 'no page error, console error or failed request').toEqual([]);
	});

	test('hostile campaign tags travel to consultation links as text, never as markup', async ({
		page,
	}) => {
		const errors = await watchErrors(page);
		const tags = Object.fromEntries(
			ATTRIBUTION_KEYS.map((key, i) => [key, SCRIPTS[i % SCRIPTS.length]!]),
		);
		await page.goto(`/chapters/soc-2/?${new URLSearchParams({ ...tags, gclid: 'g'.repeat(500) })}`);
		const links = page.locator('a[data-consultation]');
		await expect(links.first()).toBeAttached();
		await expect
			.poll(() => links.first().getAttribute('href'), 'the landing tags are added to the link')
			.toContain('utm_source=');
		for (const href of await links.evaluateAll((as) =>
			as.map((a) => a.getAttribute('href') ?? ''),
		)) {
			const url = new URL(href, page.url());
			expect(url.origin, 'a valid URL on the consultation site').toBe(
				new URL(site.consultationUrl, page.url()).origin,
			);
			expect(url.searchParams.get('utm_source'), 'the value arrives exactly as sent').toBe(
				tags.utm_source,
			);
			expect(url.searchParams.get('utm_medium')).toBe(tags.utm_medium);
			expect(url.searchParams.has('gclid'), 'an overlong tag is dropped').toBe(false);
		}
		await expectNothingInjected(page, 'chapter with hostile tags');
		expect(errors, 'no page error, console error or failed request').toEqual([]);
	});
});
