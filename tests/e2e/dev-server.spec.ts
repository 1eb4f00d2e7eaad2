/**
 * `astro dev` as an author uses it: share cards are rendered on request, so the link builder's
 * preview works before a build, and the tools hydrate as they do in the build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { pngSize } from '../../src/lib/campaign/og';
import { labelOf, REPORT_SCOPES } from '../../src/lib/engagement/vocabulary';
import { watchErrors } from './support/site';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dev: ChildProcess | undefined;
let origin = '';

/** A free loopback port. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

test.describe('astro dev', () => {
	// A cold `astro dev` compiles on the first request: over a minute on a busy 2-core machine.
	test.describe.configure({ timeout: 300_000 });

	test.beforeAll(async () => {
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		dev = spawn(
			process.execPath,
			['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
			{
				cwd: root,
				stdio: 'ignore',
			},
		);
		await expect
			.poll(
				() =>
					fetch(`${origin}/`).then(
						(r) => r.status,
						() => 0,
					),
				{ timeout: 240_000, intervals: [250] },
			)
			.toBe(200);
	});

	test.afterAll(() => {
		dev?.kill();
	});

	test('renders a page’s share card when it is asked for', async ({ request }) => {
		for (const image of ['/og/chapters/soc-2.png', '/og/home.png']) {
			const response = await request.get(`${origin}${image}`);
			expect(response.status(), image).toBe(200);
			expect(response.headers()['content-type']).toBe('image/png');
			expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
		}
		expect(
			(await request.get(`${origin}/og/chapters/no-such-chapter.png`)).status(),
			'no page, no card',
		).toBe(404);
	});

	test('the link builder’s preview shows the card', async ({ page }) => {
		await page.goto(`${origin}/links/`);
		const preview = page.locator('img[src*="/og/"]').first();
		await expect(preview).toBeVisible();
		await expect
			.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
			.toBe(1200);
	});

	test('the estimator, hydrated by its own page script, runs in development too', async ({
		page,
	}) => {
		const errors = await watchErrors(page);
		await page.goto(`${origin}/estimator/?report=soc1&type=2`);
		await expect(page.locator('.est[data-ready="true"]')).toHaveCount(1, { timeout: 120_000 });
		await expect(
			page.getByRole('radio', { name: labelOf(REPORT_SCOPES, 'soc1'), exact: true }),
		).toBeChecked();
		expect(errors).toEqual([]);
	});
});
