import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineHashes, narrowPageCsp, withOwnHashesOnly } from '../../../src/lib/site/csp';

describe('inlineHashes', () => {
	it('hashes inline scripts and styles, not scripts with src or JSON data blocks', () => {
		const html = [
			'<script>boot()</script>',
			'<script type="module">run()</script>',
			'<script type="application/ld+json">{"a":1}</script>',
			'<script type="module" src="/x.js"></script>',
			'<style>p{color:red}</style>',
			'<template><script>later()</script></template>',
		].join('');
		expect(inlineHashes(html)).toEqual(
			new Set([cspHash('boot()'), cspHash('run()'), cspHash('p{color:red}'), cspHash('later()')]),
		);
	});
});

describe('withOwnHashesOnly', () => {
	it('keeps the page’s hashes and every other source, and drops the hashes of other pages', () => {
		const policy =
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC='";
		expect(withOwnHashesOnly(policy, new Set(['sha256-BBB=']))).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-BBB='; style-src 'self'",
		);
	});

	it('any policy: exactly the kept hashes that were there remain, and nothing else changes', () => {
		const hash = fc.stringMatching(/^[A-Za-z0-9+/]{4,12}=?$/).map((h) => `sha256-${h}`);
		fc.assert(
			fc.property(
				fc.uniqueArray(hash, { maxLength: 8 }),
				fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
				(hashes, kept) => {
					const keep = new Set(hashes.filter((_, i) => kept[i]));
					const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'${hashes.map((h) => ` '${h}'`).join('')}; img-src 'self' data:`;
					const narrowed = withOwnHashesOnly(policy, keep);
					const left = [...narrowed.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]);
					expect(left).toEqual(hashes.filter((h) => keep.has(h)));
					expect(narrowed.replace(/ '(sha256-[^']+)'/g, '')).toBe(
						policy.replace(/ '(sha256-[^']+)'/g, ''),
					);
				},
			),
		);
	});
});

describe('narrowPageCsp', () => {
	it('narrows the meta tag of a page to its own inline code and leaves the rest of the page alone', () => {
		const mine = cspHash('boot()');
		const page = `<head><meta http-equiv="content-security-policy" content="script-src 'self' '${mine}' 'sha256-other='"><script>boot()</script></head><body>sha256-other=</body>`;
		expect(narrowPageCsp(page)).toBe(
			`<head><meta http-equiv="content-security-policy" content="script-src 'self' '${mine}'"><script>boot()</script></head><body>sha256-other=</body>`,
		);
		expect(narrowPageCsp('<p>no policy</p>')).toBe('<p>no policy</p>');
	});
});
