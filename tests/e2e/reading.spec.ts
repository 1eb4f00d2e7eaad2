import { expect, test, type Page } from '@playwright/test';
import { axeViolations, chapterPages, readDist } from './support/site';

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

	test('keyboard alone reaches the sidebar, TOC, copy-link and prev/next, each with a visible focus ring', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(chapter);
		const reached = new Set<string>();
		for (let i = 0; i < 400 && reached.size < 4; i++) {
			await page.keyboard.press('Tab');
			const info = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const zone = el.closest('.sidebar')
					? 'sidebar'
					: el.closest('.toc-wide')
						? 'toc'
						: el.matches('.copy-link')
							? 'copy-link'
							: el.closest('.prev-next')
								? 'prev-next'
								: null;
				return {
					zone,
					outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
				};
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
			await page.evaluate(
				(id) => {
					const el = document.getElementById(id)!;
					window.scrollTo({
						top: el.getBoundingClientRect().top + window.scrollY - 60,
						behavior: 'instant',
					});
				},
				decodeURIComponent(hash.slice(1)),
			);
			await expect(page.locator(`.toc-wide a[href="${hash}"]`)).toHaveAttribute(
				'aria-current',
				'true',
			);
			await expect(page.locator('.toc-wide a[aria-current="true"]')).toHaveCount(1);
		}
	});

	test('copy link copies the canonical URL plus the anchor, without the query string, and says Copied', async ({
		page,
		context,
	}) => {
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
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(overflow, 'no horizontal scrolling at 320px').toBeLessThanOrEqual(0);
	});
});

test('a chosen theme persists across pages and is applied before the page paints', async ({
	page,
}) => {
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
	expect(
		await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody),
	).toBe('dark');
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(bg).toBe('rgb(15, 20, 25)');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
		'aria-pressed',
		'true',
	);

	await page.getByRole('button', { name: 'Dark theme' }).click();
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('pages read well without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 360, height: 740 },
	});
	const page = await context.newPage();
	await page.goto(chapterPages()[0]!);
	await expect(
		page.locator('#sidebar-list a').first(),
		'chapter list visible without JS',
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'All chapters' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
	await expect(page.locator('article h1')).toBeVisible();
	await context.close();
});

/** The longest chapter (most HTML), the hardest case for reaching the header while reading. */
function longestChapter(): string {
	return chapterPages().sort(
		(a, b) =>
			readDist(`${b.slice(1)}index.html`).length - readDist(`${a.slice(1)}index.html`).length,
	)[0]!;
}

