import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex } from '../../../src/lib/site/contrast';
import { site } from '../../../src/site.config';
import { root } from '../../support/built';

/**
 * The page background and surface colours of each theme, read from src/styles/global.css, where
 * they are declared as `--bg: light-dark(<light>, <dark>)` (and likewise `--surface`).
 */
function backgrounds(): Record<'light' | 'dark', string[]> {
	const css = readFileSync(join(root, 'src/styles/global.css'), 'utf8');
	const found = { light: [] as string[], dark: [] as string[] };
	for (const name of ['bg', 'surface']) {
		const m = new RegExp(
			`--${name}:\\s*light-dark\\(\\s*(#[0-9a-f]{3,8})\\s*,\\s*(#[0-9a-f]{3,8})\\s*\\)`,
			'i',
		).exec(css);
		if (!m) throw new Error(`global.css: --${name} is not declared as light-dark(#light, #dark)`);
		found.light.push(m[1]!);
		found.dark.push(m[2]!);
	}
	return found;
}
const BACKGROUNDS = backgrounds();

describe('contrast helpers', () => {
	it('computes the WCAG ratios of known pairs', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		expect(contrastRatio('#fff', '#000')).toBe(contrastRatio('#000', '#fff'));
	});
	it('rejects colours it cannot read', () => {
		expect(() => parseHex('blue')).toThrow(/not a hex colour/);
		expect(() => parseHex('#12345')).toThrow();
	});
});

describe('site config', () => {
	it('has an absolute https origin without a trailing slash and a valid consultation URL', () => {
		expect(site.url).toMatch(/^https:\/\/[^/]+$/);
		// A site path (the guide's own form) or an absolute URL of a page elsewhere.
		expect(() => new URL(site.consultationUrl, site.url)).not.toThrow();
		expect(site.consultationUrl.startsWith('//')).toBe(false);
		expect(() => new URL(site.publisherUrl)).not.toThrow();
		expect(site.base.startsWith('/')).toBe(true);
	});
	for (const theme of ['light', 'dark'] as const) {
		it(`keeps the ${theme} brand colour readable (WCAG AA 4.5:1) on every background and on buttons`, () => {
			const { accent, accentText } = site.colors[theme];
			for (const bg of BACKGROUNDS[theme]) {
				expect(contrastRatio(accent, bg), `${accent} on ${bg}`).toBeGreaterThanOrEqual(4.5);
			}
			expect(
				contrastRatio(accent, accentText),
				`${accentText} on ${accent}`,
			).toBeGreaterThanOrEqual(4.5);
		});
	}
});
