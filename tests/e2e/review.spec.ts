/**
 * The vendor report review in a real browser: a realistic report walked from an empty form to its
 * memo, the keyboard, axe in both themes, the page without JavaScript, and hostile links.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addDays, addMonths, todayIso } from '../../src/lib/engagement/dates';
import { REVIEW_KEYS, REVIEW_PLAN_KEYS } from '../../src/lib/review/url-state';
import { readPdf } from './support/pdf';
import { axeViolations, THEME_RULES, watchErrors } from './support/site';

const PATH = '/review/';
const BROKEN_TEXT = /\bNaN\b|Infinity|Invalid Date|undefined|\[object/;

async function openReview(page: Page, query = ''): Promise<void> {
	// The preview server refuses a 25,000-character request line (HTTP 431), as most hosts do, yet a
	// page can still be handed such an address: serve the page's own HTML for it.
	if (query.length > 8000)
		await page.route(
			(url) => url.pathname === PATH && url.search.length > 8000,
			async (route) => route.fulfill({ response: await page.request.fetch(PATH) }),
		);
	await page.goto(`${PATH}${query}`);
	await expect(page.locator('.rv[data-ready]'), 'review read its link').toBeAttached();
}

const finding = (page: Page) => page.getByTestId('review-finding');
const result = (page: Page) => page.locator('.rv-result');

/** Fills a date field as a reader would in Chromium's date control (month, day, year). */
async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
	const [y, m, d] = iso.split('-');
	await field.focus();
	await page.keyboard.type(`${m}${d}${y}`);
	await expect(field).toHaveValue(iso);
}

/** A SOC 2 Type II for twelve months that ended five months ago: the usual case for a bridge letter. */
function realisticDates() {
	const today = todayIso();
	const end = addMonths(today, -5);
	return { today, end, start: addDays(addMonths(end, -12), 1), issued: addDays(end, 40) };
}

