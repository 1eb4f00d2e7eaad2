import { expect, test, type Page } from '@playwright/test';
import { chapterPages } from './support/site';

/** The chapter with the most sections makes the best page for TOC and keyboard tests. */
async function richestChapter(page: Page): Promise<string> {
	let best = chapterPages()[0]!;
	let most = -1;
	for (const path of chapterPages()) {
		await page.goto(path);
		const n = await page.locator('.toc-wide a').count();
		if (n > most) [best, most] = [path, n];
	}
	return best;
}

test.describe('chapter reading experience', () => {
	let chapter: string;
	test.beforeAll(async ({ browser }) => {
		const page = await browser.newPage();
		chapter = await richestChapter(page);
		await page.close();
	});

	test('keyboard alone reaches the sidebar, TOC, copy-link and prev/next, each with a visible focus ring', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(chapter);
		const reached = new Set<string>();
		for (let i = 0; i < 400 && reached.size < 4; i++) {
			await page.keyboard.press('Tab');
			const info = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const zone = el.closest('.sidebar') ? 'sidebar' : el.closest('.toc-wide') ? 'toc' : el.matches('.copy-link') ? 'copy-link' : el.closest('.prev-next') ? 'prev-next' : null;
				return { zone, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
			});
			if (info?.zone) {
				expect(info.outline, `focus ring visible in ${info.zone}`).toBe(true);
				reached.add(info.zone);
			}
		}
		expect([...reached].sort()).toEqual(['copy-link', 'prev-next', 'sidebar', 'toc']);
	});

	test('the TOC highlights the section being read as the reader scrolls', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(chapter);
		const links = page.locator('.toc-wide a');
		const count = await links.count();
		expect(count, 'the chapter has sections').toBeGreaterThan(1);
		for (const index of [count - 1, Math.floor(count / 2), 0]) {
			const hash = (await links.nth(index).getAttribute('href'))!;
			await page.evaluate((id) => {
				const el = document.getElementById(id)!;
				window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 60, behavior: 'instant' });
			}, decodeURIComponent(hash.slice(1)));
			await expect(page.locator(`.toc-wide a[href="${hash}"]`)).toHaveAttribute('aria-current', 'true');
			await expect(page.locator('.toc-wide a[aria-current="true"]')).toHaveCount(1);
		}
	});

	test('copy link copies the canonical URL plus the anchor, without the query string, and says Copied', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`${chapter}?utm_source=newsletter&utm_campaign=q4`);
		const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
		const button = page.locator('a.copy-link').first();
		const hash = await button.getAttribute('href');
		await expect(button).toHaveAccessibleName(/^Copy link to section: .+/);
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(button).toHaveAttribute('data-copied', '');
		await expect(page.locator('#announcer')).toHaveText('Link copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${canonical}${hash}`);
		expect(copied).not.toContain('utm_');
	});

	test('the chapter menu opens and closes on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 740 });
		await page.goto(chapter);
		const toggle = page.getByRole('button', { name: 'All chapters' });
		const list = page.locator('#sidebar-list');
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(list).toBeHidden();
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(list).toBeVisible();
		await expect(list.locator('a[aria-current="page"]')).toBeVisible();
		await list.locator('a').first().focus();
		await page.keyboard.press('Escape');
		await expect(list).toBeHidden();
		await expect(toggle).toBeFocused();
		await toggle.click();
		await toggle.click();
		await expect(list).toBeHidden();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'no horizontal scrolling at 320px').toBeLessThanOrEqual(0);
	});
});

test('a chosen theme persists across pages and is applied before the page paints', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');

	// Record the theme at the moment <body> is first inserted, i.e. before anything can paint
	// (the stylesheet is render-blocking, so the first paint already uses this attribute).
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (document.body) {
				(window as unknown as { themeAtBody: string }).themeAtBody =
					document.documentElement.dataset.theme ?? 'none';
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/glossary/');
	expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(bg).toBe('rgb(15, 20, 25)');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

	await page.getByRole('button', { name: 'Dark theme' }).click();
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('pages read well without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(chapterPages()[0]!);
	await expect(page.locator('#sidebar-list a').first(), 'chapter list visible without JS').toBeVisible();
	await expect(page.getByRole('button', { name: 'All chapters' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
	await expect(page.locator('article h1')).toBeVisible();
	await context.close();
});
