import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { holdScripts } from './support/hold';
import { addMonths, todayIso } from '../../src/lib/engagement/dates';
import {
	CATEGORIES,
	labelOf,
	READINESS_LEVELS,
	REPORT_SCOPES,
	typeLabel,
} from '../../src/lib/engagement/vocabulary';
import { checkDeadline } from '../../src/lib/estimator/deadline';
import { estimate } from '../../src/lib/estimator/model';
import { MAX_NOTICES, parseEstimateQuery } from '../../src/lib/estimator/query';
import { axeViolations, THEME_RULES, watchErrors } from './support/site';

/** The island is prerendered for the build date; wait until it has hydrated and read the URL. */
async function openEstimator(page: Page, query = ''): Promise<void> {
	await page.goto(`/estimator/${query}`);
	await expect(
		page.locator('.est[data-ready="true"]'),
		'the estimator has read the URL',
	).toHaveCount(1);
}

const firstYear = (page: Page) => page.getByTestId('first-year-typical');
const reportDate = (page: Page) => page.getByTestId('report-typical');
/** An amount as the page writes it, read back: '$52k' → 52000, '$1.3M' → 1300000, '$950' → 950. */
const money = (text: string) => {
	const m = /\$([\d,.]+)([kM]?)/.exec(text);
	if (!m) return Number.NaN;
	return Math.round(
		Number(m[1]!.replace(/,/g, '')) * { '': 1, k: 1e3, M: 1e6 }[m[2] as '' | 'k' | 'M'],
	);
};
const BROKEN = /NaN|Infinity|Invalid Date|undefined/;

