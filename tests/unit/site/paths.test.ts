import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	canonicalUrl,
	fragmentId,
	isExternalOrSpecial,
	normalizeBase,
	withBase,
} from '../../../src/lib/site/paths';
import { hostileText } from '../support/hostile';

describe('normalizeBase', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['soc-guide', '/soc-guide/'],
		['/soc-guide', '/soc-guide/'],
		['//soc-guide//', '/soc-guide/'],
		[' /a/b/ ', '/a/b/'],
	])('%j → %s', (input, expected) => expect(normalizeBase(input)).toBe(expected));
});

describe('withBase', () => {
	it('leaves paths alone at the root', () => {
		expect(withBase('/chapters/soc-2/', '/')).toBe('/chapters/soc-2/');
	});
	it('prefixes root-relative paths, keeping hash and query', () => {
		expect(withBase('/chapters/soc-2/#scope', '/soc-guide/')).toBe(
			'/soc-guide/chapters/soc-2/#scope',
		);
		expect(withBase('/search/?q=x', 'soc-guide')).toBe('/soc-guide/search/?q=x');
		expect(withBase('/', '/soc-guide/')).toBe('/soc-guide/');
	});
	it('never prefixes twice', () => {
		expect(withBase('/soc-guide/glossary/', '/soc-guide/')).toBe('/soc-guide/glossary/');
		expect(withBase('/soc-guide', '/soc-guide/')).toBe('/soc-guide');
	});
	it('does not mistake a path that merely starts like the base for one inside it', () => {
		expect(withBase('/soc-guidebook/', '/soc-guide/')).toBe('/soc-guide/soc-guidebook/');
	});
	it.each([
		'https://example.com/x',
		'mailto:a@b.c',
		'//cdn.example.com/x',
		'#top',
		'?q=1',
		'relative/path',
	])('leaves %s untouched', (href) => expect(withBase(href, '/soc-guide/')).toBe(href));
});

describe('isExternalOrSpecial', () => {
	it('tells site paths from everything else', () => {
		expect(isExternalOrSpecial('/x/')).toBe(false);
		expect(isExternalOrSpecial('tel:+1')).toBe(true);
	});
});

describe('canonicalUrl', () => {
	it('joins origin, base and path and drops query and hash', () => {
		expect(canonicalUrl('https://x.com/', '/soc-guide/', '/chapters/a/?utm_source=y#z')).toBe(
			'https://x.com/soc-guide/chapters/a/',
		);
		expect(canonicalUrl('https://x.com', '/', '/')).toBe('https://x.com/');
		expect(canonicalUrl('https://x.com', '/', 'glossary/')).toBe('https://x.com/glossary/');
	});
});

describe('fragmentId', () => {
	it.each([
		['#scope', 'scope'],
		['#cost%20drivers', 'cost drivers'],
		['', ''],
		// A malformed escape in a shared link used to throw on pages opened from a search result.
		['#%E0%A4%A', '%E0%A4%A'],
		['#%', '%'],
	])('%j names %j', (hash, id) => expect(fragmentId(hash)).toBe(id));

	it('10,000 generated fragments: never throws, and reads back what encoding wrote', () => {
		fc.assert(
			fc.property(hostileText, (text) => {
				const id = fragmentId(`#${text}`);
				const wellFormed = text.toWellFormed();
				return (
					typeof id === 'string' && fragmentId(`#${encodeURIComponent(wellFormed)}`) === wellFormed
				);
			}),
			{ numRuns: 10_000 },
		);
	});
});
