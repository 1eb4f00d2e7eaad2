/**
 * The three tools on phones and a tablet: the answer on the first screen after the last input,
 * nothing cut off or scrolling sideways, and a screenshot of each width and theme in the test's
 * artifacts for a person to look at.
 */
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { EXAMPLE_VISITORS } from '../../src/lib/chooser/examples';
import { QUESTIONS, type Answers, type Question } from '../../src/lib/chooser/questions';
import { READINESS_QUESTIONS } from '../../src/data/readiness';
import { AREAS, ANSWERS, type AnswerId } from '../../src/lib/readiness/model';
import { questionsInScope } from '../../src/lib/readiness/scope';
import { INITIAL_STATE } from '../../src/lib/readiness/url-state';
import { axeViolations, watchErrors } from './support/site';

const WIDTHS = [320, 390, 768] as const;
const SCHEMES = ['light', 'dark'] as const;
const PHONE = { width: 390, height: 844 };

/** Whether an element lies wholly inside the window, and is what the window shows at its center. */
async function onFirstScreen(target: Locator): Promise<boolean> {
	return target.evaluate((el) => {
		const r = el.getBoundingClientRect();
		if (r.height === 0 || r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth)
			return false;
		const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + r.height / 2);
		return hit !== null && (el.contains(hit) || hit.contains(el));
	});
}

interface Resting {
	top: number;
	bottom: number;
	/** The bottom of the sticky header as drawn (0 or less while it is slid away). */
	headerBottom: number;
	innerHeight: number;
	/** Whether the element is what the screen shows at its center (nothing drawn over it). */
	uncovered: boolean;
}

/**
 * Where an element rests once the page has stopped moving: its box and the page's scroll are the
 * same on three animation frames in a row (a scroll still under way changes them every frame).
 */
function restingBox(target: Locator): Promise<Resting> {
	return target.evaluate(
		(el) =>
			new Promise<Resting>((resolve) => {
				let last = '';
				let same = 0;
				const frame = () => {
					const r = el.getBoundingClientRect();
					const key = `${r.top}|${r.bottom}|${scrollX}|${scrollY}`;
					same = key === last ? same + 1 : 0;
					last = key;
					if (same < 2) return void requestAnimationFrame(frame);
					const header = document.querySelector('.site-header')?.getBoundingClientRect();
					const hit = document.elementFromPoint(
						r.left + Math.min(r.width / 2, 40),
						r.top + r.height / 2,
					);
					resolve({
						top: r.top,
						bottom: r.bottom,
						headerBottom: header?.bottom ?? 0,
						innerHeight,
						uncovered: hit !== null && (el.contains(hit) || hit.contains(el)),
					});
				};
				requestAnimationFrame(frame);
			}),
	);
}

/**
 * Waits until the element has come to rest wholly on the first screen: below the sticky header,
 * above the bottom edge, nothing over it. It must then stay there once the page has finished
 * what it was doing (the caller waits for that state and asks again).
 */
async function expectAtRestOnScreen(target: Locator, what: string): Promise<void> {
	await expect
		.poll(
			async () => {
				const b = await restingBox(target);
				return b.top >= b.headerBottom - 0.5 && b.bottom <= b.innerHeight + 0.5 && b.uncovered;
			},
			{ message: `${what} comes to rest on the first screen, below the header` },
		)
		.toBe(true);
}

/** Sideways overflow of the page, in pixels (0 when nothing scrolls sideways). */
const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * A screenshot written to the test's output folder (test-results/, kept after the run) and attached
 * to its report. An attachment given as a body lives only in the reporter's memory: with the list
 * reporter nothing reached the disk.
 */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
	const path = testInfo.outputPath(name);
	await page.screenshot({ path });
	await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function openEstimator(page: Page, query = ''): Promise<void> {
	await page.goto(`/estimator/${query}`);
	await expect(page.locator('.est[data-ready="true"]')).toHaveCount(1);
}

async function openReadiness(page: Page, query = ''): Promise<void> {
	await page.goto(`/readiness/${query}`);
	await expect(page.locator('.rd[data-ready]')).toBeAttached();
}

/** Every in-scope self-check question answered, cycling through the answers. */
function readinessAnswers(): string {
	const cycle: AnswerId[] = ['evidenced', 'missing', 'unevidenced', 'evidenced', 'na'];
	return questionsInScope(READINESS_QUESTIONS, INITIAL_STATE.scope)
		.map((q, i) => `${q.id}:${ANSWERS.find((a) => a.id === cycle[i % 5])!.code}`)
		.join(',');
}