test.describe('vendor report review', () => {
	test('walks a realistic report to its memo, CSV and printed memo, sending nothing anywhere', async ({
		page,
	}) => {
		test.slow();
		const errors = await watchErrors(page);
		const requests: { method: string; url: string }[] = [];
		page.on('request', (r) => void requests.push({ method: r.method(), url: r.url() }));
		await openReview(page);
		await expect(finding(page)).toContainText('Enter the report’s dates and opinion');

		const { start, end, issued } = realisticDates();
		await page.getByLabel('Vendor (optional, for the memo)').fill('Northwind Payroll');
		// Reaching for the form loads the rules, which name what is missing.
		await expect(finding(page)).toContainText(
			'Enter the period end, the period start, the opinion',
		);
		await page.getByRole('radio', { name: 'Both' }).check();
		await page.getByRole('checkbox', { name: 'Confidentiality' }).first().check();
		await typeDate(page, page.getByLabel('Period start'), start);
		await typeDate(page, page.getByLabel('Period end'), end);
		await typeDate(page, page.getByLabel('Date of the auditor’s report (optional)'), issued);
		await page.getByRole('radio', { name: 'Qualified', exact: true }).check();
		await page
			.getByRole('group', { name: 'Categories in scope besides Security' })
			.getByRole('checkbox', { name: 'Availability' })
			.check();

		await page.getByRole('button', { name: 'Add an exception' }).click();
		await expect(
			page.getByLabel('Exception 1', { exact: true }),
			'focus moves to the new row',
		).toBeFocused();
		await page.keyboard.type('Two of 25 leavers kept access for 30 days');
		await page.getByRole('button', { name: 'Add an exception' }).click();
		await page.keyboard.type('Backup restore not tested in Q2');
		await page.getByRole('checkbox', { name: 'Management responded to exception 2' }).check();
		await page.getByRole('button', { name: 'Add a subservice organization' }).click();
		await page.keyboard.type('Big Cloud Hosting');
		await page.getByRole('button', { name: 'Add a CUEC' }).click();
		await page.keyboard.type('Remove departed employees’ access within one business day');
		await page.getByRole('button', { name: 'Add a CUEC' }).click();
		await page.keyboard.type('Review who holds administrator rights every quarter');

		await expect(finding(page)).toContainText('once the follow-up questions are answered');
		const questions = result(page).locator('.rv-questions > li');
		await expect(questions.filter({ hasText: 'Please send a bridge letter' })).toHaveCount(1);
		await expect(questions.filter({ hasText: 'Do you have a SOC 1 report' })).toHaveCount(1);
		await expect(questions.filter({ hasText: 'does not include Confidentiality' })).toHaveCount(1);
		await expect(questions.filter({ hasText: 'basis for the qualified opinion' })).toHaveCount(1);
		await expect(questions.filter({ hasText: 'Two of 25 leavers' })).toHaveCount(1);
		await expect(
			questions.filter({ hasText: 'Backup restore' }),
			'an answered exception is not asked about',
		).toHaveCount(0);
		await expect(questions.filter({ hasText: 'carves out Big Cloud Hosting' })).toHaveCount(1);
		await expect(page.getByTestId('review-gap')).toContainText('no bridge letter');
		await expect(result(page).locator('.rv-tasks li')).toHaveCount(2);
		// Each reason links the chapter section that explains it.
		const reasonLinks = result(page).locator('.rv-reasons a');
		expect(await reasonLinks.count()).toBeGreaterThanOrEqual(6);
		for (const link of await reasonLinks.all())
			await expect(link).toHaveAttribute('href', /^\/chapters\/[a-z0-9-]+\/#[a-z0-9-]+$/);
		const questionCount = await questions.count();

		// The state is in the URL: a reload shows the same review.
		await expect
			.poll(() => new URL(page.url()).searchParams.get('vendor'))
			.toBe('Northwind Payroll');
		expect(new URL(page.url()).searchParams.get('exc1')).toBe(
			'n:Two of 25 leavers kept access for 30 days',
		);
		await page.reload();
		await expect(page.locator('.rv[data-ready]')).toBeAttached();
		await expect(questions).toHaveCount(questionCount);
		await expect(page.getByLabel('Exception 2', { exact: true })).toHaveValue(
			'Backup restore not tested in Q2',
		);

		// A bridge letter up to today answers the gap; the finding stays on the other follow-ups.
		await typeDate(page, page.getByLabel('The last day the bridge letter speaks for'), todayIso());
		await expect(questions.filter({ hasText: 'Please send a bridge letter' })).toHaveCount(0);
		await expect(page.getByTestId('review-gap')).toContainText('a bridge letter covers them');

		const [memo] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download memo (Markdown)' }).click(),
		]);
		expect(memo.suggestedFilename()).toBe(`soc-review-northwind-payroll-${todayIso()}.md`);
		const markdown = readFileSync(await memo.path(), 'utf8');
		expect(markdown).toMatch(/^# Review of Northwind Payroll’s SOC 2 Type II report/);
		expect(markdown).toContain(
			'The report can support your use of this vendor once the follow-up questions are answered.',
		);
		expect(markdown).toContain('- [ ] Review who holds administrator rights every quarter');
		expect(markdown).toMatch(/## Subservice reports to request\n\n- Big Cloud Hosting/);
		expect(markdown).toMatch(
			/\(http:\/\/127\.0\.0\.1:\d+\/chapters\/reading-a-soc-report\/#the-four-opinion-types\)/,
		);
		const onScreen = await questions.allTextContents();
		for (const q of onScreen)
			expect(markdown).toContain(q.replace(/\s*\(.*\)\s*$/, '').slice(0, 40));

		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download follow-ups (CSV)' }).click(),
		]);
		const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
		expect(rows[0]).toBe('Number,Question,Topic,Explained at,Answer,Status');
		expect(rows.length - 2, 'one row per follow-up on screen').toBe(onScreen.length);

		// The printed memo: the review only, on at most two pages.
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.rv-form')).toBeHidden();
		const pdf = await readPdf(await page.pdf({ format: 'Letter' }));
		expect(pdf.pages.length, 'memo fits on two pages').toBeLessThanOrEqual(2);
		const printed = pdf.pages.map((p) => [p.head, p.body, p.foot].join(' ')).join(' ');
		expect(printed).toContain('Northwind Payroll');
		expect(printed).toContain('CUECs you must operate');
		expect(printed).not.toContain('Add an exception');

		const origin = new URL(page.url()).origin;
		const sent = requests.filter(
			(r) => r.method !== 'GET' || (!r.url.startsWith(`${origin}/`) && !r.url.startsWith('blob:')),
		);
		expect(sent, 'nothing sent anywhere').toEqual([]);
		expect(errors).toEqual([]);
	});

	test('finds a stale report with an adverse opinion not enough, and flags contradictory dates', async ({
		page,
	}) => {
		const today = todayIso();
		await openReview(
			page,
			`?to=${addMonths(today, -14)}&from=${addMonths(today, -26)}&opinion=adverse`,
		);
		await expect(finding(page)).toContainText('does not give the assurance');
		await expect(result(page).locator('.rv-reasons li').filter({ hasText: 'adverse' })).toHaveCount(
			1,
		);
		await expect(
			result(page).locator('.rv-questions li').filter({ hasText: 'most recent report' }),
		).toHaveCount(1);

		await typeDate(
			page,
			page.getByLabel('Date of the auditor’s report (optional)'),
			addMonths(today, -20),
		);
		const issued = page.getByLabel('Date of the auditor’s report (optional)');
		await expect(issued).toHaveAttribute('aria-invalid', 'true');
		await expect(
			page.getByText('The report date is before the end of what it covers'),
		).toBeVisible();
		await expect(finding(page)).toContainText('Correct the dates marked above');
	});

	test('can be used with the keyboard alone', async ({ page }) => {
		await openReview(page);
		await page.getByLabel('Vendor (optional, for the memo)').focus();
		await page.keyboard.type('Acme');
		// Tab to the report choice, then use arrows as in any radio group.
		for (let i = 0; i < 20; i++) {
			await page.keyboard.press('Tab');
			if (
				await page
					.getByRole('radio', { name: 'SOC 2' })
					.evaluate((el) => el === document.activeElement)
			)
				break;
		}
		await expect(page.getByRole('radio', { name: 'SOC 2' })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio', { name: 'SOC 1' })).toBeChecked();
		await expect(
			page.getByRole('group', { name: 'Categories in scope besides Security' }),
			'no categories for a SOC 1',
		).toHaveCount(0);
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio', { name: 'Type I (a single date)' })).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('The date the report speaks about')).toBeFocused();
		await page.keyboard.type(todayIso().replace(/^(\d+)-(\d+)-(\d+)$/, '$2$3$1'));
		// Tab on to the opinion group.
		for (let i = 0; i < 10; i++) {
			await page.keyboard.press('Tab');
			if (
				await page.evaluate(
					() => (document.activeElement as HTMLInputElement | null)?.name === 'rv-opinion',
				)
			)
				break;
		}
		await page.keyboard.press('Space');
		await expect(page.getByRole('radio', { name: /^Unmodified/ })).toBeChecked();
		await expect(finding(page)).toContainText('does not give the assurance');
		await expect(
			result(page).locator('.rv-questions li').filter({ hasText: 'Type II report be available' }),
		).toHaveCount(1);

		// Add a CUEC from the keyboard; removing it hands focus back to the add button.
		await page.getByRole('button', { name: 'Add a CUEC' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('CUEC 1', { exact: true })).toBeFocused();
		await page.keyboard.type('Review admins');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Remove CUEC 1' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: 'Add a CUEC' })).toBeFocused();
		// Focus is always visible.
		const outline = await page.evaluate(
			() => getComputedStyle(document.activeElement!).outlineStyle,
		);
		expect(outline).not.toBe('none');
	});

	const views: [string, string][] = [
		['an empty review', ''],
		[
			'a complete review',
			`?vendor=Acme&use=both&need=privacy&from=2025-01-01&to=2025-12-31&opinion=qualified&tsc=security,availability&exc1=n:Leavers&sub1=c:Cloud&cuec1=Admins`,
		],
		[
			'contradictory dates',
			'?from=2026-05-01&to=2026-01-01&issued=2025-01-01&opinion=adverse&report=soc1',
		],
		['the no-JavaScript checklist', ''],
	];
	// One load per view: every rule in light, then the colour rules in dark (the themes differ
	// only in colours).
	for (const [view, query] of views)
		test(`passes axe on ${view} (light and dark)`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: 'light' });
			await openReview(page, query);
			if (view === 'the no-JavaScript checklist') {
				// As shown without scripts: axe needs scripts itself, so the class is removed instead.
				await page.evaluate(() => document.documentElement.classList.remove('js'));
				await expect(page.getByRole('heading', { name: 'The review checklist' })).toBeVisible();
			}
			expect(await axeViolations(page), `axe on ${view} (light)`).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			await expect
				.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
				.toBe(true);
			expect(await axeViolations(page, [], THEME_RULES), `axe on ${view} (dark)`).toEqual([]);
		});
});

