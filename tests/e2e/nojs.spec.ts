import { expect, test } from '@playwright/test';
import { allPages } from './support/site';

test.use({ javaScriptEnabled: false });
test.describe.configure({ mode: 'parallel' });

for (const path of allPages()) {
	test(`${path} reads well without JavaScript`, async ({ page }) => {
		await page.goto(path);
		const main = page.locator('main');
		await expect(page.locator('h1').first()).toBeVisible();
		const text = (await main.innerText()).replace(/\s+/g, ' ').trim();
		expect(text.length, 'the page has real content without JavaScript').toBeGreaterThan(300);

		// Navigation works: the header links and, on chapters, the chapter list are visible links.
		// The print edition the PDF is made from has no site chrome by design; it links back instead.
		if (path === '/book/') await expect(page.getByRole('link', { name: 'Read the guide online' })).toBeVisible();
		else await expect(page.getByRole('navigation', { name: 'Primary' }).getByRole('link').first()).toBeVisible();
		if (path.startsWith('/chapters/')) {
			await expect(page.locator('#sidebar-list a').first()).toBeVisible();
			await expect(page.getByRole('navigation', { name: 'Previous and next chapter' }).getByRole('link').first()).toBeVisible();
		}

		// Controls that need JavaScript are hidden, not shown dead.
		for (const control of await page.locator('.needs-js').all()) await expect(control).toBeHidden();

		// No visible empty boxes: every island or container in <main> that takes up space has content.
		const empty = await page.evaluate(() =>
			[...document.querySelectorAll('main astro-island, main section, main div, main ul, main ol, main table')]
				.filter((el) => {
					const box = el.getBoundingClientRect();
					const style = getComputedStyle(el);
					return box.width > 0 && box.height > 0 && style.display !== 'none' && style.visibility !== 'hidden'
						&& el.textContent!.trim() === '' && !el.querySelector('img, svg, input, select, textarea, button, canvas');
				})
				.map((el) => el.outerHTML.slice(0, 120)),
		);
		expect(empty, 'empty containers').toEqual([]);
	});
}
