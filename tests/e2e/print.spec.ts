import { expect, test, type Page } from '@playwright/test';
import { readPdf } from './support/pdf';
import { chapterPages } from './support/site';

/** A chapter with a comparison table and external links: the hardest page to print. */
async function chapterWithTable(page: Page): Promise<string> {
	for (const path of chapterPages()) {
		await page.goto(path);
		if ((await page.locator('article table').count()) > 0) return path;
	}
	throw new Error('no chapter has a table');
}

test('a chapter printed from the browser shows the chapter alone, in light colors, with whole table rows and visible addresses', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const path = await chapterWithTable(page);
	// A reader who chose the dark theme still gets black on white on paper.
	await page.evaluate(() => localStorage.setItem('theme', 'dark'));
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });

	for (const [role, name] of [
		['banner', undefined],
		['contentinfo', undefined],
		['navigation', 'Primary'],
		['navigation', 'Chapters'],
		['navigation', 'Breadcrumb'],
		['navigation', 'Previous and next chapter'],
		['navigation', 'On this page'],
	] as const) {
		await expect(
			page.getByRole(role, name ? { name } : {}),
			`${role} ${name ?? ''} is not printed`,
		).toBeHidden();
	}
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
	await expect(
		page.getByRole('complementary', { name: 'Consultation' }),
		'the call-to-action is not printed',
	).toBeHidden();
	await expect(
		page.getByRole('heading', { level: 1 }),
		'the chapter title is printed',
	).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Download the e-book (PDF)' }),
		'the download offer is not printed',
	).toBeHidden();

	const look = await page.evaluate(() => {
		const body = getComputedStyle(document.body);
		const table = document.querySelector('article table')!;
		const external = document.querySelector<HTMLAnchorElement>('.prose .sources a[href^="http"]')!;
		return {
			scheme: getComputedStyle(document.documentElement).colorScheme,
			background: body.backgroundColor,
			color: body.color,
			rowBreak: getComputedStyle(table.querySelector('tbody tr')!).breakInside,
			rowDisplay: getComputedStyle(table.querySelector('tbody tr')!).display,
			headerRepeats: getComputedStyle(table.querySelector('thead')!).display,
			scroller: getComputedStyle(table.closest('.table-scroll')!).overflowX,
			after: getComputedStyle(external, '::after').content,
			href: external.href,
		};
	});
	expect(look.scheme, 'the light palette, whatever the chosen theme').toBe('light');
	expect(look.background, 'white paper').toBe('rgb(255, 255, 255)');
	expect(look.color, 'black ink').toBe('rgb(0, 0, 0)');
	expect(look.rowBreak, 'table rows are not split across pages').toBe('avoid');
	expect(look.rowDisplay, 'tables keep their columns on paper').toBe('table-row');
	expect(look.headerRepeats, 'the header row repeats on each page').toBe('table-header-group');
	expect(look.scroller, 'no clipped, scrolling table on paper').toBe('visible');
	expect(look.after, 'external links print their address').toContain(look.href);

	// And the printed file: the chapter's text on every page, none of the site's chrome.
	const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
	const text = pdf.pages.map((p) => [p.head, p.body, p.foot].join(' ')).join(' ');
	for (const p of pdf.pages)
		expect(
			(p.head + p.body + p.foot).length,
			`printed page ${p.number} is not blank`,
		).toBeGreaterThan(0);
	for (const chrome of [
		'Skip to content',
		'All chapters',
		'Previous chapter',
		'Next chapter',
		'On this page',
		'Dark theme',
		'not audit or legal advice',
	]) {
		expect(text, `"${chrome}" is not printed`).not.toContain(chrome);
	}
	expect(text.replace(/\s/g, ''), 'the address is in the printed text').toContain(
		look.href.slice(0, 30),
	);
});
