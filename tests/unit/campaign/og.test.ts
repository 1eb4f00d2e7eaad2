import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	clampText,
	ogImagePath,
	pageForOgImage,
	pngSize,
	shareCardTree,
	titleFontSize,
	type CardNode,
} from '../../../src/lib/campaign/og';

describe('ogImagePath', () => {
	it.each([
		['/', '/og/home.png'],
		['/chapters/soc-2/', '/og/chapters/soc-2.png'],
		['/chapters/soc-2/?utm_source=x#scope', '/og/chapters/soc-2.png'],
		['/404.html', '/og/404.png'],
		['/glossary', '/og/glossary.png'],
	])('%s → %s', (page, image) => expect(ogImagePath(page)).toBe(image));
});

describe('pageForOgImage', () => {
	const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
	it('finds the page of every page’s image (home and nested pages included)', () => {
		expect(pageForOgImage(ogImagePath('/'))).toBe('/');
		fc.assert(
			fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (parts) => {
				fc.pre(parts.join('/') !== 'home');
				const page = `/${parts.join('/')}/`;
				expect(pageForOgImage(ogImagePath(page))).toBe(page);
			}),
			{ numRuns: 2000 },
		);
	});
	it.each([
		'/og/',
		'/og/.png',
		'/og/../secret.png',
		'/og/chapters/../x.png',
		'/og/a//b.png',
		'/og/home.jpg',
		'/og/home.png?x=1',
		'/chapters/soc-2.png',
		'og/home.png',
	])('%s is not a share image', (path) => expect(pageForOgImage(path)).toBeNull());
	it('never throws, whatever the path', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (path) => {
				const page = pageForOgImage(path);
				if (page !== null) expect(page).toMatch(/^\/([\w-]+\/)*$/);
			}),
			{ numRuns: 10_000 },
		);
	});
});

describe('card text', () => {
	it('shrinks the title as it grows, never below a legible size', () => {
		const sizes = [10, 30, 50, 80, 120, 200].map((n) => titleFontSize('x'.repeat(n)));
		expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(40);
	});
	it('clamps overlong text at a word with an ellipsis and leaves short text alone', () => {
		expect(clampText('Short title', 40)).toBe('Short title');
		const long = clampText(
			'The complete guide to reading a SOC 2 report when your customer sends one over',
			40,
		);
		expect(long.endsWith('…')).toBe(true);
		expect([...long].length).toBeLessThanOrEqual(40);
		expect(long).not.toMatch(/\s…$/);
	});
	it('never exceeds the limit, whatever the text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 5, max: 200 }), (text, max) => {
				expect([...clampText(text, max)].length).toBeLessThanOrEqual(max);
			}),
		);
	});
});

describe('shareCardTree', () => {
	const texts = (node: CardNode | string): string[] =>
		typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap((c) => texts(c));
	const card = {
		title: 'SOC 2 explained',
		kicker: 'Basics',
		siteTitle: 'SOC Reports: Your Complete Guide',
		publisher: 'Northbridge',
		host: 'guide.example.com',
	};
	it('shows the publisher, part, title, guide name and host in the brand colours', () => {
		const tree = shareCardTree(
			card,
			{ background: '#1d4ed8', text: '#ffffff' },
			'data:image/svg+xml;base64,',
		);
		expect(texts(tree)).toEqual([
			'Northbridge',
			'Basics',
			'SOC 2 explained',
			'SOC Reports: Your Complete Guide',
			'guide.example.com',
		]);
		expect(tree.props.style).toMatchObject({ background: '#1d4ed8', color: '#ffffff' });
	});
	it('leaves the kicker out when a page has none', () => {
		expect(
			texts(shareCardTree({ ...card, kicker: '' }, { background: '#000', text: '#fff' }, '')),
		).not.toContain('');
	});
});

describe('pngSize', () => {
	it('reads the IHDR size and rejects other bytes', () => {
		const header = Uint8Array.from([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 4, 176, 0,
			0, 2, 118,
		]);
		expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
		expect(pngSize(new TextEncoder().encode('GIF89a not a png at all'))).toBeNull();
	});
});
