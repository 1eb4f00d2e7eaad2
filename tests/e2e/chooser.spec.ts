import { expect, test, type Page } from '@playwright/test';
import { CONTROLS, QUESTIONS, type Answers, type Question } from '../../src/lib/chooser/questions';
import { EXAMPLE_VISITORS } from '../../src/lib/chooser/examples';
import { estimatorSearchFor, serializeChooserAnswers } from '../../src/lib/chooser/query';
import { todayIso } from '../../src/lib/engagement/dates';
import { CATEGORIES, REPORT_SCOPES, labelOf, typeLabel } from '../../src/lib/engagement/vocabulary';
import { recommendReport } from '../../src/lib/chooser/rules';
import { site } from '../../src/site.config';
import { axeViolations, axeViolationsWithin, watchErrors } from './support/site';

const saas = EXAMPLE_VISITORS.find((v) => v.id === 'saas')!.answers;
const tight = EXAMPLE_VISITORS.find((v) => v.id === 'tight-deadline')!.answers;

/** The labels of the options a set of answers ticks for one question. */
function labelsFor(question: Question, answers: Answers): string[] {
	const value = answers[question.id];
	const values = typeof value === 'string' ? [value] : value.length === 0 ? ['none'] : [...value];
	const options = [...question.options, ...(question.noneOption ? [question.noneOption] : [])];
	return values.map((v) => options.find((o) => o.value === v)!.label);
}

/** What has keyboard focus: tag, input type, the input's label text or the element's text. */
function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLInputElement | null;
		return {
			tag: el?.tagName ?? '',
			label: el?.labels?.[0]?.textContent?.trim() ?? '',
			text: el?.textContent?.trim() ?? '',
			outline: el ? getComputedStyle(el).outlineStyle !== 'none' : false,
		};
	});
}

