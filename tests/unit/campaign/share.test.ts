import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../../src/lib/campaign/share';

describe('shareLinks', () => {
	const page = {
		url: 'https://guide.example/chapters/soc-2/',
		title: 'SOC 2 & you',
		description: 'What it covers.',
	};
	const [linkedin, x, email] = shareLinks(page, '@firm');
	it('shares the canonical URL on LinkedIn', () => {
		expect(new URL(linkedin!.href).searchParams.get('url')).toBe(page.url);
	});
	it('shares title, URL and the publisher handle on X', () => {
		const params = new URL(x!.href).searchParams;
		expect(Object.fromEntries(params)).toEqual({ text: 'SOC 2 & you', url: page.url, via: 'firm' });
	});
	it('writes an email with %20 spaces (mail apps show "+" literally) and the link in the body', () => {
		expect(email!.href).toContain('subject=SOC%202%20%26%20you');
		expect(decodeURIComponent(email!.href.split('body=')[1]!)).toBe(
			'What it covers.\n\nhttps://guide.example/chapters/soc-2/',
		);
		expect(email!.newTab).toBe(false);
	});
	it('leaves out "via" when there is no handle', () => {
		expect(shareLinks(page)[1]!.href).not.toContain('via=');
	});
});