/** The labels of the options a set of answers ticks for one chooser question. */
function labelsFor(question: Question, answers: Answers): string[] {
	const value = answers[question.id];
	const values = typeof value === 'string' ? [value] : value.length === 0 ? ['none'] : [...value];
	const options = [...question.options, ...(question.noneOption ? [question.noneOption] : [])];
	return values.map((v) => options.find((o) => o.value === v)!.label);
}

test.describe('the tools on a 390 px phone show their answer on the first screen after the last input', () => {
	test.slow();
	test.use({ viewport: PHONE });

	test('estimator: the summary stays in view and follows the last field of the form', async ({
		page,
	}, testInfo) => {
		const errors = await watchErrors(page);
		await openEstimator(page, '?readiness=none&window=12&start=2027-01-04');
		const glance = page.getByRole('region', { name: 'Your estimate at a glance' });
		await expect(glance).toBeVisible();
		const before = await glance.innerText();
		expect(before, 'no deadline, no verdict').not.toMatch(/Deadline/);

		// The deadline comes first in the form; the verdict appears in the summary at once.
		await page.getByLabel('Customer deadline (optional)').fill('2027-06-30');
		await expect(
			page.getByTestId('glance-deadline'),
			'the verdict appears in the summary',
		).toHaveText('not achievable');

		// The hourly cost is the form's last field, far below the summary on a phone.
		const rate = page.getByLabel('Internal hourly cost (optional)');
		await rate.scrollIntoViewIfNeeded();
		await rate.fill('150');
		expect(
			await page.evaluate(() => scrollY),
			'the page was scrolled down to the field',
		).toBeGreaterThan(844);
		await expect(page.getByTestId('glance-deadline')).toHaveText('not achievable');
		expect(await onFirstScreen(glance), 'the summary is on screen, not under the header').toBe(
			true,
		);
		await shoot(page, testInfo, 'estimator-390-after-deadline.png');

		// The summary agrees with the detailed figures below it.
		const range = (await page.locator('.est-headline .est-range').first().innerText()).replace(
			/^typical; range /,
			'',
		);
		await expect(page.getByTestId('glance-cost')).toHaveText(range);
		await expect(page.getByTestId('glance-report')).toHaveText(
			(await page.getByTestId('report-typical').innerText()).replace(/^\d{1,2} /, ''),
		);

		// And it follows a change of any other input while staying on screen.
		await page.getByLabel('Organization size').selectOption({ index: 3 });
		await expect(page.getByTestId('glance-cost')).not.toHaveText(range);
		expect(await onFirstScreen(glance)).toBe(true);
		expect(errors).toEqual([]);
	});

	test('chooser: Next and Back stay on screen for every question, and the result takes focus', async ({
		page,
	}, testInfo) => {
		const answers = EXAMPLE_VISITORS.find((v) => v.id === 'saas')!.answers;
		await page.goto('/chooser/');
		// The walk starts once the island is live, as the chooser's own tests do: on a busy machine a
		// click could otherwise land on the server-rendered form before React takes it over.
		await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
		const tool = page.getByRole('region', { name: 'Report chooser' });
		for (const [i, question] of QUESTIONS.entries()) {
			const group = tool.getByRole('group', { name: question.title });
			await expect(group).toBeVisible();
			const next = tool.getByRole('button', { name: /^(Next|See my recommendation)$/ });
			expect(
				await onFirstScreen(next),
				`"${await next.innerText()}" is on screen for question ${i + 1}`,
			).toBe(true);
			if (i > 0)
				expect(await onFirstScreen(tool.getByRole('button', { name: 'Back' })), 'Back too').toBe(
					true,
				);
			if (i === 0) await shoot(page, testInfo, 'chooser-390-first-question.png');
			for (const label of labelsFor(question, answers)) {
				await group
					.getByRole(question.kind === 'single' ? 'radio' : 'checkbox', {
						name: label,
						exact: true,
					})
					.check();
			}
			expect(await onFirstScreen(next), 'still on screen after answering').toBe(true);
			if (i === QUESTIONS.length - 1) {
				expect(
					await page.evaluate(() => scrollY),
					'the reader is down the page when asking for the result',
				).toBeGreaterThan(0);
			}
			await next.click();
		}
		// The last question was answered far down a long page; the recommendation opens at the top.
		const heading = page.locator('.chooser-result h2').first();
		await expect(heading).toBeFocused();
		await expectAtRestOnScreen(heading, 'the recommendation');
		const reports = page.locator('.chooser-result .chooser-reports li').first();
		await expectAtRestOnScreen(reports, 'the first recommended report');
		// Once the whole result is there, down to its last call to action, it has not moved away.
		await expect(page.locator('.chooser-result [data-cta="consultation"]')).toBeAttached();
		await expect(page.getByTestId('chooser-time')).not.toBeEmpty();
		await expectAtRestOnScreen(heading, 'the recommendation, with the whole result there');
		await shoot(page, testInfo, 'chooser-390-result.png');
	});

	test('self-check: the score comes to rest on the first screen after the last step', async ({
		page,
	}, testInfo) => {
		// The last step before the results: the last area with questions in the default scope.
		const inScope = questionsInScope(READINESS_QUESTIONS, INITIAL_STATE.scope);
		const lastArea = AREAS.filter((a) => inScope.some((q) => q.area === a.id)).at(-1)!.id;
		await openReadiness(page, `?step=${lastArea}&a=${readinessAnswers()}`);
		const button = page.getByRole('button', { name: 'See your results' });
		// The button ends a long list of questions: the reader is far down the page when they press it.
		await button.scrollIntoViewIfNeeded();
		expect(
			await page.evaluate(() => scrollY),
			'the page was scrolled down to the button',
		).toBeGreaterThan(PHONE.height);
		await button.click();
		const heading = page.getByRole('heading', { level: 2, name: 'Results' });
		await expect(heading).toBeFocused();
		const score = page.getByTestId('readiness-band').locator('.rd-score');
		await expectAtRestOnScreen(heading, 'the results heading');
		await expectAtRestOnScreen(score, 'the score');
		await expectAtRestOnScreen(
			page.getByTestId('readiness-band').locator('.rd-band-label'),
			'the band',
		);
		// Once the whole result is there, down to its call to action, it has not moved away.
		await expect(page.getByTestId('readiness-cta')).toBeAttached();
		await expect(page.getByTestId('readiness-time')).not.toBeEmpty();
		await expectAtRestOnScreen(score, 'the score, with the whole result there');
		await shoot(page, testInfo, 'readiness-390-results.png');
	});
});

