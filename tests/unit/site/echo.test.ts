import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotable } from '../../../src/lib/site/echo';
import { BROKEN_OUTPUT, hostileText } from '../support/hostile';

describe('quotable', () => {
	it.each([
		['maybe', 'maybe'],
		['  two\nlines\t ', 'two lines'],
		['<script>', '<script>'],
		['a\u0000b\u202Ec', 'a b c'],
		['x'.repeat(60), `${'x'.repeat(39)}…`],
	])('%j is quoted as %j', (raw, expected) => expect(quotable(raw)).toBe(expected));

	it.each([
		'',
		'   ',
		undefined,
		'NaN',
		'undefined',
		'Invalid Date',
		'null',
		'Infinity',
		'[object Object]',
		'banana-nan',
	])('%j is described instead of quoted', (raw) => expect(quotable(raw)).toBeNull());

	it('10,000 generated values: one short line, or nothing, never a broken-looking word', () => {
		fc.assert(
			fc.property(hostileText, fc.integer({ min: 2, max: 80 }), (raw, max) => {
				const text = quotable(raw, max);
				return (
					text === null ||
					(Array.from(text).length <= max &&
						!/[\p{Cc}\n]/u.test(text) &&
						text === text.trim() &&
						!BROKEN_OUTPUT.test(text))
				);
			}),
			{ numRuns: 10_000 },
		);
	});
});
