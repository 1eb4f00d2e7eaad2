import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	acceptsPlainPost,
	destinationOrigin,
	hubspotBody,
	mailtoHref,
	MAX_MAILTO,
	prepareRequest,
	requestRecord,
	type ConsultationDestination,
} from '../../../src/lib/consultation/destination';
import { checkDestination, resolveSettings } from '../../../src/lib/consultation/settings';
import type { RequestFields } from '../../../src/lib/consultation/fields';
import { hostileText } from '../support/hostile';

const fields: RequestFields = {
	name: ' Ana María Ruiz ',
	email: 'ana@acme.io',
	company: 'Acme',
	role: 'CTO',
	message: 'Hello',
	contact: 'phone',
	phone: '+1 555 010 0199',
	consent: true,
};
const context = { report: 'soc2', estimate: 'typical $52k', utm_source: 'news' };
const record = requestRecord(fields, 'I agree.', context);
const page = {
	path: '/consultation/',
	title: 'Request a consultation',
	url: 'https://guide.example/consultation/',
};

describe('requestRecord', () => {
	it('holds the trimmed fields, the consent text and the context; never lets context overwrite a field', () => {
		expect(requestRecord(fields, 'I agree.', { ...context, email: 'evil@x.io' })).toEqual({
			name: 'Ana María Ruiz',
			email: 'ana@acme.io',
			company: 'Acme',
			role: 'CTO',
			message: 'Hello',
			contact: 'phone',
			phone: '+1 555 010 0199',
			consent: 'I agree.',
			...context,
		});
	});
	it('leaves the phone out when email was chosen', () => {
		expect(requestRecord({ ...fields, contact: 'email' }, 'ok', {})).not.toHaveProperty('phone');
	});
});

