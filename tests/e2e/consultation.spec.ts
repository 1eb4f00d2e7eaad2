/**
 * The consultation request form (/consultation/) in a real browser. The main build has no
 * destination, so the form prepares an email. One extra build (`npm run build:consultation`,
 * made here when missing or older than the main build) points the form at an endpoint through
 * the build-time override SITE_CONSULTATION_DESTINATION and gates the e-book; its endpoint host
 * is forwarded to a real receiver this spec starts on a random loopback port, which records
 * every submission and can fail or answer slowly on request.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../src/site.config.ts';
import { HONEYPOT_FIELD } from '../../src/lib/consultation/fields';
import { startReceiver, type Receiver } from './support/receiver';
import { serveStatic } from './support/static-server';
import { axeViolations, dist, root, THEME_RULES, watchErrors } from './support/site';

const variant = join(root, 'dist-consult');
/** The endpoint host the extra build posts to (package.json, build:consultation). */
const ENDPOINT_HOST = 'http://consultation-receiver.test';

/** What a tool's consultation link carries: the plan, estimate, score, page and campaign. */
const TOOL_LINK = {
	recommendation: 'SOC 2 Type 2',
	report: 'soc2',
	type: '2',
	tsc: 'security,availability',
	readiness: 'informal',
	estimate: 'SOC 2 Type 2; 51–200 employees; typical $52k first year',
	score: '61',
	from: '/estimator/',
	utm_source: 'newsletter',
	utm_campaign: 'q4-soc2',
	gclid: 'abc123',
};
const PERSON = {
	name: 'Ana María Ruiz',
	email: 'ana@acme.io',
	company: 'Acme Cloud',
	role: 'CTO',
	message: 'A customer asks for SOC 2 by June.',
};

/** Records analytics events pushed to window.dataLayer. */
async function recordEvents(page: Page): Promise<void> {
	await page.addInitScript(() => {
		(window as unknown as { dataLayer: unknown[] }).dataLayer = [];
	});
}
const events = (page: Page) =>
	page.evaluate(() => (window as unknown as { dataLayer: Record<string, unknown>[] }).dataLayer);

async function fillPerson(page: Page, person = PERSON): Promise<void> {
	await page.getByLabel('Your name').fill(person.name);
	await page.getByLabel('Work email').fill(person.email);
	await page.getByLabel('Company').fill(person.company);
	await page.getByLabel('Role').fill(person.role);
	await page.getByLabel('Message').fill(person.message);
}
const consent = (page: Page) => page.getByRole('checkbox', { name: site.consultation.consent });
const send = (page: Page) => page.getByRole('button', { name: 'Send request' });
const attached = (page: Page) => page.getByRole('region', { name: 'Sent with your request' });