test.describe('cost and time estimator', () => {
	// axe and many interactions per test: give them room on a busy machine.
	test.slow();

	test('changing inputs updates the totals, the timeline and the address', async ({ page }) => {
		const errors = await watchErrors(page);
		await openEstimator(page);
		const before = money(await firstYear(page).innerText());
		const dateBefore = await reportDate(page).innerText();
		expect(before, 'a default first-year figure').toBeGreaterThan(0);

		await page.getByRole('checkbox', { name: labelOf(CATEGORIES, 'privacy') }).check();
		await expect
			.poll(async () => money(await firstYear(page).innerText()), {
				message: 'adding Privacy raises the cost',
			})
			.toBeGreaterThan(before);

		await page.getByLabel('First observation window').selectOption('12');
		await expect(reportDate(page), 'a longer window moves the report date').not.toHaveText(
			dateBefore,
		);
		const timeline = page.getByRole('table', { name: /Phases, their likely length/ });
		await expect(
			timeline.getByRole('row', { name: /Observation window/ }),
			'the timeline table follows',
		).toContainText('12 months');
		await expect(
			page
				.getByRole('figure', { name: /Typical timeline/ })
				.getByRole('listitem')
				.filter({ hasText: 'Observation window' }),
		).toContainText('12 months');

		// Keyboard: arrow keys move through a radio group and the estimate follows.
		const typeII = page.getByRole('radio', { name: new RegExp(typeLabel(2)) });
		await typeII.focus();
		await page.keyboard.press('ArrowUp');
		await expect(
			page.getByRole('radio', { name: new RegExp(`${typeLabel(1)}\\b`) }),
			'arrow key selects Type 1',
		).toBeChecked();
		await expect(
			timeline.getByRole('row', { name: /Observation window/ }),
			'a Type 1 has no window',
		).toHaveCount(0);

		await expect
			.poll(() => new URL(page.url()).searchParams.get('type'), {
				message: 'the URL holds the inputs',
			})
			.toBe('1');
		expect(new URL(page.url()).searchParams.get('tsc')).toBe('security,privacy');

		// Once the changes pause, a polite live region says the new answer in the summary's words.
		const glanceCost = (await page.getByTestId('glance-cost').innerText()).trim();
		const glanceReport = (await page.getByTestId('glance-report').innerText()).trim();
		await expect(page.locator('.est [aria-live="polite"]')).toHaveText(
			`First year ${glanceCost}. Report ${glanceReport}.`,
		);

		// The charts draw their bars and scales once the island is live.
		await expect(
			page.getByTestId('cost-scale').locator('.est-bar-tick'),
			'the dollar scale has ticks',
		).not.toHaveCount(0);
		const phases = await timeline.locator('tbody tr').count();
		await expect(page.locator('.est-gantt-bar'), 'a bar for every phase').toHaveCount(phases);
		expect(errors, 'no console errors').toEqual([]);
	});

	test('a hand-off link followed before the link writer arrives still carries the plan', async ({
		page,
	}) => {
		// The links need the shared URL codec, which loads after the first screen: hold it back,
		// as a slow connection would, and follow a hand-off link in the meantime.
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		const held = await holdScripts(page, /\/_astro\/(?:link|engagement)\.[\w-]+\.js$/, {
			until: released,
		});
		await openEstimator(page);
		await page.getByRole('radio', { name: 'SOC 1 and SOC 2' }).check();
		const handOff = page.getByRole('link', { name: 'check how ready you are' });
		await expect(handOff, 'the bare path while the codec is held').toHaveAttribute(
			'href',
			'/readiness/',
		);
		await handOff.click();
		await expect
			.poll(() => held(), { message: 'the link writer was held back' })
			.toBeGreaterThan(0);
		expect(new URL(page.url()).pathname, 'the click waits for the plan').toBe('/estimator/');
		release();
		await page.waitForURL(/\/readiness\/\?/);
		const link = new URL(page.url());
		expect(link.searchParams.get('report')).toBe('both');
		expect(link.searchParams.get('start')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		await expect(
			page.getByRole('radio', { name: 'SOC 1 and SOC 2' }),
			'the self-check takes the plan',
		).toBeChecked();
	});

	test('a hand-off link followed before the page has read its own link keeps that link’s plan', async ({
		page,
	}) => {
		// A visit from the chooser: the plan is in this page's URL, and the query reader that reads it
		// loads after hydration. Hold it back and follow a hand-off link in the meantime: the link must
		// carry the plan from the URL (its deadline), not the defaults the page started from.
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		const held = await holdScripts(page, /\/_astro\/(?:query|link|engagement)\.[\w-]+\.js$/, {
			until: released,
		});
		const due = addMonths(todayIso(), 7);
		await page.goto(`/estimator/?report=soc1&type=2&deadline=${due}`);
		await expect
			.poll(() => held(), { message: 'hydrated: the query reader was asked for and held' })
			.toBeGreaterThan(0);
		await expect(page.locator('.est[data-ready="false"]'), 'the URL is not read yet').toHaveCount(
			1,
		);
		await page.getByRole('link', { name: 'check how ready you are' }).click();
		expect(new URL(page.url()).pathname, 'the click waits for the plan').toBe('/estimator/');
		release();
		await page.waitForURL(/\/readiness\/\?/);
		const link = new URL(page.url());
		expect(link.searchParams.get('deadline')).toBe(due);
		expect(link.searchParams.get('report')).toBe('soc1');
	});

	test('the tool’s code starts loading only once the page has painted its text', async ({
		page,
	}) => {
		await openEstimator(page);
		const timing = await page.evaluate(() => ({
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
			boot: performance
				.getEntriesByType('resource')
				.find((e) => /\/EstimatorBoot\.[^/]+\.js$/.test(e.name))?.startTime,
		}));
		expect(timing.fcp, 'a first contentful paint').toBeDefined();
		expect(timing.boot, 'the tool script was fetched').toBeDefined();
		expect(timing.boot!).toBeGreaterThanOrEqual(timing.fcp!);
	});

	test('takes the report chooser hand-off from the query contract', async ({ page }) => {
		await openEstimator(
			page,
			'?report=both&type=1&tsc=security,confidentiality&readiness=documented',
		);
		await expect(
			page.getByText('Filled in from your answers in the report chooser'),
			'pre-fill is announced',
		).toBeVisible();
		await expect(page.getByRole('radio', { name: labelOf(REPORT_SCOPES, 'both') })).toBeChecked();
		await expect(page.getByRole('radio', { name: new RegExp(`${typeLabel(1)}\\b`) })).toBeChecked();
		await expect(
			page.getByRole('checkbox', { name: labelOf(CATEGORIES, 'confidentiality') }),
		).toBeChecked();
		await expect(
			page.getByRole('checkbox', { name: labelOf(CATEGORIES, 'privacy') }),
		).not.toBeChecked();
		await expect(
			page.getByRole('radio', { name: labelOf(READINESS_LEVELS, 'documented') }),
		).toBeChecked();
		await expect(
			page.getByText(`SOC 1 and SOC 2 ${typeLabel(1)} (Security, Confidentiality)`),
			'the estimate describes the hand-off',
		).toBeVisible();
		await expect(
			page.getByRole('status').filter({ hasText: 'could not be used' }),
			'a clean hand-off has no notice',
		).toHaveCount(0);
	});

	test('round-trips an estimate through its URL', async ({ page, context }) => {
		await openEstimator(page);
		await page.getByRole('radio', { name: 'SOC 1', exact: true }).check();
		await page.getByLabel('Organization size').selectOption('growth');
		await page.getByLabel('Audit firm').selectOption('mid-tier');
		await page.getByRole('checkbox', { name: 'Compliance-automation platform' }).check();
		await page.getByLabel('In-scope systems or locations').fill('5');
		await page.getByLabel('Customer deadline (optional)').fill('2030-01-15');
		await expect.poll(() => new URL(page.url()).searchParams.get('deadline')).toBe('2030-01-15');
		const shared = page.url();
		const cost = await firstYear(page).innerText();
		const date = await reportDate(page).innerText();

		const other = await context.newPage();
		await openEstimator(other, new URL(shared).search);
		await expect(firstYear(other), 'same first-year cost').toHaveText(cost);
		await expect(reportDate(other), 'same report date').toHaveText(date);
		await expect(other.getByRole('radio', { name: 'SOC 1', exact: true })).toBeChecked();
		await expect(other.getByLabel('Organization size')).toHaveValue('growth');
		await expect(other.getByLabel('Audit firm')).toHaveValue('mid-tier');
		await expect(other.getByLabel('In-scope systems or locations')).toHaveValue('5');
		await expect(
			other.getByRole('checkbox', { name: 'Compliance-automation platform' }),
		).toBeChecked();
		await expect(other.getByText('Filled in from the link you followed')).toBeVisible();
	});

	test('a garbage query shows a notice and falls back to defaults', async ({ page }) => {
		const errors = await watchErrors(page);
		const query =
			'?report=soc9&systems=-3&window=Infinity&start=2026-02-30&deadline=NaN&tsc=security,bogus&colour=blue';
		await openEstimator(page, query);
		const notice = page
			.getByRole('status')
			.filter({ hasText: 'Some settings in the link could not be used' });
		await expect(notice, 'a notice lists the problems').toBeVisible();
		// Seven problems: more than the cap, so the last line counts the ones not listed.
		const expected = parseEstimateQuery(query, todayIso()).notices;
		expect(expected).toHaveLength(MAX_NOTICES);
		await expect(notice.getByRole('listitem')).toHaveText(expected.map((n) => n.message));
		expect(expected.at(-1)!.message).toMatch(new RegExp(`^${7 - (MAX_NOTICES - 1)} more things`));
		await expect(notice).toContainText('“soc9” is not a report');
		await expect(notice).toContainText('whole number from 1 to 20, not “-3”');
		await expect(notice).toContainText('“bogus”');
		await expect(
			page.getByRole('radio', { name: 'SOC 2', exact: true }),
			'default report',
		).toBeChecked();
		await expect(page.getByLabel('In-scope systems or locations'), 'default systems').toHaveValue(
			'2',
		);
		await expect(page.getByLabel('First observation window'), 'default window').toHaveValue('6');
		expect(await page.locator('main').innerText(), 'no broken values on screen').not.toMatch(
			BROKEN,
		);
		expect(errors).toEqual([]);
	});

	test('a bad form value gets a message and never reaches the figures', async ({ page }) => {
		await openEstimator(page);
		const cost = await firstYear(page).innerText();
		const systems = page.getByLabel('In-scope systems or locations');
		await systems.fill('-3');
		await expect(systems, 'the field is marked invalid').toHaveAttribute('aria-invalid', 'true');
		await expect(
			page.getByText('whole number from 1 to 20, not “-3”'),
			'the message names the problem',
		).toBeVisible();
		await expect(firstYear(page), 'the last good value still drives the estimate').toHaveText(cost);
		await page.getByLabel('Internal hourly cost (optional)').fill('5000');
		await expect(page.getByText(/Hourly cost must be an amount from \$1 to \$1,000/)).toBeVisible();
		await page.getByLabel('Start date').fill('');
		await expect(page.getByText('Enter a start date.')).toBeVisible();
		expect(await page.locator('main').innerText()).not.toMatch(BROKEN);
		await systems.fill('4');
		await expect(systems).not.toHaveAttribute('aria-invalid', 'true');
	});

	test('judges a customer deadline and suggests what would make it', async ({ page }) => {
		const query = '?readiness=none&window=12&start=2027-01-04&deadline=2027-06-30';
		await openEstimator(page, query);
		const panel = page.getByRole('region', { name: 'The deadline is not achievable as planned' });
		await expect(panel, 'an impossible deadline is called out').toBeVisible();
		// The options are the model's for this plan, each with its own date.
		const { inputs } = parseEstimateQuery(query, todayIso());
		const options = estimate(inputs, todayIso(), checkDeadline).deadline!.options;
		expect(
			options.map((o) => o.id),
			'the options the issue asks for',
		).toEqual(expect.arrayContaining(['type1-first', 'bridge-letter', 'realistic-date']));
		await expect(panel.getByRole('listitem')).toHaveCount(options.length);
		for (const option of options) {
			await expect(
				panel.getByRole('listitem').filter({ hasText: option.title }),
				option.title,
			).toBeVisible();
		}
		await page.getByLabel('Customer deadline (optional)').fill('2030-06-30');
		await expect(page.getByRole('region', { name: 'The deadline looks achievable' })).toBeVisible();
	});

	test('downloads a CSV and copies a summary that match the screen', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		// The deadline check loads on demand; hold it back so the download is asked for first, as
		// on a slow connection. The file must still carry the deadline.
		const held = await holdScripts(page, /\/_astro\/DeadlinePanel\.[\w-]+\.js$/, { until: 1500 });
		await openEstimator(page, '?tsc=security,availability&start=2027-01-04&deadline=2027-12-31');
		const costText = await firstYear(page).innerText();
		const cost = money(costText);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download CSV' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('soc-estimate-2027-01-04.csv');
		const csv = readFileSync(await download.path(), 'utf8');
		expect(csv.split('\r\n')[0]).toBe(
			'Section,Item,Low,Typical,High,Unit,Typical start,Typical end,Notes',
		);
		expect(csv, 'CSV total matches the screen').toMatch(
			new RegExp(`First-year cost,Total,\\d+,${cost},\\d+,USD`),
		);
		expect(csv).toContain('Timeline,Observation window');
		expect(csv, 'the deadline is in the file even when its check arrives late').toContain(
			'Deadline,2027-12-31',
		);
		expect(held(), 'the deadline check was held back').toBe(1);
		expect(csv).not.toMatch(BROKEN);

		// Clipboard writes need a focused document; another worker's page may hold focus.
		await page.bringToFront();
		await page.getByRole('button', { name: 'Copy summary' }).click();
		await expect(page.getByText('Summary copied to the clipboard.')).toBeVisible();
		const summary = await page.evaluate(() => navigator.clipboard.readText());
		expect(summary).toContain('not a quote');
		expect(summary).toContain(
			`SOC 2 ${typeLabel(2)} (Security, Availability), 6-month observation window`,
		);
		expect(summary, 'the summary rounds as the screen does').toContain(`(typical ${costText})`);
		expect(summary).toMatch(
			/Estimate: http:\/\/127\.0\.0\.1:\d+\/estimator\/\?tsc=security,availability&start=2027-01-04&deadline=2027-12-31/,
		);
		expect(summary).not.toMatch(BROKEN);
	});

	test('the consultation link carries a summary and the visit’s campaign', async ({ page }) => {
		await openEstimator(page, '?report=soc2&utm_source=newsletter&utm_campaign=q4&gclid=abc123');
		const cta = page
			.getByRole('complementary', { name: 'Turn this estimate into a quote' })
			.getByRole('link');
		await expect(cta).toHaveAttribute('href', /utm_source=newsletter/);
		const href = new URL((await cta.getAttribute('href'))!, page.url());
		expect(href.searchParams.get('utm_campaign')).toBe('q4');
		expect(href.searchParams.get('gclid')).toBe('abc123');
		expect(href.searchParams.get('from')).toBe('/estimator/');
		expect(href.searchParams.get('estimate'), 'a short summary').toMatch(
			/^SOC 2 Type 2; 1–50 employees; readiness informal; typical \$\d+(\.\d)?k first year; report ~\w+ \d{4}$/,
		);
		// Campaign parameters are kept for the visit, not written into shared links.
		await page.getByRole('checkbox', { name: labelOf(CATEGORIES, 'privacy') }).check();
		await expect.poll(() => page.url()).toContain('tsc=security,privacy');
		expect(page.url()).not.toContain('utm_source');
		await expect(cta, 'the summary follows the inputs').toHaveAttribute(
			'href',
			/2\+categories|2%20categories/,
		);
	});

	test('passes axe in a filled state (light and dark)', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await openEstimator(
			page,
			'?report=both&tsc=security,privacy&soc3=1&readiness=none&deadline=2027-03-01&start=2026-12-01&systems=oops',
		);
		await page.getByLabel('Internal hourly cost (optional)').fill('-1');
		await expect(page.getByText(/Hourly cost must be/)).toBeVisible();
		expect(await axeViolations(page), 'axe violations (light)').toEqual([]);
		// The themes differ only in colours: the dark run checks the colour rules.
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect
			.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
			.toBe(true);
		expect(await axeViolations(page, [], THEME_RULES), 'axe violations (dark)').toEqual([]);
	});

	test('fits a 320px phone without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 800 });
		await openEstimator(page, '?report=both&tsc=security,privacy&deadline=2028-12-01');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, 'page width at 320px').toBeLessThanOrEqual(320);
		expect(await axeViolations(page), 'axe at 320px').toEqual([]);
	});

	test('prints the results without the form', async ({ page }) => {
		await openEstimator(page, '?deadline=2030-01-01');
		await page.emulateMedia({ media: 'print' });
		await expect(
			page.getByRole('heading', { name: 'Your situation' }),
			'the form is not printed',
		).toBeHidden();
		await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Your estimate' })).toBeVisible();
		await expect(page.getByRole('table', { name: /First-year cost by line item/ })).toBeVisible();
		await expect(
			page.getByText('Customer deadline', { exact: true }),
			'the inputs are printed in words',
		).toBeVisible();
	});
	// The JavaScript /estimator/ loads is held to tests/budgets.json by tests/dist/budgets.test.ts.
});