describe('prepareRequest', () => {
	it('endpoint, JSON: the record as a JSON object', () => {
		const r = prepareRequest(
			{ kind: 'endpoint', url: 'https://forms.example/in', encoding: 'json' },
			record,
			page,
		)!;
		expect(r.url).toBe('https://forms.example/in');
		expect(r.headers['content-type']).toBe('application/json');
		expect(JSON.parse(r.body)).toEqual(record);
	});
	it('endpoint, form-encoded: the record as form fields', () => {
		const r = prepareRequest(
			{ kind: 'endpoint', url: 'https://forms.example/in', encoding: 'form' },
			record,
			page,
		)!;
		expect(r.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(Object.fromEntries(new URLSearchParams(r.body))).toEqual(record);
	});
	it('Netlify: form-encoded to the page itself with the form name', () => {
		const r = prepareRequest({ kind: 'netlify', formName: 'consultation' }, record, page)!;
		expect(r.url).toBe('/consultation/');
		expect(Object.fromEntries(new URLSearchParams(r.body))).toEqual({
			'form-name': 'consultation',
			...record,
		});
	});
	it('HubSpot: the v3 submission URL and shape, context inside the message', () => {
		const r = prepareRequest({ kind: 'hubspot', portalId: '123', formId: 'ab-cd' }, record, page)!;
		expect(r.url).toBe('https://api.hsforms.com/submissions/v3/integration/submit/123/ab-cd');
		const body = JSON.parse(r.body);
		expect(body.fields).toEqual([
			{ objectTypeId: '0-1', name: 'firstname', value: 'Ana' },
			{ objectTypeId: '0-1', name: 'lastname', value: 'María Ruiz' },
			{ objectTypeId: '0-1', name: 'email', value: 'ana@acme.io' },
			{ objectTypeId: '0-1', name: 'company', value: 'Acme' },
			{ objectTypeId: '0-1', name: 'jobtitle', value: 'CTO' },
			{ objectTypeId: '0-1', name: 'phone', value: '+1 555 010 0199' },
			{
				objectTypeId: '0-1',
				name: 'message',
				value: 'Hello\n\ncontact: phone\nreport: soc2\nestimate: typical $52k\nutm_source: news',
			},
		]);
		expect(body.context).toEqual({ pageUri: page.url, pageName: page.title });
		expect(body.legalConsentOptions).toEqual({
			consent: { consentToProcess: true, text: 'I agree.' },
		});
	});
	it('none: nothing to send (the form prepares an email)', () => {
		expect(prepareRequest({ kind: 'none' }, record, page)).toBeNull();
	});
	it('which destinations a plain form POST can reach, and which origin the CSP must allow', () => {
		const cases: [ConsultationDestination, boolean, string | null][] = [
			[{ kind: 'none' }, false, null],
			[
				{ kind: 'endpoint', url: 'https://forms.example/in', encoding: 'json' },
				true,
				'https://forms.example',
			],
			[{ kind: 'netlify', formName: 'c' }, true, null],
			[{ kind: 'hubspot', portalId: '1', formId: '2' }, false, 'https://api.hsforms.com'],
		];
		for (const [d, plain, origin] of cases) {
			expect(acceptsPlainPost(d)).toBe(plain);
			expect(destinationOrigin(d)).toBe(origin);
		}
	});
});

describe('mailtoHref', () => {
	it('addresses the configured email with the request as the body', () => {
		const href = mailtoHref('scoping@firm.example', record, 'Consultation request');
		expect(
			href.startsWith('mailto:scoping@firm.example?subject=Consultation%20request&body='),
		).toBe(true);
		expect(decodeURIComponent(href.split('&body=')[1]!)).toContain('estimate: typical $52k');
	});
	it('10,000 generated requests: the link stays within the limit and the address is never changed', () => {
		fc.assert(
			fc.property(hostileText, hostileText, (a, b) => {
				const href = mailtoHref(
					'scoping@firm.example',
					{ name: a, message: b.repeat(50) },
					'Consultation request',
				);
				expect(href.length).toBeLessThanOrEqual(1800);
				expect(
					href.startsWith('mailto:scoping@firm.example?subject=Consultation%20request&body='),
				).toBe(true);
			}),
			{ numRuns: 10_000 },
		);
		expect(MAX_MAILTO).toBe(1800);
	}, 60_000);
});

describe('settings', () => {
	const config = {
		destination: { kind: 'none' } as ConsultationDestination,
		email: 'a@b.io',
		consent: 'ok',
		gateEbook: false,
	};
	it('the environment can replace the destination and the e-book switch', () => {
		const s = resolveSettings(config, {
			SITE_CONSULTATION_DESTINATION:
				'{"kind":"endpoint","url":"http://127.0.0.1:9/x","encoding":"form"}',
			SITE_EBOOK_GATE: '1',
		});
		expect(s.destination).toEqual({
			kind: 'endpoint',
			url: 'http://127.0.0.1:9/x',
			encoding: 'form',
		});
		expect(s.gateEbook).toBe(true);
		expect(resolveSettings(config, {})).toEqual(config);
	});
	it.each([
		['not json', /not valid JSON/],
		['{"kind":"endpoint","url":"/relative","encoding":"json"}', /absolute URL/],
		['{"kind":"endpoint","url":"javascript:alert(1)","encoding":"json"}', /http\(s\) URL/],
		['{"kind":"endpoint","url":"https://x.io","encoding":"xml"}', /encoding/],
		['{"kind":"hubspot","portalId":"","formId":"x"}', /portalId/],
		['{"kind":"zapier"}', /"kind" must be/],
	])('a bad override %j fails the build with a message', (raw, message) => {
		expect(() => resolveSettings(config, { SITE_CONSULTATION_DESTINATION: raw })).toThrow(message);
	});
	it('passes a valid destination through unchanged', () => {
		expect(checkDestination({ kind: 'netlify', formName: 'consultation' })).toEqual({
			kind: 'netlify',
			formName: 'consultation',
		});
	});
});

describe('hubspotBody', () => {
	it('leaves out empty properties', () => {
		const body = hubspotBody(
			{ name: 'Ana', email: 'a@b.io', consent: 'ok', contact: 'email' },
			page,
		);
		expect(body.fields.map((f) => f.name)).toEqual(['firstname', 'email', 'message']);
	});
});
