/**
 * The consultation form in its Netlify Forms and HubSpot modes, in a real browser. Each mode gets
 * a build of its own (SITE_CONSULTATION_DESTINATION, made here when missing or older than the main
 * build, without the e-book), served on loopback. Netlify: the form Netlify's build bot detects
 * (its attributes and the hidden form-name field) and the form-encoded POST to the page itself,
 * forwarded to a real receiver. HubSpot: the submissions API URL routed to the receiver, which
 * checks the v3 body (fields, context, consent) and the plan carried in the message.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../src/site.config.ts';
import { HUBSPOT_API_ORIGIN } from '../../src/lib/consultation/destination';
import { HONEYPOT_FIELD } from '../../src/lib/consultation/fields';
import { startReceiver, type Receiver } from './support/receiver';
import { serveStatic } from './support/static-server';
import { dist, root, watchErrors } from './support/site';

const TOOL_LINK = {
	report: 'soc2',
	type: '2',
	tsc: 'security,availability',
	readiness: 'informal',
	estimate: 'SOC 2 Type II; 51–200 employees; typical $52k first year',
	score: '61',
	from: '/readiness/',
	utm_source: 'newsletter',
	utm_campaign: 'q4-soc2',
};
const PERSON = {
	name: 'Ana María Ruiz',
	email: 'ana@acme.io',
	company: 'Acme Cloud',
	role: 'CTO',
	message: 'A customer asks for SOC 2 by June.',
};
const NETLIFY = { kind: 'netlify', formName: 'soc-consultation' } as const;
const HUBSPOT = { kind: 'hubspot', portalId: '4455667', formId: 'a1b2c3d4-e5f6' } as const;

/** A build of the site with one destination, in its own folder; rebuilt when older than the main build. */
function variantBuild(name: string, destination: object): string {
	const dir = join(root, `dist-${name}`);
	const page = join(dir, 'consultation', 'index.html');
	const main = join(dist, 'consultation', 'index.html');
	if (!existsSync(page) || (existsSync(main) && statSync(main).mtimeMs > statSync(page).mtimeMs)) {
		const run = spawnSync('npx', ['astro', 'build'], {
			cwd: root,
			stdio: 'inherit',
			env: {
				...process.env,
				SITE_OUT_DIR: `./dist-${name}`,
				SITE_EBOOK: '0',
				SITE_CONSULTATION_DESTINATION: JSON.stringify(destination),
			},
		});
		expect(run.status, `the ${name} build succeeds`).toBe(0);
	}
	return dir;
}

async function fillAndSend(page: Page): Promise<void> {
	await page.getByLabel('Your name').fill(PERSON.name);
	await page.getByLabel('Work email').fill(PERSON.email);
	await page.getByLabel('Company').fill(PERSON.company);
	await page.getByLabel('Role').fill(PERSON.role);
	await page.getByLabel('Message').fill(PERSON.message);
	await page.getByRole('checkbox', { name: site.consultation.consent }).check();
	await page.getByRole('button', { name: 'Send request' }).click();
}

