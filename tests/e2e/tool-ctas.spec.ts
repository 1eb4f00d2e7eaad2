/**
 * The consultation offers at the two moments of highest intent: the self-check's results and the
 * estimator's deadline box when the deadline cannot be met. Each carries the plan, the score or
 * estimate, the page and the visit's campaign tags, and announces itself to analytics.
 */
import { expect, test, type Page } from '@playwright/test';
import { READINESS_QUESTIONS } from '../../src/data/readiness';
import { ANSWERS, type AnswerId } from '../../src/lib/readiness/model';
import { questionsInScope } from '../../src/lib/readiness/scope';
import { INITIAL_STATE } from '../../src/lib/readiness/url-state';
import { site } from '../../src/site.config';

function readinessAnswers(): string {
	const cycle: AnswerId[] = ['evidenced', 'missing', 'unevidenced', 'evidenced', 'na'];
	return questionsInScope(READINESS_QUESTIONS, INITIAL_STATE.scope)
		.map((q, i) => `${q.id}:${ANSWERS.find((a) => a.id === cycle[i % 5])!.code}`)
		.join(',');
}

/** Records the analytics events the guide pushes to window.dataLayer. */
async function recordEvents(page: Page): Promise<void> {
	await page.addInitScript(() => {
		(window as unknown as { dataLayer: unknown[] }).dataLayer = [];
	});
}
const events = (page: Page) =>
	page.evaluate(() => (window as unknown as { dataLayer: Record<string, unknown>[] }).dataLayer);

/** Clicks a link without leaving the page, so the click's event can be read. */
async function clickAndStay(page: Page, link: ReturnType<Page['locator']>): Promise<void> {
	await page.route(/\/consultation\//, (route) => route.fulfill({ status: 204, body: '' }));
	await link.click();
}

const consultationPath = new URL(site.consultationUrl, 'http://x.invalid').pathname;

test.describe('consultation offers in the tools', () => {
	test.slow();

	test('the self-check results offer a consultation that carries the score, the scope and the campaign', async ({
		page,
	}) => {
		await recordEvents(page);
		// A campaign visit lands on the page; its tags are kept for the visit.
		await page.goto(
			`/readiness/?utm_source=newsletter&utm_campaign=q4&step=results&a=${readinessAnswers()}`,
		);
		const cta = page
			.getByRole('complementary', { name: 'Talk it through with an auditor' })
			.getByRole('link');
		await expect(cta).toHaveAttribute('data-cta', 'consultation');
		await expect(cta).toHaveAttribute('data-where', 'readiness-results');
		await expect(cta).toHaveText(site.consultationLabel);
		const score = await page.locator('.rd-score-number').innerText();
		const href = new URL((await cta.getAttribute('href'))!, page.url());
		expect(href.pathname).toBe(consultationPath);
		expect(href.searchParams.get('from')).toBe('/readiness/');
		expect(href.searchParams.get('score'), 'the score on screen').toBe(score);
		expect(href.searchParams.get('report'), 'the scope').toBe('soc2');
		expect(href.searchParams.get('utm_source')).toBe('newsletter');
		expect(href.searchParams.get('utm_campaign')).toBe('q4');
		await clickAndStay(page, cta);
		await expect
			.poll(async () => (await events(page)).find((e) => e.event === 'cta_click'))
			.toMatchObject({ cta: 'consultation', where: 'readiness-results' });
	});

	test('the deadline box offers a consultation only when the deadline cannot be met', async ({
		page,
	}) => {
		await recordEvents(page);
		await page.goto(
			'/estimator/?readiness=none&window=12&start=2027-01-04&deadline=2027-06-30&utm_source=ads',
		);
		const box = page.getByRole('region', { name: 'The deadline is not achievable as planned' });
		const cta = box.getByRole('link', { name: site.consultationLabel });
		await expect(cta).toHaveAttribute('data-where', 'estimator-deadline');
		await expect(cta).toHaveAttribute('data-cta', 'consultation');
		const href = new URL((await cta.getAttribute('href'))!, page.url());
		expect(href.pathname).toBe(consultationPath);
		expect(href.searchParams.get('from')).toBe('/estimator/');
		expect(href.searchParams.get('readiness')).toBe('none');
		expect(href.searchParams.get('report')).toBe('soc2');
		expect(href.searchParams.get('estimate'), 'the estimate summary').toContain('first year');
		expect(href.searchParams.get('utm_source')).toBe('ads');

		// A deadline the plan meets needs no rescue: no offer in the box.
		await page.getByLabel('Customer deadline (optional)').fill('2030-06-30');
		const fine = page.getByRole('region', { name: 'The deadline looks achievable' });
		await expect(fine).toBeVisible();
		await expect(fine.getByRole('link', { name: site.consultationLabel })).toHaveCount(0);

		await page.getByLabel('Customer deadline (optional)').fill('2027-06-30');
		await clickAndStay(page, box.getByRole('link', { name: site.consultationLabel }));
		await expect
			.poll(async () => (await events(page)).find((e) => e.event === 'cta_click'))
			.toMatchObject({ cta: 'consultation', where: 'estimator-deadline' });
	});
});