test.describe('review without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the printable checklist with every check and its chapter section', async ({
		page,
	}) => {
		await page.goto(PATH);
		await expect(
			page.getByRole('heading', { level: 2, name: 'The review checklist' }),
		).toBeVisible();
		await expect(page.locator('.rv-app')).toBeHidden();
		const items = page.locator('.rv-checklist-items > li');
		await expect(items).toHaveCount(8);
		for (const item of await items.all())
			await expect(item.getByRole('link')).toHaveAttribute(
				'href',
				/^\/chapters\/[a-z0-9-]+\/#[a-z0-9-]+$/,
			);
		await expect(page.getByText('More than 3 months: ask for a bridge letter')).toBeVisible();
		await expect(page.getByText('More than 12 months')).toBeVisible();
	});
});

test.describe('review with hostile links', () => {
	test.describe.configure({ timeout: 60_000 });
	// Every key the review reads: the plan's it uses and its own.
	const KEYS = [...REVIEW_PLAN_KEYS, ...REVIEW_KEYS];
	const SCRIPTS = [
		'<script>window.__pwned=1</script>',
		'"><img src=x onerror=window.__pwned=1>',
		'javascript:alert(1)',
		"{{constructor.constructor('window.__pwned=1')()}}",
	];
	const cases: [string, string][] = [
		['garbage', [...KEYS.map((k) => `${k}=banana`), 'x=%E0%A4%A', ',,,=9'].join('&')],
		[
			'an overlong link',
			[`vendor=${'a'.repeat(20_000)}`, ...Array.from({ length: 500 }, (_, i) => `p${i}=${i}`)].join(
				'&',
			),
		],
		[
			'script-like values',
			KEYS.flatMap((k) =>
				SCRIPTS.map(
					(s) => `${k}=${encodeURIComponent(k === 'exc1' || k === 'sub1' ? `n:${s}` : s)}`,
				),
			).join('&'),
		],
	];
	for (const [name, query] of cases)
		test(`stays usable, says what it ignored and renders nothing from ${name}`, async ({
			page,
		}) => {
			const errors = await watchErrors(page);
			await openReview(page, `?${query}`);
			await expect(
				page.getByRole('status').filter({ hasText: 'Some of the link could not be used' }),
			).toBeVisible();
			expect(
				await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
			).toBeUndefined();
			await expect(page.locator('.rv img, .rv script')).toHaveCount(0);
			expect(await page.locator('main').innerText()).not.toMatch(BROKEN_TEXT);
			// Still works: entering an opinion and a date gives a review.
			await page.getByRole('radio', { name: 'Type I (a single date)' }).check();
			await typeDate(page, page.getByLabel('The date the report speaks about'), todayIso());
			await page.getByRole('radio', { name: /^Unmodified/ }).check();
			await expect(finding(page)).not.toContainText('Enter');
			expect(await page.locator('main').innerText()).not.toMatch(BROKEN_TEXT);
			expect(errors).toEqual([]);
		});
});
