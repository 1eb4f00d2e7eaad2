import { expect, test, type Page } from '@playwright/test';
import { READINESS_QUESTIONS } from '../../src/data/readiness';
import { band } from '../../src/lib/readiness/bands';
import { estimatorQuery } from '../../src/lib/readiness/estimator';
import { ANSWERS, type AnswerId } from '../../src/lib/readiness/model';
import { questionsInScope } from '../../src/lib/readiness/scope';
import { scoreReadiness } from '../../src/lib/readiness/score';
import {
	INITIAL_STATE,
	parseReadinessQuery,
	type ReadinessState,
} from '../../src/lib/readiness/url-state';
import { axeViolations, THEME_RULES, watchErrors } from './support/site';

const PATH = '/readiness/';
const SOC2 = INITIAL_STATE.scope;

/** Waits until the island has hydrated and applied the URL or the saved answers. */
async function openCheck(page: Page, query = ''): Promise<void> {
	await page.goto(`${PATH}${query}`);
	await expect(page.locator('.rd[data-ready]'), 'self-check ready').toBeAttached();
}

/** A fixed answer set: every in-scope question, cycling through the four answers. */
function fixedAnswers(state: ReadinessState): Record<string, AnswerId> {
	const cycle: AnswerId[] = ['evidenced', 'missing', 'unevidenced', 'evidenced', 'na'];
	return Object.fromEntries(
		questionsInScope(READINESS_QUESTIONS, state.scope).map((q, i) => [q.id, cycle[i % 5]!]),
	);
}

function answersQuery(answers: Record<string, AnswerId>): string {
	return Object.entries(answers)
		.map(([id, a]) => `${id}:${ANSWERS.find((x) => x.id === a)!.code}`)
		.join(',');
}

