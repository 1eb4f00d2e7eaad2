import { describe, expect, it } from 'vitest';
import {
	buildHeadersFile,
	cspFromHtml,
	headerPolicy,
	IMMUTABLE_CACHE,
	PAGE_CACHE,
	SECURITY_HEADERS,
} from '../../../src/lib/site/headers';
import { cspHash } from '../../../src/lib/site/csp';

describe('cspFromHtml', () => {
	it('reads the policy of the meta tag Astro writes', () => {
		const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self';  script-src 'self' 'sha256-x';"></head>`;
		expect(cspFromHtml(html)).toBe("default-src 'self'; script-src 'self' 'sha256-x';");
	});
	it('is undefined for a page without one', () => {
		expect(cspFromHtml('<head><title>x</title></head>')).toBeUndefined();
	});
});

describe('headerPolicy', () => {
	it('adds frame-ancestors, which a meta tag cannot carry, once', () => {
		expect(headerPolicy("default-src 'self'; script-src 'self';")).toBe(
			"default-src 'self'; script-src 'self'; frame-ancestors 'none'",
		);
		expect(headerPolicy("frame-ancestors 'self'")).toBe("frame-ancestors 'self'");
	});
});

describe('buildHeadersFile', () => {
	it('lists shared headers for every path, then each page’s CSP, sorted', () => {
		const file = buildHeadersFile([
			{ path: '/b/', csp: "default-src 'self'" },
			{ path: '/a/', csp: "default-src 'none'" },
		]);
		const lines = file.split('\n');
		expect(lines[0]).toBe('/*');
		for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${k}: ${v}`);
		expect(lines.indexOf('/a/')).toBeLessThan(lines.indexOf('/b/'));
		expect(lines[lines.indexOf('/a/') + 1]).toBe(
			"  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
		);
	});
	it('caches hashed files for a year and makes pages and Pagefind’s fixed-name files revalidate, under the base path', () => {
		const file = buildHeadersFile([{ path: '/guide/a/', csp: "default-src 'self'" }], '/guide/');
		const rule = (path: string) => {
			const lines = file.split('\n');
			const at = lines.indexOf(path);
			expect(at, `a rule for ${path}`).toBeGreaterThan(-1);
			const block: string[] = [];
			for (let i = at + 1; i < lines.length && lines[i]!.startsWith('  '); i++)
				block.push(lines[i]!.trim());
			return block;
		};
		expect(rule('/guide/_astro/*')).toEqual([`Cache-Control: ${IMMUTABLE_CACHE}`]);
		expect(rule('/guide/pagefind/fragment/*')).toEqual([`Cache-Control: ${IMMUTABLE_CACHE}`]);
		expect(rule('/guide/pagefind/pagefind.js')).toEqual([`Cache-Control: ${PAGE_CACHE}`]);
		expect(rule('/guide/a/')).toContain(`Cache-Control: ${PAGE_CACHE}`);
		expect(IMMUTABLE_CACHE).toMatch(/immutable/);
		expect(PAGE_CACHE).toMatch(/max-age=0, must-revalidate/);
		// Hosts join values from several matching rules: the catch-all sets no caching of its own.
		expect(rule('/*').some((l) => l.startsWith('Cache-Control'))).toBe(false);
	});
});

describe('cspHash', () => {
	it('matches the sha256 source expression browsers compute', () => {
		// Known value: sha256 of the empty string.
		expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		expect(cspHash('a')).not.toBe(cspHash('b'));
	});
});