test.describe('reading on a phone (390 px)', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the header is one row of at most 64 px, and search and the menu come back on scroll up anywhere in a long chapter', async ({
		page,
	}) => {
		await page.goto(longestChapter());
		const header = page.getByRole('banner');
		const box = await header.boundingBox();
		expect(box!.height, 'header height').toBeLessThanOrEqual(64);
		const search = header.getByRole('button', { name: 'Search', exact: true });
		const menu = header.getByRole('button', { name: 'Menu' });
		for (const button of [search, menu]) {
			const b = (await button.boundingBox())!;
			expect(b.y + b.height, 'the button sits in the one row').toBeLessThanOrEqual(
				box!.y + box!.height,
			);
		}
		// Read down the chapter: the header makes way for the text…
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		for (let y = 400; y < height * 0.6; y += 400) {
			await page.mouse.wheel(0, 400);
		}
		await expect
			.poll(
				async () => (await header.boundingBox())!.y + (await header.boundingBox())!.height,
				'the header slides away while reading down',
			)
			.toBeLessThanOrEqual(1);
		// …and a small scroll up brings search and the menu back.
		await page.mouse.wheel(0, -120);
		await expect
			.poll(async () => (await header.boundingBox())!.y, 'the header is back at the top')
			.toBe(0);
		expect(await page.evaluate(() => scrollY), 'still deep in the chapter').toBeGreaterThan(
			height * 0.3,
		);
		await menu.tap();
		const drawer = page.locator('#site-menu');
		await expect(drawer).toBeVisible();
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await expect(drawer.getByRole('link', { name: 'Glossary' })).toBeInViewport();
		await expect(drawer.getByRole('button', { name: 'Dark theme' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(drawer).toBeHidden();
		await expect(menu).toBeFocused();
		await search.tap();
		await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeVisible();
		const dialogBox = (await page.getByRole('dialog', { name: 'Search the guide' }).boundingBox())!;
		expect(dialogBox.height, 'the search dialog fills the phone screen').toBeGreaterThanOrEqual(
			844 - 1,
		);
		await expect(
			page.getByRole('checkbox', { name: /Open search with the \/ key/ }),
			'no keyboard switch on a touch screen',
		).toBeHidden();
	});

	test('the header can be reached by keyboard after scrolling: focus brings it back', async ({
		page,
	}) => {
		await page.goto(longestChapter());
		const header = page.getByRole('banner');
		for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 400);
		await expect.poll(async () => (await header.boundingBox())!.y).toBeLessThan(0);
		await header.getByRole('button', { name: 'Search', exact: true }).focus();
		await expect
			.poll(async () => (await header.boundingBox())!.y, 'focus in the header shows it')
			.toBe(0);
	});

	test('the contents control names the chapter, stays in reach while reading and takes the reader to a section', async ({
		page,
	}) => {
		const path = longestChapter();
		await page.goto(path);
		const contents = page.locator('details.toc-inline');
		const summary = contents.locator('summary');
		const title = (await page.locator('h1').textContent())!.trim();
		await expect(summary).toContainText('On this page');
		await expect(summary).toContainText(title);
		await expect(summary, 'the contents control is on the first screen').toBeInViewport();
		await page.mouse.wheel(0, 2500);
		await expect(summary, 'it sticks to the top of the screen while reading').toBeInViewport();
		await summary.tap();
		await expect(contents).toHaveAttribute('open', '');
		const links = contents.locator('nav a');
		const target = links.nth((await links.count()) - 1);
		const hash = (await target.getAttribute('href'))!;
		await target.tap();
		await expect(contents, 'the contents fold away after picking a section').not.toHaveAttribute(
			'open',
			'',
		);
		await expect(page).toHaveURL(new RegExp(`${hash}$`));
		const heading = page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`);
		await expect(heading).toBeInViewport();
		// The heading is not hidden under the sticky bars.
		const barBottom = (await summary.boundingBox())!.y + (await summary.boundingBox())!.height;
		await expect
			.poll(
				async () => (await heading.boundingBox())!.y,
				'the section heading shows below the contents bar',
			)
			.toBeGreaterThanOrEqual(barBottom - 1);
		// With the keyboard: Escape folds it and gives focus back to the control.
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(contents).toHaveAttribute('open', '');
		await page.keyboard.press('Escape');
		await expect(contents).not.toHaveAttribute('open', '');
		await expect(summary).toBeFocused();
	});

	test('a link to a section lands with the brand, the chapter title and search in view', async ({
		page,
	}) => {
		const path = longestChapter();
		await page.goto(path);
		const last = await page.locator('details.toc-inline nav a').last().getAttribute('href');
		await page.goto(`${path}?utm_source=newsletter${last}`);
		await expect(
			page.getByRole('banner').getByRole('link', { name: /SOC Reports/ }),
		).toBeInViewport();
		await expect(
			page.getByRole('banner').getByRole('button', { name: 'Search', exact: true }),
		).toBeInViewport();
		await expect(page.locator('details.toc-inline summary')).toContainText(
			(await page.locator('h1').textContent())!.trim(),
		);
		await expect(page.locator('details.toc-inline summary')).toBeInViewport();
	});

	test('a glossary term opens its definition in a popover by touch and by keyboard, and closes again, staying on the page', async ({
		page,
	}) => {
		await page.goto('/chapters/reading-a-soc-report/');
		const url = page.url();
		const term = page.locator('a.term[data-term]').first();
		const popover = page.getByRole('dialog', { name: /^Glossary: / });
		await term.scrollIntoViewIfNeeded();
		await term.tap();
		await expect(popover).toBeVisible();
		await expect(term).toHaveAttribute('aria-expanded', 'true');
		const glossary = JSON.parse(readDist('glossary/terms.json')) as Record<
			string,
			{ term: string; definition: string }
		>;
		const entryData = glossary[(await term.getAttribute('data-term'))!]!;
		await expect(popover, 'the definition').toContainText(entryData.definition);
		await expect(popover).toHaveAccessibleName(`Glossary: ${entryData.term}`);
		const entry = popover.getByRole('link', { name: /in the glossary/ });
		await expect(entry).toHaveAttribute('href', (await term.getAttribute('href'))!);
		await expect(popover).toBeInViewport({ ratio: 1 });
		expect(page.url(), 'the reader stays in the chapter').toBe(url);
		expect(await axeViolations(page), 'axe with the popover open').toEqual([]);
		// A tap elsewhere closes it.
		await page.locator('h1').tap();
		await expect(popover).toBeHidden();
		await expect(term).toHaveAttribute('aria-expanded', 'false');

		// Keyboard: Enter opens it with focus inside, Tab reaches the entry link, Escape closes and returns focus.
		await term.focus();
		await page.keyboard.press('Enter');
		await expect(popover).toBeVisible();
		await expect(popover).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(entry).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(popover).toBeHidden();
		await expect(term).toBeFocused();
		// The Close button works too.
		await page.keyboard.press('Enter');
		await popover.getByRole('button', { name: 'Close' }).click();
		await expect(popover).toBeHidden();
		expect(page.url()).toBe(url);
	});

	test('headings with an old alias anchor line up with the text', async ({ page }) => {
		const files = chapterPages().filter((p) =>
			readDist(`${p.slice(1)}index.html`).includes('class="anchor-alias"'),
		);
		expect(files.length, 'some chapter has a renamed section').toBeGreaterThan(0);
		for (const path of files) {
			await page.goto(path);
			for (const row of await page.locator('.heading-row:has(.anchor-alias)').all()) {
				const heading = (await row.locator('h2, h3').boundingBox())!;
				const text = (await page.locator('article h1').boundingBox())!;
				expect(
					Math.abs(heading.x - text.x),
					`heading in ${path} starts where the text does`,
				).toBeLessThanOrEqual(1);
			}
		}
	});
});

test('on wide screens the contents rail shows from 1200 px', async ({ page }) => {
	const path = chapterPages()[0]!;
	await page.setViewportSize({ width: 1200, height: 900 });
	await page.goto(path);
	await expect(page.locator('.toc-wide')).toBeVisible();
	await expect(page.locator('details.toc-inline')).toBeHidden();
	await page.setViewportSize({ width: 1180, height: 900 });
	await expect(page.locator('.toc-wide')).toBeHidden();
	await expect(page.locator('details.toc-inline')).toBeVisible();
});

test('the glossary has an A–Z index and the FAQ is grouped by topic with a contents list', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/glossary/');
	const az = page.getByRole('navigation', { name: 'Glossary A to Z' });
	const letters = az.getByRole('link');
	expect(await letters.count(), 'several letters').toBeGreaterThan(5);
	const last = letters.last();
	const target = (await last.getAttribute('href'))!;
	await last.click();
	await expect(page.locator(target)).toBeInViewport();
	await expect(az, 'the index stays in reach').toBeInViewport();
	// Every term sits under the letter it starts with.
	for (const group of await page.locator('.az-group').all()) {
		const letter = (await group.locator('h2').textContent())!.trim();
		for (const term of await group.locator('dt').allTextContents()) {
			if (letter !== '0–9')
				expect(term.trim().charAt(0).toUpperCase(), `“${term}” under ${letter}`).toBe(letter);
		}
	}

	await page.goto('/faq/');
	const topics = page.getByRole('navigation', { name: 'Topics' });
	const links = topics.getByRole('link');
	expect(await links.count(), 'several topics').toBeGreaterThan(3);
	const questions = await page.locator('.faq-item').count();
	let listed = 0;
	for (const link of await links.all()) {
		const hash = (await link.getAttribute('href'))!;
		const section = page.locator(`section:has(> h2${hash})`);
		await expect(section.locator('h2')).toHaveText((await link.textContent())!.trim());
		listed += await section.locator('.faq-item').count();
	}
	expect(listed, 'every question sits under one topic').toBe(questions);
	await links.nth(2).click();
	await expect(page.locator((await links.nth(2).getAttribute('href'))!)).toBeInViewport();
});
