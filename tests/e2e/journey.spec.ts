/**
 * One plan across the three tools, as a reader walks it: the chooser's recommendation, the
 * estimator it hands on to, the self-check the estimator links to, and back to the estimator.
 * Every page must show the same scope, the same deadline and the same report dates.
 */
import { expect, test, type Page } from '@playwright/test';
import { READINESS_QUESTIONS } from '../../src/data/readiness';
import { EXAMPLE_VISITORS } from '../../src/lib/chooser/examples';
import { serializeChooserAnswers } from '../../src/lib/chooser/query';
import { recommendReport } from '../../src/lib/chooser/rules';
import { formatDate, todayIso } from '../../src/lib/engagement/dates';
import { reportDates } from '../../src/lib/engagement/timeline';
import { CATEGORIES, REPORT_SCOPES, labelOf } from '../../src/lib/engagement/vocabulary';
import { questionsInScope } from '../../src/lib/readiness/scope';
import { watchErrors } from './support/site';

/** The deadline field's value and the report date the estimator shows. */
async function estimatorShows(page: Page) {
	await expect(page.locator('.est[data-ready="true"]')).toBeVisible();
	return {
		deadline: await page.getByLabel('Customer deadline (optional)').inputValue(),
		typical: (await page.getByTestId('report-typical').textContent())!.trim(),
		report: await page
			.getByRole('group', { name: 'Report' })
			.getByRole('radio', { checked: true })
			.getAttribute('value'),
	};
}

for (const id of ['saas', 'tight-deadline'] as const) {
	test(`${id}: the chooser, the estimator and the self-check agree on scope, deadline and dates`, async ({
		page,
	}) => {
		const errors = await watchErrors(page);
		const answers = EXAMPLE_VISITORS.find((v) => v.id === id)!.answers;
		const today = todayIso();
		const r = recommendReport(answers, today);
		const plan = r.plan!;
		const due = r.type!.due!;

		// 1. The chooser states the model's dates for its recommendation and the date needed.
		await page.goto(`/chooser/?${serializeChooserAnswers(answers)}`);
		const time = page.getByTestId('chooser-time');
		await expect(time).toContainText(`typically by ${formatDate(r.type!.firstReport.typical)}`);
		await expect(time).toContainText(`You need it by ${formatDate(due)}`);

		// 2. Its estimate link opens the estimator with the same scope and deadline, and the same date.
		await page.getByRole('link', { name: 'Estimate cost and time for this' }).click();
		await page.waitForURL(/\/estimator\//);
		const estimate = await estimatorShows(page);
		expect(estimate).toEqual({
			deadline: due,
			typical: formatDate(r.type!.firstReport.typical),
			report: plan.report,
		});
		for (const c of CATEGORIES) {
			const box = page.getByRole('checkbox', { name: new RegExp(`^${c.label}`) });
			if ((await box.count()) === 0) continue;
			await expect(box, c.label).toBeChecked({
				checked: plan.categories?.includes(c.id) ?? c.id === 'security',
			});
		}

		// 3. The estimator hands the same plan to the self-check, which shows the same scope.
		// On a busy machine the link may still be the one rendered before the estimator read its URL.
		const toSelfCheck = page.getByRole('link', { name: 'check how ready you are' });
		await expect(toSelfCheck).toHaveAttribute('href', new RegExp(`[?&]deadline=${due}(&|$)`));
		await toSelfCheck.click();
		await page.waitForURL(/\/readiness\//);
		const reportLabel = labelOf(REPORT_SCOPES, plan.report!);
		await expect(page.getByRole('radio', { name: reportLabel, exact: true })).toBeChecked();
		await expect
			.poll(
				() => new URL(page.url()).searchParams.get('deadline'),
				'the self-check’s link keeps the deadline',
			)
			.toBe(due);
		const link = new URL(page.url());

		// 4. Answered in full ("in place, with evidence"), its results state the deadline with the
		// estimator's dates for a ready organization, and its estimate link gives that same date.
		const scope = {
			report: plan.report!,
			categories: (plan.categories ?? []).filter((c) => c !== 'security') as never,
		};
		const all = questionsInScope(READINESS_QUESTIONS, scope)
			.map((q) => `${q.id}:e`)
			.join(',');
		link.searchParams.set('step', 'results');
		link.searchParams.set('a', all);
		await page.goto(link.pathname + link.search);
		const ready = reportDates({ ...plan, readiness: 'mature' }, today);
		const sentence = page.getByTestId('readiness-deadline');
		await expect(sentence).toContainText(`by ${formatDate(due)}`);
		await expect(sentence).toContainText(`typically by ${formatDate(ready.typical)}`);
		await page.getByRole('link', { name: 'Use this in the estimator' }).click();
		await page.waitForURL(/\/estimator\//);
		expect(await estimatorShows(page)).toEqual({
			deadline: due,
			typical: formatDate(ready.typical),
			report: plan.report,
		});
		expect(errors).toEqual([]);
	});
}
