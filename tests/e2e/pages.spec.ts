import { expect, test, type Page } from '@playwright/test';
import { allPages, axeViolations, THEME_RULES, watchErrors } from './support/site';

// Every page of the build (new pages are covered as soon as they are built; which pages must exist
// is checked in tests/dist/pages.test.ts), once per page: axe in both themes on one load, then the
// same page with JavaScript off. Pages are independent, so both workers share them.
test.describe.configure({ mode: 'parallel' });

for (const path of allPages()) {
	test(`${path} loads without errors, passes axe in light and dark, and reads well without JavaScript`, async ({
		page,
		browser,
	}) => {
		// The print edition holds the whole book, and axe's time grows with it (minutes on a loaded
		// machine). Its chapters after the first repeat, as printed, markup each chapter page already
		// has checked here: axe the first chapter and the book's own parts (cover, contents,
		// glossary, sources), with a longer budget.
		const exclude = path === '/book/' ? ['article.book-chapter:not(:first-of-type)'] : [];
		if (path === '/book/') test.setTimeout(300_000);
		const errors = await watchErrors(page);
		const response = await page.goto(path);
		expect(response?.status(), `status of ${path}`).toBe(200);
		await expect(page.locator('h1').first()).toBeVisible();
		expect(await axeViolations(page, exclude), `axe violations on ${path} (light)`).toEqual([]);

		// The dark theme changes colours only: its run checks the colour rules.
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect
			.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
			.toBe(true);
		expect(
			await axeViolations(page, exclude, THEME_RULES),
			`axe violations on ${path} (dark)`,
		).toEqual([]);
		expect(errors, `errors on ${path}`).toEqual([]);

		const context = await browser.newContext({ javaScriptEnabled: false });
		try {
			await readsWithoutJavaScript(await context.newPage(), path);
		} finally {
			await context.close();
		}
	});
}

async function readsWithoutJavaScript(page: Page, path: string): Promise<void> {
	await page.goto(path);
	const main = page.locator('main');
	await expect(page.locator('h1').first()).toBeVisible();
	const text = (await main.innerText()).replace(/\s+/g, ' ').trim();
	expect(text.length, 'the page has real content without JavaScript').toBeGreaterThan(300);

	// Navigation works: the header links and, on chapters, the chapter list are visible links.
	// The print edition the PDF is made from has no site chrome by design; it links back instead.
	if (path === '/book/')
		await expect(page.getByRole('link', { name: 'Read the guide online' })).toBeVisible();
	else
		await expect(
			page.getByRole('navigation', { name: 'Primary' }).getByRole('link').first(),
		).toBeVisible();
	if (path.startsWith('/chapters/')) {
		await expect(page.locator('#sidebar-list a').first()).toBeVisible();
		await expect(
			page.getByRole('navigation', { name: 'Previous and next chapter' }).getByRole('link').first(),
		).toBeVisible();
	}

	// Controls that need JavaScript are hidden, not shown dead.
	for (const control of await page.locator('.needs-js').all()) await expect(control).toBeHidden();

	// No visible empty boxes: every island or container in <main> that takes up space has content.
	const empty = await page.evaluate(() =>
		[
			...document.querySelectorAll(
				'main astro-island, main section, main div, main ul, main ol, main table',
			),
		]
			.filter((el) => {
				const box = el.getBoundingClientRect();
				const style = getComputedStyle(el);
				return (
					box.width > 0 &&
					box.height > 0 &&
					style.display !== 'none' &&
					style.visibility !== 'hidden' &&
					el.textContent.trim() === '' &&
					!el.querySelector('img, svg, input, select, textarea, button, canvas')
				);
			})
			.map((el) => el.outerHTML.slice(0, 120)),
	);
	expect(empty, `empty containers on ${path} without JavaScript`).toEqual([]);
}
