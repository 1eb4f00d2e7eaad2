/**
 * The printed estimate: at most two pages (printed to PDF by Chromium and counted), holding the
 * plan, the summary, the line items, the timeline, the assumptions with their sources, the date
 * and the address that reopens the same estimate.
 */
import { expect, test, type Page } from '@playwright/test';
import DATA from '../../content/estimator-assumptions.json' with { type: 'json' };
import { readPdf } from './support/pdf';

async function openEstimator(page: Page, query: string): Promise<void> {
	await page.goto(`/estimator/${query}`);
	await expect(page.locator('.est[data-ready="true"]')).toHaveCount(1);
	// The printout's list of inputs loads with the charts, once the estimate is live.
	await expect(page.locator('.est-printed-inputs')).toHaveCount(1);
}

const squash = (s: string) => s.replace(/\s+/g, '');

const CASES: [string, string][] = [
	['the default estimate', '?start=2027-01-04'],
	// The longest printout: both reports, every category, every extra, a deadline it cannot meet.
	[
		'the longest estimate',
		'?report=both&tsc=security,availability,processing-integrity,confidentiality,privacy&soc3=1&readiness=none&penTest=1&platform=1&systems=12&subservice=4&start=2027-01-04&deadline=2027-05-01',
	],
];

test.describe('the printed estimate', () => {
	test.slow();
	for (const [name, query] of CASES) {
		test(`${name} prints on at most two pages with everything a reader needs`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			// A reader in the dark theme still gets black on white.
			await page.emulateMedia({ colorScheme: 'dark' });
			await openEstimator(page, query);
			const shareUrl = page.url();
			const lines = page.locator('#est-cost-table tbody tr');
			const items = await lines
				.locator('th')
				.evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent ?? ''));
			const firstYear = await page.getByTestId('first-year-typical').innerText();
			const reportDate = await page.getByTestId('report-typical').innerText();
			const phases = await page.locator('#est-timeline-table tbody th').allInnerTexts();

			await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
			const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
			expect(pdf.pages.length, 'pages printed').toBeLessThanOrEqual(2);
			const text = pdf.pages.map((p) => [p.head, p.body, p.foot].join(' ')).join(' ');
			const flat = squash(text);

			expect(text, 'the date it was made').toMatch(/Estimate made on \d{1,2} \w+ \d{4}/);
			const printedUrl = /Reopenitat(http\S+?)Yourestimate/.exec(flat)?.[1];
			expect(printedUrl, 'the address that reopens it').toMatch(
				new RegExp(`^${new URL(shareUrl).origin}/estimator/\\?`),
			);
			for (const label of ['Organization', 'Readiness', 'Audit firm', 'Start']) {
				expect(text, `the plan: ${label}`).toContain(label);
			}
			expect(flat, 'the summary: first-year figure').toContain(squash(firstYear));
			expect(flat, 'the summary: report date').toContain(squash(reportDate));
			expect(items.length).toBeGreaterThan(2);
			for (const item of items) expect(flat, `line item ${item}`).toContain(squash(item));
			for (const phase of phases) expect(flat, `timeline phase ${phase}`).toContain(squash(phase));
			expect(text, 'the assumptions').toContain('Where each figure comes from');
			// The sources print in columns; the PDF's text runs across them line by line, so a title
			// that wraps is interrupted by its neighbors: look for the start of each title.
			for (const source of DATA.sources) {
				expect(flat, `source ${source.title}`).toContain(squash(source.title).slice(0, 18));
			}
			expect(text, 'an estimate, not a quote').toMatch(/not a quote/);
			for (const chrome of ['Copy summary', 'Download CSV', 'Skip to content', 'Worked examples']) {
				expect(text, `"${chrome}" is not printed`).not.toContain(chrome);
			}
			expect(text, 'no broken values').not.toMatch(/NaN|undefined|Invalid Date/);

			// The printed address opens the same estimate.
			await page.emulateMedia({ media: 'screen' });
			await openEstimator(page, new URL(printedUrl!).search);
			await expect(page.getByTestId('first-year-typical')).toHaveText(firstYear);
			await expect(page.getByTestId('report-typical')).toHaveText(reportDate);
			expect(
				await lines
					.locator('th')
					.evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent ?? '')),
			).toEqual(items);
		});
	}
});
