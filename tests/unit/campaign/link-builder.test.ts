import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildCampaignLink,
	describeMissing,
	MAX_UTM_LENGTH,
	normaliseUtmValue,
} from '../../../src/lib/campaign/link-builder';
import { pickAttribution } from '../../../src/lib/attribution/attribution';
import { hostileText } from '../support/hostile';

describe('normaliseUtmValue', () => {
	it.each([
		['linkedin', 'linkedin', []],
		['LinkedIn', 'linkedin', ['changed to lower case']],
		[
			'  Spring Newsletter ',
			'spring-newsletter',
			['removed spaces at the ends', 'changed to lower case', 'replaced spaces with hyphens'],
		],
		[
			'Q4/2026 – Launch!',
			'q4-2026-launch',
			[
				'changed to lower case',
				'replaced spaces with hyphens',
				'replaced other characters with hyphens',
			],
		],
		['Café', 'cafe', ['changed to lower case', 'removed accents']],
		['paid_social', 'paid_social', []],
		['!!!', '', ['replaced other characters with hyphens']],
	])('%j → %j', (raw, value, changes) => {
		expect(normaliseUtmValue(raw)).toEqual({ value, changes });
	});
	it('10,000 generated values: always a short value of lower-case letters, digits, "-", "_" and "." that needs no escaping', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 300 }), hostileText), (raw) => {
				const { value } = normaliseUtmValue(raw);
				expect(value).toMatch(/^[a-z0-9._-]*$/);
				expect(value.length).toBeLessThanOrEqual(MAX_UTM_LENGTH);
				expect(encodeURIComponent(value)).toBe(value);
				expect(normaliseUtmValue(value)).toEqual({ value, changes: [] });
			}),
			{ numRuns: 10_000 },
		);
	});
});

describe('buildCampaignLink', () => {
	const utm = {
		utm_source: 'LinkedIn',
		utm_medium: 'paid social',
		utm_campaign: 'SOC 2 launch',
		utm_content: 'Header Button',
	};
	it('puts the base path, the tags in the usual order and the #section together', () => {
		const link = buildCampaignLink(
			'https://firm.example/soc-guide/',
			{ path: '/chapters/soc-2/', section: 'the-trust-services-criteria' },
			utm,
		);
		expect(link.url).toBe(
			'https://firm.example/soc-guide/chapters/soc-2/?utm_source=linkedin&utm_medium=paid-social&utm_campaign=soc-2-launch&utm_content=header-button#the-trust-services-criteria',
		);
		expect(link.missing).toEqual([]);
	});
	it('links the top of the page when no section is picked', () => {
		expect(buildCampaignLink('https://guide.example', { path: '/', section: '' }, utm).url).toBe(
			'https://guide.example/?utm_source=linkedin&utm_medium=paid-social&utm_campaign=soc-2-launch&utm_content=header-button',
		);
	});
	it('gives no link until source, medium and campaign are filled, and names what is missing', () => {
		const link = buildCampaignLink(
			'https://guide.example/',
			{ path: '/' },
			{ utm_source: 'x', utm_campaign: '  ' },
		);
		expect(link.url).toBeNull();
		expect(link.missing).toEqual(['utm_medium', 'utm_campaign']);
		expect(describeMissing(link.missing)).toBe('Medium and Campaign');
		expect(describeMissing(['utm_source', 'utm_medium', 'utm_campaign'])).toBe(
			'Source, Medium and Campaign',
		);
	});
	it('10,000 generated forms: a link on the site whose tags read back exactly, or the missing fields named', () => {
		const field = hostileText;
		const utmArb = fc.record(
			{
				utm_source: field,
				utm_medium: field,
				utm_campaign: field,
				utm_term: field,
				utm_content: field,
			},
			{ requiredKeys: [] },
		);
		const target = fc.record({
			path: fc.constantFrom('/', '/chapters/soc-2/', '/estimator/'),
			section: fc.option(
				fc.oneof(fc.constantFrom('the-trust-services-criteria', ''), hostileText),
				{ nil: undefined },
			),
		});
		fc.assert(
			fc.property(utmArb, target, (utm, to) => {
				const link = buildCampaignLink('https://guide.example/soc-guide/', to, utm);
				if (link.url === null)
					return link.missing.length > 0 && !/undefined|NaN/.test(describeMissing(link.missing));
				const url = new URL(link.url);
				const tags = pickAttribution(url.search);
				return (
					link.missing.length === 0 &&
					url.origin === 'https://guide.example' &&
					url.pathname === `/soc-guide${to.path}` &&
					Object.entries(link.values).every(([k, v]) =>
						v.value ? tags[k as keyof typeof tags] === v.value : !(k in tags),
					) &&
					!/[<>"\s]/.test(link.url)
				);
			}),
			{ numRuns: 10_000 },
		);
	});

	it('produces links whose tags the site picks up on landing', () => {
		const link = buildCampaignLink('https://guide.example/', { path: '/chapters/cost/' }, utm);
		expect(pickAttribution(new URL(link.url!).search)).toEqual({
			utm_source: 'linkedin',
			utm_medium: 'paid-social',
			utm_campaign: 'soc-2-launch',
			utm_content: 'header-button',
		});
	});
});