/** Presses Tab until the focused element matches (staying put if it already does). */
async function tabTo(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
	for (let i = 0; i < 25; i++) {
		if (matches(await focused(page))) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('Tab never reached the element');
}

/** Answers the current question with the keyboard only: Tab, arrows, Space, Enter. */
async function answerByKeyboard(page: Page, question: Question, answers: Answers) {
	const wanted = labelsFor(question, answers);
	await tabTo(page, (f) => f.tag === 'INPUT');
	if (question.kind === 'single') {
		for (let i = 0; i < 10; i++) {
			const f = await focused(page);
			expect(f.outline, 'focused option shows a focus ring').toBe(true);
			if (f.label === wanted[0]) break;
			await page.keyboard.press('ArrowDown');
		}
		await page.keyboard.press('Space');
	} else {
		for (let i = 0; i < 10; i++) {
			const f = await focused(page);
			if (f.tag !== 'INPUT') break;
			if (wanted.includes(f.label)) await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
		}
	}
	await tabTo(page, (f) => f.tag === 'BUTTON' && /^(Next|See my recommendation|Save)/.test(f.text));
	await page.keyboard.press('Enter');
}

/** Answers the current question with the mouse. */
async function answerByClick(page: Page, question: Question, answers: Answers) {
	const group = tool(page).getByRole('group', { name: question.title });
	for (const label of labelsFor(question, answers)) {
		await group
			.getByRole(question.kind === 'single' ? 'radio' : 'checkbox', { name: label, exact: true })
			.check();
	}
	await page.getByRole('button', { name: /^(Next|See my recommendation|Save)/ }).click();
}

/** The interactive chooser (the decision guide below it repeats the questions). */
const tool = (page: Page) => page.getByRole('region', { name: 'Report chooser' });
const resultText = (page: Page) => page.locator('.chooser-result').innerText();

test.describe('report chooser', () => {
	test('can be completed with the keyboard alone; focus follows and the result is announced', async ({
		page,
	}) => {
		const errors = await watchErrors(page);
		await page.goto('/chooser/');
		await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
		for (const [i, question] of QUESTIONS.entries()) {
			await expect(page.getByText(`Question ${i + 1} of ${QUESTIONS.length}`)).toBeVisible();
			await answerByKeyboard(page, question, saas);
			const next = QUESTIONS[i + 1];
			if (next) {
				await expect(
					tool(page).getByRole('heading', { name: next.title }),
					'focus moves to the next question',
				).toBeFocused();
			}
		}
		const expected = recommendReport(saas, todayIso());
		await expect(
			tool(page).getByRole('heading', { name: expected.headline, exact: true }),
			'focus moves to the result',
		).toBeFocused();
		await expect(page.locator('#announcer')).toHaveText(
			`Recommendation ready: ${expected.headline}.`,
		);
		expect(page.url(), 'the answers are in the address bar').toContain(
			`?${serializeChooserAnswers(saas)}`,
		);
		expect(errors, 'no console errors, no hydration mismatch').toEqual([]);
	});

	test('a shared URL reproduces the same result, and campaign tags travel to the consultation link', async ({
		page,
		browser,
	}) => {
		await page.goto('/chooser/?utm_source=newsletter&utm_campaign=spring');
		await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
		for (const question of QUESTIONS) await answerByClick(page, question, tight);
		const expected = recommendReport(tight, todayIso());
		await expect(
			tool(page).getByRole('heading', { name: expected.headline, exact: true }),
		).toBeVisible();
		const shared = page.url();
		expect(
			shared,
			'campaign tags leave the address, so a shared link does not carry them',
		).not.toContain('utm_');

		// The visit's attribution (kept for the session) and the result go to the consultation link.
		const consult = new URL(
			(await tool(page).getByRole('link', { name: 'Talk to an auditor' }).getAttribute('href'))!,
			page.url(),
		);
		expect(`${consult.origin}${consult.pathname}`).toBe(
			new URL(site.consultationUrl, page.url()).href,
		);
		expect(
			Object.fromEntries(consult.searchParams),
			'recommendation and attribution',
		).toMatchObject({
			recommendation: expected.headline,
			report: 'soc2',
			type: '1',
			tsc: 'security,confidentiality',
			utm_source: 'newsletter',
			utm_campaign: 'spring',
		});
		const original = await resultText(page);

		const other = await browser.newPage();
		const errors = await watchErrors(other);
		await other.goto(shared);
		await expect(
			tool(other).getByRole('heading', { name: expected.headline, exact: true }),
		).toBeVisible();
		expect(await resultText(other), 'the same result from the shared link').toBe(original);
		expect(errors, 'reading the URL after mount causes no hydration errors').toEqual([]);
		// The hand-off links carry the plan in the one canonical form, deadline included.
		await expect(
			tool(other).getByRole('link', { name: 'Estimate cost and time for this' }),
		).toHaveAttribute('href', `/estimator/?${estimatorSearchFor(expected, 'first')}`);
		await expect(
			tool(other).getByRole('link', { name: 'Estimate the Type II that follows' }),
		).toHaveAttribute('href', `/estimator/?${estimatorSearchFor(expected, 'next')}`);
		expect(estimatorSearchFor(expected, 'first')).toMatch(
			/^report=soc2&type=1&tsc=security,confidentiality&readiness=informal&deadline=\d{4}-\d\d-\d\d$/,
		);
		const otherConsult = new URL(
			(await tool(other).getByRole('link', { name: 'Talk to an auditor' }).getAttribute('href'))!,
			other.url(),
		);
		expect(otherConsult.searchParams.has('utm_source'), 'a new visitor has no campaign').toBe(
			false,
		);
		await other.close();
	});

	test('"Estimate cost and time for this" opens the estimator filled in from the result', async ({
		page,
	}) => {
		await page.goto(`/chooser/?${serializeChooserAnswers(tight)}`);
		await tool(page).getByRole('link', { name: 'Estimate cost and time for this' }).click();
		await expect(page).toHaveURL(/\/estimator\/\?report=soc2&type=1/);
		await expect(
			page.locator('.est[data-ready="true"]'),
			'the estimator has read the URL',
		).toHaveCount(1, { timeout: 20_000 });
		await expect(page.getByText('Filled in from your answers in the report chooser')).toBeVisible();
		await expect(
			page.getByRole('radio', { name: labelOf(REPORT_SCOPES, 'soc2'), exact: true }),
		).toBeChecked();
		await expect(
			page.getByRole('radio', { name: new RegExp(`^${typeLabel(1)}\\b`) }),
		).toBeChecked();
		await expect(
			page.getByRole('checkbox', { name: labelOf(CATEGORIES, 'confidentiality') }),
		).toBeChecked();
		await expect(
			page.getByRole('checkbox', { name: labelOf(CATEGORIES, 'availability') }),
		).not.toBeChecked();
		await expect(
			page.getByRole('status').filter({ hasText: 'could not be used' }),
			'the estimator accepts the hand-off without a notice',
		).toHaveCount(0);
	});

	test('an answer given before the chooser is live is kept: it opens at the next question', async ({
		page,
	}) => {
		// A slow phone: the first question is on screen long before the island's code arrives.
		let release = () => {};
		const arrived = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_astro\/Chooser\.[\w-]+\.js$/, async (route) => {
			await arrived;
			await route.continue();
		});
		await page.goto('/chooser/', { waitUntil: 'domcontentloaded' });
		const [first, second] = QUESTIONS;
		const answer = first!.options.find((o) => o.value === 'no')!;
		await tool(page)
			.getByRole('group', { name: first!.title })
			.getByRole('radio', { name: answer.label, exact: true })
			.check();
		await tool(page).getByRole('button', { name: 'Next' }).click();
		await page.waitForURL((url) => url.searchParams.has(first!.id), { timeout: 30_000 });
		release();
		await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
		await expect(tool(page).getByRole('group', { name: second!.title })).toBeVisible();
		await tool(page).getByRole('button', { name: 'Back' }).click();
		await expect(
			tool(page).getByRole('radio', { name: answer.label, exact: true }),
			'the early answer is kept',
		).toBeChecked();
	});

	test('each reason quotes only the answers it rests on, not every option ticked', async ({
		page,
	}) => {
		const answers: Answers = {
			...EXAMPLE_VISITORS.find((v) => v.id === 'saas')!.answers,
			commitments: ['uptime', 'confidential'],
		};
		await page.goto(`/chooser/?${serializeChooserAnswers(answers)}`);
		const expected = recommendReport(answers, todayIso());
		const why = tool(page).locator('.chooser-result li');
		const byCategory = expected.reasons.filter((n) =>
			n.because.some((b) => b.question === 'commitments'),
		);
		expect(byCategory.length, 'one reason per promise').toBe(2);
		const commitments = QUESTIONS.find((q) => q.id === 'commitments')!;
		const label = (value: string) => commitments.options.find((o) => o.value === value)!.label;
		for (const note of byCategory) {
			const item = why.filter({ hasText: note.text });
			await expect(item).toHaveCount(1);
			const own = note.because.filter((b) => b.question === 'commitments').map((b) => b.value);
			for (const value of answers.commitments) {
				if (own.includes(value)) await expect(item).toContainText(label(value));
				else await expect(item, 'no echo of another promise').not.toContainText(label(value));
			}
		}
	});

	test('a garbage query shows a notice and a working chooser', async ({ page }) => {
		const errors = await watchErrors(page);
		await page.goto(
			'/chooser/?financial=maybe&%E0%A4%A=1&commitments=,,&data=yes&%3Cscript%3E=alert(1)&data=no',
		);
		const notice = tool(page)
			.getByRole('status')
			.filter({ hasText: 'Part of the link could not be used' });
		await expect(notice).toBeVisible();
		await expect(notice.getByRole('listitem')).toHaveCount(5);
		await expect(notice).toContainText('“maybe” for “Financial reporting”');
		await expect(notice).toContainText('<script>');
		await expect(
			tool(page).getByRole('group', { name: QUESTIONS[0]!.title }),
			'starts at the first unanswered question',
		).toBeVisible();
		expect(await axeViolations(page), 'axe with the notice showing').toEqual([]);
		await answerByClick(page, QUESTIONS[0]!, saas);
		await expect(tool(page).getByRole('heading', { name: QUESTIONS[1]!.title })).toBeFocused();
		await expect(
			tool(page)
				.getByRole('group', { name: QUESTIONS[1]!.title })
				.getByRole('radio', { name: 'Yes' }),
			'the first valid "data" answer from the link was kept',
		).toBeChecked();
		await expect(
			notice.getByRole('listitem'),
			'the notice goes once the visitor answers',
		).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('axe finds nothing at any step or on the result, in light and dark', async ({ page }) => {
		// Sixteen axe runs on a long page: allow for a busy machine.
		test.setTimeout(180_000);
		await page.goto('/chooser/');
		await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
		// The whole page once, then only the part that changes between steps.
		const check = async (where: string, scope?: string) => {
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				const violations = scope
					? await axeViolationsWithin(page, scope)
					: await axeViolations(page);
				expect(violations, `axe (${scheme}) ${where}`).toEqual([]);
			}
		};
		await tool(page).getByRole('button', { name: 'Next' }).click();
		await expect(tool(page).getByText('Choose an answer to continue.')).toBeVisible();
		await check('with the "choose an answer" error');
		for (const [i, question] of QUESTIONS.entries()) {
			await expect(tool(page).getByRole('group', { name: question.title })).toBeVisible();
			if (i > 0) await check(`at question ${i + 1}`, '.chooser');
			await answerByClick(page, question, tight);
		}
		await expect(page.locator('.chooser-result')).toBeVisible();
		await check('on the result');
	});

	test('back, change an answer and start again keep the answers straight', async ({ page }) => {
		await page.goto(`/chooser/?${serializeChooserAnswers(saas)}`);
		await expect(
			tool(page).getByRole('heading', { name: 'SOC 2, Type II', exact: true }),
		).toBeVisible();
		await page.getByRole('button', { name: 'Change your answer about public report' }).click();
		const publicQuestion = tool(page).getByRole('group', { name: QUESTIONS[3]!.title });
		await expect(
			publicQuestion.getByRole('radio', { name: 'No, sharing it privately is fine' }),
		).toBeChecked();
		await publicQuestion.getByRole('radio', { name: 'Yes' }).check();
		await page.getByRole('button', { name: 'Save and see the result' }).click();
		const withSoc3 = recommendReport({ ...saas, public: 'yes' }).headline;
		await expect(tool(page).getByRole('heading', { name: withSoc3, exact: true })).toBeFocused();
		expect(page.url(), 'the change is in the address bar').toContain('public=yes');

		await page
			.getByRole('button', { name: 'Change your answer about promises to customers' })
			.click();
		await page.getByRole('button', { name: 'Back' }).click();
		await expect(
			tool(page)
				.getByRole('group', { name: QUESTIONS[1]!.title })
				.getByRole('radio', { name: 'Yes' }),
			'Back shows the earlier answer',
		).toBeChecked();
		await page.getByRole('button', { name: 'Save and see the result' }).click();
		await expect(tool(page).getByRole('heading', { name: withSoc3, exact: true })).toBeFocused();

		await page
			.getByRole('button', { name: 'Change your answer about promises to customers' })
			.click();
		const promises = tool(page).getByRole('group', { name: QUESTIONS[2]!.title });
		await promises.getByRole('checkbox', { name: 'None of these' }).check();
		await expect(
			promises.getByRole('checkbox', { name: /^Uptime/ }),
			'"None of these" clears the others',
		).not.toBeChecked();
		await promises.getByRole('checkbox', { name: /^Uptime/ }).check();
		await expect(promises.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();

		await page.getByRole('button', { name: 'Save and see the result' }).click();
		await page.getByRole('button', { name: 'Start again' }).click();
		await expect(tool(page).getByRole('heading', { name: QUESTIONS[0]!.title })).toBeFocused();
		expect(new URL(page.url()).search, 'no answers left in the address').toBe('');
	});

	test('works on a 320px phone without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`/chooser/?commitments=uptime`);
		const overflow = () =>
			page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		await expect(tool(page).getByRole('group', { name: QUESTIONS[0]!.title })).toBeVisible();
		expect(await overflow(), 'question fits at 320px').toBeLessThanOrEqual(0);
		await page.goto(`/chooser/?${serializeChooserAnswers(tight)}`);
		await expect(page.locator('.chooser-result')).toBeVisible();
		expect(await overflow(), 'result fits at 320px').toBeLessThanOrEqual(0);
	});

	test('without JavaScript the page shows the decision guide instead', async ({ browser }) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 360, height: 740 },
		});
		const page = await context.newPage();
		await page.goto('/chooser/');
		await expect(page.getByText('The interactive chooser needs JavaScript')).toBeVisible();
		await expect(page.locator('.chooser'), 'the inert form is hidden').toBeHidden();
		await expect(page.getByRole('heading', { name: 'How the chooser decides' })).toBeVisible();
		for (const question of QUESTIONS) {
			await expect(page.getByRole('heading', { name: question.title })).toBeVisible();
		}
		const grid = page.getByRole('table', { name: /Report type to get first/ });
		await expect(
			grid.getByRole('row'),
			'a header row and one per answer about controls',
		).toHaveCount(1 + CONTROLS.length);
		await expect(page.getByRole('heading', { name: 'Typical visitors' })).toBeVisible();
		for (const visitor of EXAMPLE_VISITORS) {
			await expect(
				page
					.getByText(recommendReport(visitor.answers, todayIso()).headline, { exact: true })
					.first(),
			).toBeVisible();
		}
		await context.close();
	});

	// The JavaScript /chooser/ loads is held to tests/budgets.json by tests/dist/budgets.test.ts.

	test('a chapter with the chooser card links to the chooser and carries no framework JavaScript', async ({
		page,
	}) => {
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await page.goto('/chapters/soc-1-vs-soc-2-vs-soc-3/', { waitUntil: 'networkidle' });
		const card = page.getByRole('complementary', { name: 'Report chooser' });
		await expect(card.getByRole('heading', { name: 'Which SOC report do I need?' })).toBeVisible();
		expect(
			scripts.filter((u) => /client\.|react|Chooser/.test(u)),
			'no React for a link card',
		).toEqual([]);
		await card.getByRole('link', { name: 'Open the report chooser' }).click();
		await expect(page).toHaveURL(/\/chooser\/$/);
		await expect(page.locator('astro-island'), 'the chooser page itself hydrates').toHaveCount(1);
	});
});