test.describe('every tool at 320, 390 and 768 px in both themes', () => {
	test.slow();
	for (const scheme of SCHEMES) {
		for (const width of WIDTHS) {
			test(`${width} px, ${scheme}: nothing scrolls sideways, answers and controls in view; screenshots attached`, async ({
				page,
			}, testInfo) => {
				await page.emulateMedia({ colorScheme: scheme });
				await page.setViewportSize({ width, height: width === 768 ? 1024 : 740 });

				await openEstimator(
					page,
					'?report=both&tsc=security,availability,privacy&readiness=none&penTest=1&start=2027-01-04&deadline=2027-06-30',
				);
				await expect(page.getByTestId('deadline-cta')).toBeVisible();
				expect(await sideways(page), 'estimator').toBeLessThanOrEqual(0);
				await shoot(page, testInfo, `estimator-${width}-${scheme}.png`);
				await page.getByRole('heading', { name: 'Cost breakdown' }).scrollIntoViewIfNeeded();
				expect(
					await onFirstScreen(page.getByRole('region', { name: 'Your estimate at a glance' })),
					'the summary stays in view down the page',
				).toBe(true);
				await shoot(page, testInfo, `estimator-costs-${width}-${scheme}.png`);

				// Every chooser question keeps Next (and Back) on the first screen at this width too.
				await page.goto('/chooser/');
				// The walk starts once the island is live, as the chooser's own tests do: on a busy machine a
				// click could otherwise land on the server-rendered form before React takes it over.
				await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
				const tool = page.getByRole('region', { name: 'Report chooser' });
				const answers = EXAMPLE_VISITORS.find((v) => v.id === 'saas')!.answers;
				for (const [i, question] of QUESTIONS.entries()) {
					const group = tool.getByRole('group', { name: question.title });
					await expect(group).toBeVisible();
					for (const label of labelsFor(question, answers))
						await group
							.getByRole(question.kind === 'single' ? 'radio' : 'checkbox', {
								name: label,
								exact: true,
							})
							.check();
					const next = tool.getByRole('button', { name: /^(Next|See my recommendation)$/ });
					expect(await onFirstScreen(next), `Next, question ${i + 1}`).toBe(true);
					if (i > 0)
						expect(
							await onFirstScreen(tool.getByRole('button', { name: 'Back' })),
							`Back, question ${i + 1}`,
						).toBe(true);
					if (i === 0 || i === QUESTIONS.length - 1)
						await shoot(page, testInfo, `chooser-question-${i + 1}-${width}-${scheme}.png`);
					await next.click();
				}
				await expect(page.locator('.chooser-result h2').first()).toBeFocused();

				// A worked example's own link opens its recommendation.
				await page.goto('/chooser/');
				const example = page
					.getByRole('link', { name: /^Open this example in the chooser/ })
					.last();
				await page.goto((await example.getAttribute('href'))!);
				await expect(page.locator('.chooser-result h2').first()).toBeVisible();
				expect(await sideways(page), 'chooser result').toBeLessThanOrEqual(0);
				await shoot(page, testInfo, `chooser-result-${width}-${scheme}.png`);

				await openReadiness(page, `?step=results&a=${readinessAnswers()}`);
				const table = page.locator('table.rd-areas');
				await expect(table).toBeVisible();
				expect(await sideways(page), 'self-check results').toBeLessThanOrEqual(0);
				// The area table itself fits: no cell cut off inside a scrolling box (the header row is
				// visually hidden on phones, where each cell names itself).
				const fits = await table.evaluate((el) => {
					const box = el.parentElement!;
					return (
						el.scrollWidth <= box.clientWidth + 1 &&
						[...el.querySelectorAll('tbody td, tbody th')].every(
							(c) => c.scrollWidth <= c.clientWidth + 1,
						)
					);
				});
				expect(fits, 'the area table fits its width').toBe(true);
				await table.scrollIntoViewIfNeeded();
				await shoot(page, testInfo, `readiness-areas-${width}-${scheme}.png`);

				// The consultation request, with what the tools attach to it.
				await page.goto(
					'/consultation/?report=soc2&type=2&tsc=security,availability&estimate=SOC+2+Type+II%3B+typical+%2452k+first+year&score=61&from=%2Freadiness%2F&utm_source=newsletter',
				);
				await expect(
					page.getByRole('region', { name: 'Sent with your request' }).getByRole('listitem'),
				).toHaveCount(5);
				expect(await sideways(page), 'consultation form').toBeLessThanOrEqual(0);
				await shoot(page, testInfo, `consultation-${width}-${scheme}.png`);
			});
		}
	}

	for (const width of [320, 390] as const) {
		test(`${width} px: moving through the chooser's options with the keyboard never hides the focus under the pinned buttons or the header`, async ({
			page,
		}) => {
			await page.setViewportSize({ width, height: width === 320 ? 740 : 844 });
			await page.goto('/chooser/');
			await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
			const tool = page.getByRole('region', { name: 'Report chooser' });
			const answers = EXAMPLE_VISITORS.find((v) => v.id === 'saas')!.answers;
			for (const [i, question] of QUESTIONS.entries()) {
				const group = tool.getByRole('group', { name: question.title });
				const kind = question.kind === 'single' ? 'radio' : 'checkbox';
				const inputs = group.getByRole(kind);
				const count = await inputs.count();
				await inputs.first().focus();
				// The keys a keyboard user presses: arrows move through a radio group, Tab through boxes.
				for (let k = 1; k < count; k++) {
					await page.keyboard.press(kind === 'radio' ? 'ArrowDown' : 'Tab');
					await expect(inputs.nth(k)).toBeFocused();
					await expectAtRestOnScreen(inputs.nth(k), `question ${i + 1}, option ${k + 1}`);
				}
				if (kind === 'checkbox')
					for (const box of await inputs.all()) if (await box.isChecked()) await box.uncheck();
				for (const label of labelsFor(question, answers))
					await group.getByRole(kind, { name: label, exact: true }).check();
				await tool.getByRole('button', { name: /^(Next|See my recommendation)$/ }).click();
			}
			await expect(page.locator('.chooser-result h2').first()).toBeFocused();
		});
	}

	for (const scheme of SCHEMES) {
		test(`axe finds nothing on the new phone layouts (${scheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width: 320, height: 740 });
			await openEstimator(page, '?readiness=none&window=12&start=2027-01-04&deadline=2027-06-30');
			await expect(page.getByTestId('deadline-cta')).toBeVisible();
			expect(await axeViolations(page), `estimator (${scheme})`).toEqual([]);
			await openReadiness(page, `?step=results&a=${readinessAnswers()}`);
			await expect(page.getByTestId('readiness-cta')).toBeVisible();
			expect(await axeViolations(page), `self-check results (${scheme})`).toEqual([]);
		});
	}
});