for (const [name, destination] of [
	['netlify', NETLIFY],
	['hubspot', HUBSPOT],
] as const) {
	test.describe(`with ${name} as the destination`, () => {
		test.slow();
		let receiver: Receiver;
		let server: { origin: string; close: () => Promise<void> };

		test.beforeAll(async () => {
			test.setTimeout(600_000);
			const dir = variantBuild(name, destination);
			receiver = await startReceiver();
			server = await serveStatic(dir, '/');
		});
		test.afterAll(async () => {
			await server?.close();
			await receiver?.close();
		});
		test.beforeEach(() => {
			receiver.submissions.length = 0;
		});

		/** Sends the destination's requests to the receiver, as the browser made them. */
		async function toReceiver(context: BrowserContext): Promise<void> {
			if (name === 'netlify') {
				await context.route(`${server.origin}/consultation/**`, async (route) => {
					if (route.request().method() !== 'POST') return route.continue();
					const url = route.request().url().replace(server.origin, receiver.origin);
					await route.fulfill({ response: await route.fetch({ url, timeout: 60_000 }) });
				});
			} else {
				await context.route(`${HUBSPOT_API_ORIGIN}/**`, async (route) => {
					const url = route.request().url().replace(HUBSPOT_API_ORIGIN, receiver.origin);
					await route.fulfill({ response: await route.fetch({ url, timeout: 60_000 }) });
				});
			}
		}

		test('sends the fields, the plan and the campaign tags in the shape the service expects', async ({
			page,
			context,
		}) => {
			await toReceiver(context);
			const errors = await watchErrors(page);
			await page.goto(`${server.origin}/consultation/?${new URLSearchParams(TOOL_LINK)}`);
			const form = page.locator('form#consult-form');
			if (name === 'netlify') {
				// What Netlify's build bot looks for in the HTML.
				await expect(form).toHaveAttribute('data-netlify', 'true');
				await expect(form).toHaveAttribute('name', NETLIFY.formName);
				await expect(form).toHaveAttribute('netlify-honeypot', HONEYPOT_FIELD);
				await expect(form).toHaveAttribute('method', 'post');
				await expect(form).toHaveAttribute('action', '/consultation/');
				await expect(form.locator('input[type="hidden"][name="form-name"]')).toHaveValue(
					NETLIFY.formName,
				);
			}
			// With JavaScript nothing suggests an email: the no-JavaScript note is gone, box and all.
			await expect(page.locator('#consult-mailto-note')).toBeHidden();
			await fillAndSend(page);
			await expect(page.getByRole('region', { name: 'Request sent' })).toBeFocused();
			expect(receiver.submissions).toHaveLength(1);
			const [sent] = receiver.submissions;

			if (name === 'netlify') {
				expect(sent!.path).toBe('/consultation/');
				expect(sent!.contentType).toBe('application/x-www-form-urlencoded');
				const { from, ...plan } = TOOL_LINK;
				expect(sent!.body).toMatchObject({
					'form-name': NETLIFY.formName,
					...PERSON,
					consent: site.consultation.consent,
					...plan,
					from,
				});
				expect(sent!.body, 'the honeypot stays empty').not.toHaveProperty(
					HONEYPOT_FIELD,
					expect.stringMatching(/.+/),
				);
			} else {
				expect(sent!.path).toBe(
					`/submissions/v3/integration/submit/${HUBSPOT.portalId}/${HUBSPOT.formId}`,
				);
				expect(sent!.contentType).toBe('application/json');
				const body = sent!.body as {
					fields: { objectTypeId: string; name: string; value: string }[];
					context: { pageUri: string; pageName: string };
					legalConsentOptions: { consent: { consentToProcess: boolean; text: string } };
				};
				const field = (n: string) => body.fields.find((f) => f.name === n)?.value;
				expect(field('firstname')).toBe('Ana');
				expect(field('lastname')).toBe('María Ruiz');
				expect(field('email')).toBe(PERSON.email);
				expect(field('company')).toBe(PERSON.company);
				expect(field('jobtitle')).toBe(PERSON.role);
				for (const f of body.fields) expect(f.objectTypeId).toBe('0-1');
				const message = field('message')!;
				expect(message.startsWith(PERSON.message), 'the visitor’s text first').toBe(true);
				for (const value of [
					TOOL_LINK.estimate,
					TOOL_LINK.score,
					TOOL_LINK.utm_source,
					TOOL_LINK.utm_campaign,
					TOOL_LINK.from,
				]) {
					expect(message, `the attached ${value} travels in the message`).toContain(value);
				}
				expect(body.context.pageUri).toContain(`${server.origin}/consultation/`);
				expect(body.context.pageName).toBeTruthy();
				expect(body.legalConsentOptions.consent).toEqual({
					consentToProcess: true,
					text: site.consultation.consent,
				});
			}
			expect(errors).toEqual([]);
		});

		test('without JavaScript', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			try {
				await toReceiver(context);
				const page = await context.newPage();
				await page.goto(`${server.origin}/consultation/`);
				if (name === 'netlify') {
					// A plain form POST to the page, which Netlify takes as a submission.
					await fillAndSend(page);
					await expect(page.getByRole('heading', { name: 'Request received' })).toBeVisible();
					expect(receiver.submissions).toHaveLength(1);
					expect(receiver.submissions[0]!.contentType).toBe('application/x-www-form-urlencoded');
					expect(receiver.submissions[0]!.body).toEqual({
						'form-name': NETLIFY.formName,
						...PERSON,
						contact: 'email',
						phone: '',
						[HONEYPOT_FIELD]: '',
						consent: site.consultation.consent,
					});
				} else {
					// HubSpot's API takes JSON only: without JavaScript the browser prepares an email.
					await expect(
						page.getByText(
							`Without JavaScript this form prepares an email to ${site.consultation.email}`,
						),
					).toBeVisible();
					const form = page.locator('form#consult-form');
					await expect(form).toHaveAttribute('action', `mailto:${site.consultation.email}`);
					await expect(form).toHaveAttribute('enctype', 'text/plain');
				}
			} finally {
				await context.close();
			}
		});
	});
}