test.describe('readiness self-check', () => {
	test('can be completed with the keyboard alone', async ({ page }) => {
		test.slow(); // a few hundred key presses
		const errors = await watchErrors(page);
		await openCheck(page);
		// From the top of the page, Tab to the start button.
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
			if (text === 'Start the questions') break;
		}
		await expect(
			page.getByRole('button', { name: 'Start the questions' }),
			'start reached',
		).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(
			page.getByRole('heading', { level: 2, name: /Governance and control environment/ }),
			'focus moves to the new step',
		).toBeFocused();

		// Answer every question by keyboard: Tab into each radio group, Space picks the first answer,
		// arrow keys move to others. Then press Enter on the "Next" button.
		let answered = 0;
		for (let guard = 0; guard < 600; guard++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const el = document.activeElement as HTMLInputElement | null;
				return { type: el?.type ?? '', checked: !!el?.checked, text: el?.textContent ?? '' };
			});
			if (focused.type === 'radio' && !focused.checked) {
				await page.keyboard.press('Space');
				for (let k = 0; k < answered % 3; k++) await page.keyboard.press('ArrowDown');
				answered++;
			} else if (/^Next: /.test(focused.text)) {
				await page.keyboard.press('Enter');
			} else if (focused.text === 'See your results') {
				await page.keyboard.press('Enter');
				break;
			}
		}
		await expect(
			page.getByRole('heading', { level: 2, name: 'Results' }),
			'results reached',
		).toBeFocused();
		expect(answered, 'every Security question answered').toBe(
			questionsInScope(READINESS_QUESTIONS, SOC2).length,
		);
		await expect(page.getByText(/questions are not answered yet/), 'nothing left open').toHaveCount(
			0,
		);

		// What the keyboard produced must score exactly as the module scores it.
		const state = parseReadinessQuery(new URL(page.url()).search, READINESS_QUESTIONS).state;
		const result = scoreReadiness(READINESS_QUESTIONS, state.scope, state.answers);
		await expect(page.locator('.rd-score-number'), 'score').toHaveText(String(result.score));
		expect(errors, 'no console errors').toEqual([]);
	});

	test('shows the results the scoring module computes for a fixed answer set', async ({ page }) => {
		const state: ReadinessState = {
			...INITIAL_STATE,
			scope: { report: 'both', categories: ['availability'] },
		};
		const answers = fixedAnswers(state);
		const result = scoreReadiness(READINESS_QUESTIONS, state.scope, answers);
		const errors = await watchErrors(page);
		await openCheck(
			page,
			`?report=both&tsc=security,availability&step=results&a=${answersQuery(answers)}`,
		);

		await expect(page.locator('.rd-score-number'), 'overall score').toHaveText(
			String(result.score),
		);
		await expect(page.locator('.rd-band-label'), 'band').toHaveText(band(result.band!).label);
		const rows = page.getByRole('table', { name: 'Score by area' }).locator('tbody tr');
		await expect(rows, 'one row per area').toHaveCount(result.areas.length);
		for (const [i, area] of result.areas.entries()) {
			await expect(rows.nth(i).getByRole('rowheader'), `area ${i}`).toHaveText(area.area.label);
			await expect(rows.nth(i).getByRole('cell').first(), `${area.area.id} score`).toHaveText(
				area.score === null ? 'Not applicable' : String(area.score),
			);
		}
		const titles = page.locator('.rd-gaps > li .rd-gap-title strong');
		await expect(titles, 'every gap listed, in the module’s order').toHaveText(
			result.gaps.map((g) => g.question.title),
		);
		await expect(page.getByRole('heading', { name: 'Fix these first' }), 'top gaps').toBeVisible();
		// The area bars are sized with inline styles, which the Content Security Policy must allow.
		const bar = page.locator('.rd-bar > span').first();
		expect(
			await bar.evaluate((el) => el.getBoundingClientRect().width),
			'bar drawn',
		).toBeGreaterThan(0);
		expect(errors, 'no console errors (including CSP reports)').toEqual([]);
	});

	test('keeps answers in the URL: reload, a fresh browser and Back all restore them', async ({
		page,
		browser,
	}) => {
		await openCheck(page);
		await page.getByRole('button', { name: 'Start the questions' }).click();
		await page.getByRole('button', { name: /^Logical and physical access/ }).click();
		const mfa = page.getByRole('group', { name: /Multi-factor authentication everywhere/ });
		await mfa.getByRole('radio', { name: 'In place, not evidenced' }).check();
		const leavers = page.getByRole('group', { name: /Prompt removal of access/ });
		await leavers.getByRole('radio', { name: 'Not in place' }).check();
		await expect(page, 'answers in the URL').toHaveURL(/[?&]a=mfa:u,leavers:m(&|$)/);
		await expect(page, 'step in the URL').toHaveURL(/[?&]step=access(&|$)/);

		await page.reload();
		await expect(
			page.getByRole('heading', { level: 2, name: /Logical and physical access/ }),
		).toBeVisible();
		await expect(
			mfa.getByRole('radio', { name: 'In place, not evidenced' }),
			'after reload',
		).toBeChecked();

		const fresh = await browser.newPage();
		await openCheck(fresh, new URL(page.url()).search);
		await expect(
			fresh
				.getByRole('group', { name: /Prompt removal of access/ })
				.getByRole('radio', { name: 'Not in place' }),
			'a shared link carries the answers',
		).toBeChecked();
		await fresh.close();

		await page.goBack();
		await expect(
			page.getByRole('heading', { level: 2, name: /Governance and control environment/ }),
			'Back returns to the previous step',
		).toBeVisible();
	});

	test('restores saved answers on a later visit and clears them on request', async ({ page }) => {
		await openCheck(page, '?a=mfa:e&step=access');
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('soc-guide:readiness')), 'saved')
			.toBe('step=access&a=mfa:e');
		await openCheck(page);
		await expect(page.getByText('We restored the answers saved in this browser.')).toBeVisible();
		await expect(page, 'restored into the URL').toHaveURL(/a=mfa:e/);

		await page.getByRole('button', { name: 'Clear my answers' }).first().click();
		await expect(page.getByText('Your answers were cleared')).toBeVisible();
		await expect(page, 'URL emptied').toHaveURL(new RegExp(`${PATH}$`));
		expect(
			await page.evaluate(() => localStorage.getItem('soc-guide:readiness')),
			'storage emptied',
		).toBeNull();
	});

	test('explains what it ignored in a bad link instead of failing', async ({ page }) => {
		const errors = await watchErrors(page);
		await openCheck(page, '?report=soc4&a=mfa:zz,ghost:e&step=%3Cscript%3E&foo=1');
		const notice = page
			.getByRole('status')
			.filter({ hasText: 'Some of the link could not be used' });
		await expect(notice.getByRole('listitem'), 'one line per problem').toHaveCount(5);
		await expect(notice, 'values are quoted as text').toContainText('“<script>”');
		await expect(page.getByRole('heading', { level: 2, name: 'Your scope' })).toBeVisible();
		expect(errors, 'no console errors').toEqual([]);
	});

	test('hands scope, readiness and attribution to the estimator', async ({ page }) => {
		const state: ReadinessState = {
			...INITIAL_STATE,
			scope: { report: 'soc2', categories: ['privacy'] },
			carry: { type: 2 },
			attribution: [['utm_source', 'newsletter']],
		};
		const answers = fixedAnswers(state);
		const result = scoreReadiness(READINESS_QUESTIONS, state.scope, answers);
		await openCheck(
			page,
			`?tsc=security,privacy&type=2&step=results&a=${answersQuery(answers)}&utm_source=newsletter`,
		);
		await page.getByRole('link', { name: 'Use this in the estimator' }).click();
		const expected = `/estimator/?${estimatorQuery({ ...state, answers }, result)}`;
		await expect(page, 'estimator URL').toHaveURL(new URL(expected, page.url()).href);
		const query = new URL(page.url()).searchParams;
		expect(query.get('readiness'), 'readiness level').toBe('informal');
		expect(query.get('tsc'), 'categories').toBe('security,privacy');
		expect(query.get('utm_source'), 'attribution').toBe('newsletter');
	});

	const views: [string, string][] = [
		['the start', ''],
		['a question step', '?step=access&a=mfa:e'],
		['the results', `?step=results&a=${answersQuery(fixedAnswers(INITIAL_STATE))}`],
		['the no-JavaScript checklist', ''],
	];
	// One load per view: every rule in light, then the colour rules in dark (the themes differ
	// only in colours).
	for (const [view, query] of views) {
		test(`passes axe on ${view} (light and dark)`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: 'light' });
			await openCheck(page, query);
			if (view === 'the no-JavaScript checklist') {
				// Shown the way the page shows it when scripts are off: axe itself needs scripts,
				// so it cannot run in a context without them.
				await page.evaluate(() => document.documentElement.classList.remove('js'));
				await expect(page.getByRole('heading', { name: 'The readiness checklist' })).toBeVisible();
			}
			expect(await axeViolations(page), `axe on ${view} (light)`).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			await expect
				.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
				.toBe(true);
			expect(await axeViolations(page, [], THEME_RULES), `axe on ${view} (dark)`).toEqual([]);
		});
	}
});

test.describe('readiness checklist without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every question by area as a printable checklist', async ({ page }) => {
		await page.goto(PATH);
		await expect(
			page.getByRole('heading', { level: 2, name: 'The readiness checklist' }),
		).toBeVisible();
		await expect(page.locator('.rd-checklist-item'), 'every question').toHaveCount(
			READINESS_QUESTIONS.length,
		);
		await expect(
			page.getByRole('heading', { level: 3, name: 'Logical and physical access (CC6)' }),
		).toBeVisible();
		await expect(
			page.getByRole('button', { name: 'Start the questions' }),
			'no dead controls',
		).toBeHidden();

		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.rd-checklist-item').first(), 'prints').toBeVisible();
		await expect(page.locator('.site-header'), 'header left out of print').toBeHidden();
	});
});