test.describe('estimator without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test.slow();

	test('shows worked examples and every assumption with its source', async ({ page }) => {
		await page.goto('/estimator/');
		await expect(page.getByText('The interactive estimator needs JavaScript.')).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'Your situation' }),
			'the form is hidden',
		).toBeHidden();
		const examples = page.getByRole('table', {
			name: /Estimated cost and time for common first examinations/,
		});
		await expect(examples.getByRole('row'), 'header plus four examples').toHaveCount(5);
		await expect(
			examples.getByRole('rowheader', {
				name: /Start-up, SOC 2 Type 2, Security only, boutique firm/,
			}),
		).toBeVisible();
		await expect(examples, 'figures in two significant figures').toContainText(
			/\$\d+(\.\d)?k typical/,
		);
		const assumptions = page.getByRole('table', {
			name: 'Estimator assumptions and their sources',
		});
		const documented = Object.keys(
			(
				JSON.parse(
					readFileSync(
						new URL('../../content/estimator-assumptions.json', import.meta.url),
						'utf8',
					),
				) as { assumptions: object }
			).assumptions,
		).length;
		await expect(assumptions.getByRole('row'), 'a header plus a row per assumption').toHaveCount(
			documented + 1,
		);
		await expect(
			assumptions.getByRole('link', { name: 'Strac' }).first(),
			'rows cite sources by name',
		).toHaveAttribute('href', '#source-strac-2026');
		await expect(
			page
				.locator('#source-strac-2026')
				.getByRole('link', { name: /SOC 2 Audit: The Complete 2026 Guide/ }),
			'the source list gives the address',
		).toHaveAttribute('href', 'https://www.strac.io/blog/soc-2-audit');
		await expect(
			page
				.getByRole('main')
				.getByRole('complementary', { name: 'Consultation' })
				.getByRole('link', { name: 'Book a free scoping call' }),
			'a consultation link without JavaScript',
		).toBeVisible();
		expect(await page.locator('main').innerText()).not.toMatch(BROKEN);
	});
});

test('the no-JavaScript view passes axe in light and dark', async ({ page }) => {
	test.slow();
	// axe itself needs scripts, so rebuild the no-JS view instead: block the page's modules and
	// drop the class the head script sets, leaving the static HTML and CSS a script-less visit gets.
	await page.route('**/_astro/**/*.js', (route) => route.abort());
	await page.goto('/estimator/');
	await page.evaluate(() => document.documentElement.classList.remove('js'));
	await expect(page.getByText('The interactive estimator needs JavaScript.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your situation' })).toBeHidden();
	expect(await axeViolations(page), 'axe, no-JavaScript view (light)').toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await axeViolations(page), 'axe, no-JavaScript view (dark)').toEqual([]);
});
