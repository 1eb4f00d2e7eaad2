import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	followRedirects,
	parseRedirects,
	redirectsFile,
	sectionAliases,
} from '../../../src/lib/campaign/redirects';
import { hostileText } from '../support/hostile';

const committed = readFileSync(
	fileURLToPath(new URL('../../../content/redirects.txt', import.meta.url)),
	'utf8',
);

describe('parseRedirects', () => {
	it('reads page moves and section renames, skipping comments and blank lines', () => {
		const { table, errors } = parseRedirects(
			`# comment\n\n/old/ /chapters/new/\n/chapters/new/#a /chapters/new/#b\n`,
		);
		expect(errors).toEqual([]);
		expect(table.pages).toEqual([{ from: '/old/', to: '/chapters/new/', line: 3 }]);
		expect(table.sections).toEqual([{ page: '/chapters/new/', from: 'a', to: 'b', line: 4 }]);
	});
	it('adds the trailing slash the site always uses', () => {
		expect(parseRedirects('/old /new').table.pages[0]).toMatchObject({
			from: '/old/',
			to: '/new/',
		});
	});
	it('keeps a #section named on the target of a page move', () => {
		expect(parseRedirects('/tsc/ /chapters/soc-2/#criteria').table.pages[0]!.to).toBe(
			'/chapters/soc-2/#criteria',
		);
	});
	it.each([
		['/a/', 'expected "old-url new-url"'],
		['/a/ /b/ 301', 'expected "old-url new-url"'],
		['https://x.example/a/ /b/', 'must be a site path'],
		['/a/?utm_source=x /b/', 'must be a site path'],
		['/a/ /a/', 'points to itself'],
		['/ /b/', 'home page cannot be redirected'],
		['/a/#x /b/#y', 'only be renamed within its page'],
		['/a/#x /a/', 'only be renamed within its page'],
		['/a/#x /a/#x', 'points to itself'],
		['/a/ /b/\n/a /c/', 'already redirected on line 1'],
	])('%j is refused with a message that names the line', (text, message) => {
		const { errors } = parseRedirects(text);
		expect(errors.length).toBe(1);
		expect(errors[0]).toMatch(/^line \d+: /);
		expect(errors[0]).toContain(message);
	});
	it('10,000 generated files: never throws; every rule is a site path, every refusal names its line', () => {
		const path = fc.oneof(
			fc.constantFrom(
				'/old/',
				'/a',
				'/chapters/soc-2/',
				'/chapters/soc-2/#x',
				'/',
				'https://x.example/a/',
				'/a/?q=1',
				'#x',
			),
			hostileText,
		);
		const line = fc.oneof(
			fc.tuple(path, path).map(([a, b]) => `${a} ${b}`),
			fc.constantFrom('# comment', '', '   ', '/a/ /b/ 301'),
			hostileText,
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
				const text = lines.join('\n');
				const { table, errors } = parseRedirects(text);
				const lineCount = text.split('\n').length;
				return (
					errors.every(
						(e) => /^line \d+: /.test(e) && Number(/^line (\d+)/.exec(e)![1]) <= lineCount,
					) &&
					table.pages.every(
						(r) => r.from.startsWith('/') && r.to.startsWith('/') && r.from !== r.to,
					) &&
					table.sections.every((r) => r.page.startsWith('/') && r.from !== r.to)
				);
			}),
			{ numRuns: 10_000 },
		);
	});
	it('the committed content/redirects.txt is valid', () => {
		const { table, errors } = parseRedirects(committed);
		expect(errors).toEqual([]);
		expect(table.pages.length + table.sections.length).toBeGreaterThan(0);
	});
});

describe('followRedirects', () => {
	const { table } = parseRedirects('/a/ /b/\n/b/ /c/#s\n/loop1/ /loop2/\n/loop2/ /loop1/');
	it('follows a chain to the final page and keeps the last #section named', () => {
		const end = followRedirects('/a/', table);
		expect(end).toMatchObject({ path: '/c/', hash: 's' });
		expect('hops' in end && end.hops.map((h) => h.from)).toEqual(['/a/', '/b/']);
	});
	it('returns the path itself when nothing redirects it', () => {
		expect(followRedirects('/live/', table)).toEqual({ path: '/live/', hash: '', hops: [] });
	});
	it('reports loops instead of hanging', () => {
		expect(followRedirects('/loop1/', table)).toEqual({
			error: expect.stringContaining('redirect loop'),
		});
	});
});

describe('sectionAliases', () => {
	it('lists the old ids of one page only', () => {
		const { table } = parseRedirects('/p/#old /p/#new\n/q/#x /q/#y');
		expect([...sectionAliases('/p/', table)]).toEqual([['old', 'new']]);
	});
});

describe('redirectsFile', () => {
	const { table } = parseRedirects('/a/ /b/\n/b/ /c/#s');
	it('writes one 301 per old path, with and without the slash, straight to the final page', () => {
		expect(
			redirectsFile(table, '/')
				.split('\n')
				.filter((l) => !l.startsWith('#') && l),
		).toEqual(['/a /c/#s 301', '/a/ /c/#s 301', '/b /c/#s 301', '/b/ /c/#s 301']);
	});
	it('prefixes the base path, and forces the rule for Netlify only when asked', () => {
		const text = redirectsFile(table, '/soc-guide/', { force: true });
		expect(text).toContain('/soc-guide/a/ /soc-guide/c/#s 301!');
		expect(redirectsFile(table, '/soc-guide/')).not.toContain('301!');
	});
});
