/**
 * Who stands behind the guide: the About and What changed pages are reachable from every page's
 * footer, and the changes feed is valid and points at entries that exist. That each chapter names
 * its reviewer under the title and in its structured data is read from the built files, in
 * tests/dist/authority.test.ts.
 */
import { expect, test } from '@playwright/test';

test('the footer links to About and What changed, and both pages load', async ({ page }) => {
	await page.goto('/');
	const footer = page.getByRole('navigation', { name: 'Footer' });
	await footer.getByRole('link', { name: 'About' }).click();
	await expect(page).toHaveURL(/\/about\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'About this guide' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Report an error' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'What changed' }).click();
	await expect(page).toHaveURL(/\/changes\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
});

test('the changes feed is RSS whose entries link to sections of /changes/', async ({ page, request }) => {
	const response = await request.get('/changes/feed.xml');
	expect(response.status()).toBe(200);
	const xml = await response.text();
	await page.goto('/changes/');
	const links = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		if (doc.querySelector('parsererror')) return null;
		return [...doc.querySelectorAll('item')].map((i) => ({ link: i.querySelector('link')?.textContent ?? '', guid: i.querySelector('guid')?.textContent ?? '' }));
	}, xml);
	expect(links, 'the feed parses as XML').not.toBeNull();
	expect(links!.length).toBeGreaterThan(0);
	expect(new Set(links!.map((l) => l.guid)).size, 'each entry has its own id').toBe(links!.length);
	for (const { link } of links!) {
		const id = new URL(link).hash.slice(1);
		await expect(page.locator(`[id="${id}"]`), `entry ${link}`).toHaveCount(1);
	}
	await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/changes\/feed\.xml$/);
});
