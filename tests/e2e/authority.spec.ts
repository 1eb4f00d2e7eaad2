/**
 * Who stands behind the guide: the About and What changed pages are reachable from every page's
 * footer, and the changes feed is valid and points at entries that exist. That each chapter names
 * its reviewer under the title and in its structured data is read from the built files, in
 * tests/dist/authority.test.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the footer links to About and What changed, and both pages load', async ({ page }) => {
	await page.goto('/');
	const footer = page.getByRole('navigation', { name: 'Footer' });
	await footer.getByRole('link', { name: 'About' }).click();
	await expect(page).toHaveURL(/\/about\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'About this guide' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Report an error' })).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Footer' })
		.getByRole('link', { name: 'What changed' })
		.click();
	await expect(page).toHaveURL(/\/changes\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
});

test('the changes feed is RSS whose entries link to sections of /changes/', async ({
	page,
	request,
}) => {
	const response = await request.get('/changes/feed.xml');
	expect(response.status()).toBe(200);
	const xml = await response.text();
	await page.goto('/changes/');
	const links = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		if (doc.querySelector('parsererror')) return null;
		return [...doc.querySelectorAll('item')].map((i) => ({
			link: i.querySelector('link')?.textContent ?? '',
			guid: i.querySelector('guid')?.textContent ?? '',
		}));
	}, xml);
	expect(links, 'the feed parses as XML').not.toBeNull();
	expect(links!.length).toBeGreaterThan(0);
	expect(new Set(links!.map((l) => l.guid)).size, 'each entry has its own id').toBe(links!.length);
	for (const { link } of links!) {
		const id = new URL(link).hash.slice(1);
		await expect(page.locator(`[id="${id}"]`), `entry ${link}`).toHaveCount(1);
	}
	await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
		'href',
		/\/changes\/feed\.xml$/,
	);
});
test('the estimator shows a dated source on every assumption, and says what it does not price', async ({
	page,
}) => {
	await page.goto('/estimator/');
	const rows = page.locator('table.assumptions-table tbody tr');
	const data = JSON.parse(
		readFileSync(new URL('../../content/estimator-assumptions.json', import.meta.url), 'utf8'),
	) as { assumptions: object };
	await expect(rows, 'a row per assumption').toHaveCount(Object.keys(data.assumptions).length);
	for (const row of await rows.all()) {
		const sources = row.locator('td[data-label="Sources"]');
		await expect(sources.getByRole('link').first(), 'each row links a source').toBeVisible();
		await expect(sources, 'with its publication year').toContainText(/\((19|20)\d\d\)/);
	}
	await expect(
		page
			.locator('time')
			.filter({ hasText: /^\d{1,2} [A-Z][a-z]+ \d{4}$/ })
			.first(),
	).toBeVisible();
	await expect(page.locator('.est[data-ready="true"]')).toHaveCount(1);
	const pentest = page.getByRole('checkbox', { name: 'Penetration test' });
	await pentest.check();
	const note = page.getByText(/auditors widely expect one\. It is not in the totals/);
	await expect(note).toBeVisible();
	await pentest.uncheck();
	await expect(note).toHaveCount(0);
});

test('/changes/ prints each edition date as day, month, year', async ({ page }) => {
	await page.goto('/changes/');
	const times = page.locator('main time');
	expect(await times.count()).toBeGreaterThan(0);
	for (const time of await times.all())
		await expect(time).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
});