test.describe('without a destination: the form prepares an email', () => {
	test('says so, shows the attached plan with a way to remove each item, and prepares the email', async ({
		page,
	}) => {
		const errors = await watchErrors(page);
		await recordEvents(page);
		await page.goto(`/consultation/?${new URLSearchParams(TOOL_LINK)}`);
		await expect(
			page.getByText(`Sending this form prepares an email to ${site.consultation.email}`),
		).toBeVisible();
		const items = attached(page).getByRole('listitem');
		await expect(items).toHaveCount(5);
		await expect(items.filter({ hasText: 'Your plan' })).toContainText(
			'Report: SOC 2; Type: Type 2; Trust Services Categories: Security and Availability; Readiness: Informal practices',
		);
		await expect(items.filter({ hasText: 'Your estimate' })).toContainText(TOOL_LINK.estimate);
		await expect(items.filter({ hasText: 'Your readiness score' })).toContainText('61 out of 100');
		await expect(items.filter({ hasText: 'The page you came from' })).toContainText('/estimator/');
		await expect(items.filter({ hasText: 'Campaign tags' })).toContainText(
			'utm_source: newsletter',
		);

		// Remove the campaign tags from the keyboard: focus stays in the list.
		await page.getByRole('button', { name: 'Remove campaign tags of your visit' }).focus();
		await page.keyboard.press('Enter');
		await expect(items).toHaveCount(4);
		await expect(page.locator('#consult-status')).toContainText(
			'Campaign tags of your visit removed',
		);

		await fillPerson(page);
		await consent(page).check();
		await send(page).click();
		await expect(page.getByRole('heading', { name: 'Your email is ready' })).toBeVisible();
		const mailto = await page
			.getByRole('link', { name: 'open the prepared email' })
			.getAttribute('href');
		expect(mailto).toMatch(
			new RegExp(`^mailto:${site.consultation.email}\\?subject=Consultation%20request&body=`),
		);
		const body = decodeURIComponent(mailto!.split('&body=')[1]!);
		for (const [key, value] of Object.entries(PERSON))
			expect(body, `the email carries ${key}`).toContain(`${key}: ${value}`);
		expect(body).toContain(`estimate: ${TOOL_LINK.estimate}`);
		expect(body).toContain('report: soc2');
		expect(body, 'a removed item is not sent').not.toContain('utm_source');
		await expect
			.poll(() => events(page))
			.toContainEqual({
				event: 'lead_submit',
				destination: 'none',
				request: 'consultation',
				attached: 'plan,estimate,readiness,from',
			});
		expect(errors).toEqual([]);
	});

	test('field-level messages for hostile input, never reflected as markup; nothing typed is lost', async ({
		page,
	}) => {
		await page.goto('/consultation/');
		const script = '<script>window.__pwned=1</script>';
		await page.getByLabel('Your name').fill(script);
		await page.getByLabel('Work email').fill('ana@acme');
		await page.getByLabel('Company').fill('"><img src=x onerror=window.__pwned=1>');
		await page.getByLabel('Message').fill('x'.repeat(10_000));
		await page.getByRole('radio', { name: 'By phone' }).check();
		await send(page).click();
		const summary = page.locator('#consult-errors');
		await expect(summary).toBeFocused();
		await expect(summary).toContainText('6 things to fix before sending');
		await expect(page.locator('#c-name-error')).toHaveText(
			'Your name cannot contain < or > or code.',
		);
		await expect(page.locator('#c-email-error')).toHaveText(
			'Enter an email address like name@company.com.',
		);
		await expect(page.locator('#c-company-error')).toHaveText(
			'Company cannot contain < or > or code.',
		);
		await expect(page.locator('#c-message-error')).toHaveText(
			'Message is too long: 10,000 characters, at most 3,000.',
		);
		await expect(page.locator('#c-phone-error')).toHaveText(
			'Enter a phone number, or choose email.',
		);
		await expect(page.locator('#c-consent-error')).toHaveText(
			'Tick the box to agree, or the request cannot be sent.',
		);
		await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
		expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
		await expect(page.locator('img[src="x"]')).toHaveCount(0);

		// A link in the summary takes the keyboard to the field.
		await summary.getByRole('link', { name: /^Work email/ }).click();
		await expect(page.getByLabel('Work email')).toBeFocused();
		// Fixing a field clears its message as the visitor types.
		await page.getByLabel('Work email').fill('ana@acme.io');
		await expect(page.locator('#c-email-error')).toHaveText('');

		// Nothing typed is lost on a reload.
		await page.reload();
		await expect(page.getByLabel('Your name')).toHaveValue(script);
		await expect(page.getByLabel('Work email')).toHaveValue('ana@acme.io');
		await expect(page.getByLabel('Message')).toHaveValue('x'.repeat(10_000));
		await expect(page.getByLabel('By phone')).toBeChecked();
		await expect(page.getByLabel('Phone number')).toBeVisible();
	});

	test('without JavaScript the browser prepares the email, and the page says so', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto('/consultation/');
			await expect(
				page.getByText(`Sending this form prepares an email to ${site.consultation.email}`),
			).toBeVisible();
			const form = page.locator('form#consult-form');
			await expect(form).toHaveAttribute('action', `mailto:${site.consultation.email}`);
			await expect(form).toHaveAttribute('method', 'post');
			await expect(form).toHaveAttribute('enctype', 'text/plain');
			await expect(attached(page), 'nothing is attached that the visitor cannot see').toBeHidden();
			await expect(consent(page)).toHaveAttribute('value', site.consultation.consent);
			await expect(send(page)).toBeVisible();
		} finally {
			await context.close();
		}
	});

	test('passes axe in light and dark, with messages and attached items showing', async ({
		page,
	}) => {
		await page.goto(`/consultation/?${new URLSearchParams(TOOL_LINK)}`);
		await expect(attached(page)).toBeVisible();
		await send(page).click();
		await expect(page.locator('#consult-errors')).toBeVisible();
		expect(await axeViolations(page), 'light').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect
			.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
			.toBe(true);
		expect(await axeViolations(page, [], THEME_RULES), 'dark').toEqual([]);
	});
});

