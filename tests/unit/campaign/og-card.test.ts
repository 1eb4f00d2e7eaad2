import { describe, expect, it } from 'vitest';
import { cardForPage } from '../../../src/lib/campaign/og';
import { site } from '../../../src/site.config';

const prefix = 'https://guide.example/soc-guide/';
const head = (meta: Record<string, string>) =>
	`<html><head>${Object.entries(meta)
		.map(([k, v]) => `<meta property="${k}" content="${v}">`)
		.join('')}</head></html>`;

describe('cardForPage', () => {
	it('takes a chapter card from the page’s own title and part, and the file from its og:image', () => {
		const found = cardForPage(
			head({
				'og:title': 'SOC 2 &amp; you',
				'og:image': `${prefix}og/chapters/soc-2.png`,
				'article:section': 'Basics',
			}),
			prefix,
			site,
		);
		expect(found).toEqual({
			image: 'og/chapters/soc-2.png',
			card: {
				title: 'SOC 2 & you',
				kicker: 'Basics',
				siteTitle: site.title,
				publisher: site.publisher,
				host: new URL(site.url).host,
			},
		});
	});
	it('shows the pitch on the home card instead of repeating the guide’s name', () => {
		const found = cardForPage(
			head({
				'og:title': site.title,
				'og:description': 'The pitch.',
				'og:image': `${prefix}og/home.png`,
			}),
			prefix,
			site,
		);
		expect(found?.card).toMatchObject({ title: 'The pitch.', kicker: '' });
	});
	it('skips pages without an image of ours (redirect stubs, foreign images)', () => {
		expect(cardForPage('<html><head></head></html>', prefix, site)).toBeNull();
		expect(cardForPage(head({ 'og:image': 'https://cdn.example/x.png' }), prefix, site)).toBeNull();
	});
});
