import { describe, expect, it } from 'vitest';
import {
	articleLd,
	breadcrumbLd,
	personLd,
	serializeJsonLd,
	websiteLd,
} from '../../../src/lib/campaign/structured-data';

const publisher = { '@type': 'Organization', name: 'Firm', url: 'https://firm.example' };

describe('JSON-LD', () => {
	it('WebSite carries a SearchAction whose template names the query variable', () => {
		const ld = websiteLd({
			name: 'Guide',
			url: 'https://g.example/',
			description: 'd',
			lang: 'en',
			searchUrlTemplate: 'https://g.example/search/?q={search_term_string}',
			publisher,
		});
		expect(ld['potentialAction']).toEqual({
			'@type': 'SearchAction',
			target: {
				'@type': 'EntryPoint',
				urlTemplate: 'https://g.example/search/?q={search_term_string}',
			},
			'query-input': 'required name=search_term_string',
		});
	});
	it('Article has the properties search engines read', () => {
		const ld = articleLd({
			headline: 'SOC 2',
			description: 'd',
			url: 'https://g.example/chapters/soc-2/',
			image: 'https://g.example/og/chapters/soc-2.png',
			dateModified: '2026-11-01',
			section: 'Basics',
			lang: 'en',
			publisher,
			isPartOf: { name: 'Guide', url: 'https://g.example/' },
		});
		for (const key of [
			'@context',
			'@type',
			'headline',
			'description',
			'image',
			'dateModified',
			'author',
			'publisher',
			'mainEntityOfPage',
		])
			expect(ld).toHaveProperty([key]);
		expect(ld).not.toHaveProperty(['wordCount']);
	});
	it('Article names its author and, on its page, the reviewer and the review date', () => {
		const reviewer = personLd(
			{ name: 'Ann Lee', role: 'Partner', url: 'https://firm.example/ann', credentials: ['CPA'] },
			publisher,
		);
		const author = personLd(
			{ name: 'Editors', role: 'Authors', url: 'https://firm.example/', credentials: [] },
			publisher,
		);
		expect(reviewer['hasCredential']).toEqual([
			{ '@type': 'EducationalOccupationalCredential', name: 'CPA' },
		]);
		expect(author).not.toHaveProperty(['hasCredential']);
		const ld = articleLd({
			headline: 'SOC 2',
			description: 'd',
			url: 'https://g.example/c/',
			image: 'https://g.example/i.png',
			dateModified: '2026-12-04',
			section: 'Basics',
			lang: 'en',
			publisher,
			author,
			reviewedBy: reviewer,
			lastReviewed: '2026-12-04',
			isPartOf: { name: 'Guide', url: 'https://g.example/' },
		});
		expect(ld['author']).toBe(author);
		expect(ld['mainEntityOfPage']).toEqual({
			'@type': 'WebPage',
			'@id': 'https://g.example/c/',
			reviewedBy: reviewer,
			lastReviewed: '2026-12-04',
		});
	});
	it('BreadcrumbList numbers its steps from 1', () => {
		const ld = breadcrumbLd([
			{ name: 'Guide', url: 'https://g.example/' },
			{ name: 'SOC 2', url: 'https://g.example/chapters/soc-2/' },
		]);
		expect((ld['itemListElement'] as { position: number }[]).map((i) => i.position)).toEqual([
			1, 2,
		]);
	});
	it('cannot close its script element early', () => {
		const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
		expect(json).not.toContain('</script>');
		expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
	});
});
