import { expect, test } from '@playwright/test';
import { allPages, axeViolations, THEME_RULES, watchErrors } from './support/site';

// Every page of the build (new pages are covered as soon as they are built; which pages must exist
// is checked in tests/dist/pages.test.ts). Pages are independent, so both workers share them.
test.describe.configure({ mode: 'parallel' });

for (const path of allPages()) {
	test(`${path} loads without errors and passes axe in light and dark`, async ({ page }) => {
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
		await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
		expect(await axeViolations(page, exclude, THEME_RULES), `axe violations on ${path} (dark)`).toEqual([]);
		expect(errors, `errors on ${path}`).toEqual([]);
	});
}
