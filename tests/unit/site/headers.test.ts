import { describe, expect, it } from 'vitest';
import { buildHeadersFile, cspFromHtml, headerPolicy, SECURITY_HEADERS } from '../../../src/lib/site/headers';
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
		expect(headerPolicy("default-src 'self'; script-src 'self';")).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
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
		expect(lines[lines.indexOf('/a/') + 1]).toBe("  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'");
	});
});

describe('cspHash', () => {
	it('matches the sha256 source expression browsers compute', () => {
		// Known value: sha256 of the empty string.
		expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		expect(cspHash('a')).not.toBe(cspHash('b'));
	});
});
