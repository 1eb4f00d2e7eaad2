import { expect, test } from '@playwright/test';
import { allPages, axeViolations, watchErrors } from './support/site';

const pages = allPages();

test('the build has the pages the guide promises', () => {
	for (const path of ['/', '/glossary/', '/faq/', '/chooser/', '/estimator/', '/readiness/', '/404.html']) {
		expect(pages, `missing ${path}`).toContain(path);
	}
	expect(pages.filter((p) => p.startsWith('/chapters/')).length, 'chapters').toBeGreaterThanOrEqual(3);
});

for (const path of pages) {
	test(`${path} loads without errors and passes axe in light and dark`, async ({ page }) => {
		const errors = await watchErrors(page);
		const response = await page.goto(path);
		expect(response?.status(), `status of ${path}`).toBe(200);
		await expect(page.locator('h1').first()).toBeVisible();
		expect(await axeViolations(page), `axe violations on ${path} (light)`).toEqual([]);

		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page), `axe violations on ${path} (dark)`).toEqual([]);
		expect(errors, `errors on ${path}`).toEqual([]);
	});
}