test.describe('with an endpoint: a real receiver', () => {
	let receiver: Receiver;
	let server: { origin: string; close: () => Promise<void> };

	test.beforeAll(async () => {
		const page = join(variant, 'consultation', 'index.html');
		const main = join(dist, 'consultation', 'index.html');
		if (
			!existsSync(page) ||
			(existsSync(main) && statSync(main).mtimeMs > statSync(page).mtimeMs)
		) {
			test.setTimeout(300_000);
			const run = spawnSync('npm', ['run', 'build:consultation'], { cwd: root, stdio: 'inherit' });
			expect(run.status, 'the extra build for the endpoint succeeds').toBe(0);
		}
		receiver = await startReceiver();
		server = await serveStatic(variant, '/');
	});
	test.afterAll(async () => {
		await server?.close();
		await receiver?.close();
	});
	test.beforeEach(() => {
		receiver.submissions.length = 0;
		receiver.next = 'ok';
	});

	/** Forwards the configured endpoint host to the receiver: the browser's request reaches it as sent. */
	async function toReceiver(context: BrowserContext): Promise<void> {
		await context.route(`${ENDPOINT_HOST}/**`, async (route) => {
			const response = await route.fetch({
				url: route.request().url().replace(ENDPOINT_HOST, receiver.origin),
				timeout: 60_000,
			});
			await route.fulfill({ response });
		});
	}

	test('sends every field, the plan and the campaign tags as JSON; confirms what was sent', async ({
		page,
		context,
	}) => {
		await toReceiver(context);
		await recordEvents(page);
		const errors = await watchErrors(page);
		await page.goto(`${server.origin}/consultation/?${new URLSearchParams(TOOL_LINK)}`);
		await expect(attached(page).getByRole('listitem')).toHaveCount(5);
		await fillPerson(page);
		await page.getByLabel('By phone').check();
		await page.getByLabel('Phone number').fill('+1 555 010 0199');
		await consent(page).check();
		await send(page).click();
		await expect(page.getByRole('region', { name: 'Request sent' })).toBeFocused();
		expect(receiver.submissions).toHaveLength(1);
		const [sent] = receiver.submissions;
		expect(sent!.path).toBe('/endpoint');
		expect(sent!.contentType).toBe('application/json');
		const { from, ...plan } = TOOL_LINK;
		expect(sent!.body).toEqual({
			...PERSON,
			contact: 'phone',
			phone: '+1 555 010 0199',
			consent: site.consultation.consent,
			...plan,
			from,
		});
		// The confirmation lists what was sent, as text.
		const list = page.locator('#consult-sent-list');
		await expect(list.locator('dt', { hasText: /^estimate$/ }).locator('+ dd')).toHaveText(
			TOOL_LINK.estimate,
		);
		await expect(list.locator('dt', { hasText: /^email$/ }).locator('+ dd')).toHaveText(
			PERSON.email,
		);
		const lead = (await events(page)).filter((e) => e.event === 'lead_submit');
		expect(lead).toEqual([
			{
				event: 'lead_submit',
				destination: 'endpoint',
				request: 'consultation',
				attached: 'plan,estimate,readiness,from,campaign',
			},
		]);
		expect(JSON.stringify(lead), 'no personal data in the event').not.toMatch(/Ana|acme|555|Acme/);
		expect(errors).toEqual([]);
	});

	test('a server error says what happened and offers a retry; nothing typed is lost, even across a reload', async ({
		page,
		context,
	}) => {
		await toReceiver(context);
		await page.goto(`${server.origin}/consultation/?report=soc1&utm_source=ads`);
		const script = 'Please call <script>window.__pwned=1</script> after 5pm';
		await fillPerson(page, { ...PERSON, message: script });
		await page.getByRole('button', { name: 'Remove your plan' }).click();
		await consent(page).check();
		receiver.next = 'fail';
		await send(page).click();
		const status = page.locator('#consult-status');
		await expect(status).toContainText(
			'The request was not sent: the server answered with an error (500). Your text is kept; try again in a moment.',
		);
		await expect(page.getByLabel('Message')).toHaveValue(script);
		expect(receiver.submissions).toHaveLength(0);

		await page.reload();
		await expect(page.getByLabel('Message')).toHaveValue(script);
		await expect(page.getByLabel('Your name')).toHaveValue(PERSON.name);
		await expect(consent(page)).toBeChecked();
		await expect(
			attached(page).getByRole('listitem').filter({ hasText: 'Your plan' }),
			'a removed item stays removed',
		).toHaveCount(0);

		receiver.next = 'fail';
		await send(page).click();
		await status.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByRole('heading', { name: 'Request sent' })).toBeVisible();
		expect(receiver.submissions).toHaveLength(1);
		expect(receiver.submissions[0]!.body).toMatchObject({ message: script, utm_source: 'ads' });
		expect(receiver.submissions[0]!.body).not.toHaveProperty('report');
		await expect(page.locator('#consult-sent-list dd', { hasText: 'Please call' })).toHaveText(
			script,
		);
		expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
		// Sent: the draft is cleared, so the next visit starts empty.
		await page.goto(`${server.origin}/consultation/`);
		await expect(page.getByLabel('Message')).toHaveValue('');
	});

	test('the sending code cannot be fetched: the visitor is told, keeps their text, and can retry', async ({
		page,
		context,
	}) => {
		await toReceiver(context);
		// Sending loads as the visitor starts on the form; a dropped connection makes that fail.
		const sendCode = /\/_astro\/consultation-send\.[\w-]+\.js$/;
		let refused = 0;
		await page.route(sendCode, (route) => {
			refused += 1;
			return route.abort('internetdisconnected');
		});
		await page.goto(`${server.origin}/consultation/`);
		await fillPerson(page);
		await consent(page).check();
		await send(page).click();
		const status = page.locator('#consult-status');
		await expect(status).toContainText(
			'The request was not sent: the page could not load what sending needs (are you offline?). Your text is kept; try again.',
		);
		expect(refused, 'the sending code was asked for').toBeGreaterThan(0);
		await expect(page.getByLabel('Message')).toHaveValue(PERSON.message);
		expect(receiver.submissions).toHaveLength(0);

		await page.unroute(sendCode);
		await status.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByRole('heading', { name: 'Request sent' })).toBeVisible();
		expect(receiver.submissions).toHaveLength(1);
		expect(receiver.submissions[0]!.body).toMatchObject({ message: PERSON.message });
	});

	test('a slow server: the visitor sees it is sending, cannot send twice, and gets the confirmation', async ({
		page,
		context,
	}) => {
		await toReceiver(context);
		await page.goto(`${server.origin}/consultation/`);
		await fillPerson(page);
		await consent(page).check();
		receiver.next = 'slow';
		await send(page).click();
		await expect(page.locator('#consult-status')).toHaveText('Sending your request…');
		await expect(send(page)).toBeDisabled();
		await expect(page.getByRole('heading', { name: 'Request sent' })).toBeVisible({
			timeout: 30_000,
		});
		expect(receiver.submissions).toHaveLength(1);
	});

	test('a network failure says so and offers a retry; nothing typed is lost', async ({
		page,
		context,
	}) => {
		let cut = true;
		await context.route(`${ENDPOINT_HOST}/**`, async (route) => {
			if (cut) return route.abort('internetdisconnected');
			const url = route.request().url().replace(ENDPOINT_HOST, receiver.origin);
			await route.fulfill({ response: await route.fetch({ url, timeout: 60_000 }) });
		});
		await page.goto(`${server.origin}/consultation/?report=soc2&utm_source=ads`);
		await fillPerson(page);
		await consent(page).check();
		await send(page).click();
		const status = page.locator('#consult-status');
		await expect(status).toContainText(
			'The request was not sent: the server could not be reached (are you offline?). Your text is kept; try again.',
		);
		await expect(status).toBeFocused();
		await expect(page.getByLabel('Message')).toHaveValue(PERSON.message);
		await expect(page.getByLabel('Work email')).toHaveValue(PERSON.email);
		expect(receiver.submissions).toHaveLength(0);

		cut = false;
		await status.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByRole('heading', { name: 'Request sent' })).toBeVisible();
		expect(receiver.submissions).toHaveLength(1);
		expect(receiver.submissions[0]!.body).toMatchObject({
			...PERSON,
			report: 'soc2',
			utm_source: 'ads',
		});
	});

	test('a filled honeypot looks sent to a bot, and nothing reaches the receiver', async ({
		page,
		context,
	}) => {
		await toReceiver(context);
		await recordEvents(page);
		await page.goto(`${server.origin}/consultation/`);
		const trap = page.locator(`[name="${HONEYPOT_FIELD}"]`);
		await expect(trap, 'out of the keyboard order').toHaveAttribute('tabindex', '-1');
		await fillPerson(page);
		await consent(page).check();
		// A bot fills every field it finds, whether a person can see it or not.
		await trap.evaluate((el: HTMLInputElement) => {
			el.value = 'https://spam.example';
		});
		const posts: string[] = [];
		page.on('request', (request) => {
			if (request.method() === 'POST') posts.push(request.url());
		});
		await send(page).click();
		// A real send shows this only after the server answered, so any request would be seen by now.
		await expect(page.getByRole('heading', { name: 'Request sent' })).toBeVisible();
		expect(posts, 'no request was made').toEqual([]);
		expect(receiver.submissions).toHaveLength(0);
		expect(
			(await events(page)).filter((e) => e.event === 'lead_submit'),
			'a bot is not counted as a lead',
		).toEqual([]);
	});

	test('without JavaScript the form is a plain POST (form-encoded) to the endpoint', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		try {
			await toReceiver(context);
			const page = await context.newPage();
			await page.goto(`${server.origin}/consultation/`);
			await expect(attached(page)).toBeHidden();
			await fillPerson(page);
			await consent(page).check();
			await send(page).click();
			await expect(page.getByRole('heading', { name: 'Request received' })).toBeVisible();
			expect(receiver.submissions).toHaveLength(1);
			expect(receiver.submissions[0]!.contentType).toBe('application/x-www-form-urlencoded');
			expect(receiver.submissions[0]!.body).toEqual({
				...PERSON,
				contact: 'email',
				phone: '',
				website: '',
				// The text the visitor agreed to, as the enhanced form sends it.
				consent: site.consultation.consent,
			});
		} finally {
			await context.close();
		}
	});

	test('a gated e-book asks for an email through the same form, then offers the PDF', async ({
		page,
		context,
	}) => {
		await toReceiver(context);
		await page.goto(`${server.origin}/`);
		const link = page
			.getByRole('contentinfo')
			.getByRole('link', { name: 'Download the e-book (PDF)' });
		await expect(link).not.toHaveAttribute('download');
		await link.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Get the e-book' })).toBeVisible();
		await expect(page.getByText('Came for the e-book?'), 'the no-JavaScript note').toBeHidden();
		await page.getByLabel('Work email').fill('ana@acme.io');
		await consent(page).check();
		await page.getByRole('button', { name: 'Send and download' }).click();
		const download = page
			.getByRole('region', { name: 'Request sent' })
			.getByRole('link', { name: 'Download the e-book (PDF)' });
		await expect(download).toBeVisible();
		const pdf = await page.request.get(
			new URL((await download.getAttribute('href'))!, page.url()).href,
		);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		expect(receiver.submissions).toHaveLength(1);
		expect(receiver.submissions[0]!.body).toMatchObject({
			email: 'ana@acme.io',
			request: 'ebook',
			from: 'footer',
		});
	});

	test('a gated e-book without JavaScript: the form says what to do and links the PDF', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto(`${server.origin}/`);
			await page
				.getByRole('contentinfo')
				.getByRole('link', { name: 'Download the e-book (PDF)' })
				.click();
			await expect(page).toHaveURL(/\/consultation\/\?.*ebook=1/);
			const note = page.getByText('Came for the e-book? Send the form below');
			await expect(note).toBeVisible();
			const download = note.getByRole('link', { name: 'download the e-book (PDF)' });
			const pdf = await page.request.get(
				new URL((await download.getAttribute('href'))!, page.url()).href,
			);
			expect(pdf.status()).toBe(200);
			expect(pdf.headers()['content-type']).toBe('application/pdf');
			await expect(send(page), 'the form is there to send').toBeVisible();
		} finally {
			await context.close();
		}
	});
});
