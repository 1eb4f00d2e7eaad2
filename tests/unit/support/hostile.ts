/**
 * Hostile input for the fuzz tests: what people, mail clients and attackers do to a link or a form
 * field, mixed with arbitrary text. Shared so every parser faces the same garbage.
 */
import fc from 'fast-check';

/** Values that have broken pages before: markup, script, template syntax, broken escapes, numbers. */
export const HOSTILE_VALUES = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror=window.__pwned=1>',
	'javascript:alert(1)',
	"{{constructor.constructor('window.__pwned=1')()}}",
	'${7*7}',
	'%E0%A4%A',
	'%',
	'%00',
	'\u0000',
	'\uD800',
	'\u202E',
	'NaN',
	'Infinity',
	'-Infinity',
	'undefined',
	'null',
	'Invalid Date',
	'[object Object]',
	'__proto__',
	'constructor',
	'toString',
	'1e999',
	'-0',
	'0x10',
	'9'.repeat(40),
	' ',
	',,,',
	'::',
	'a'.repeat(300),
] as const;

/** Words that mean a page printed a failed calculation or a missing value. */
export const BROKEN_OUTPUT = /NaN|Infinity|undefined|Invalid Date|\[object/;

/** One hostile value, an arbitrary string, or a mix of both. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(...HOSTILE_VALUES),
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc
		.array(fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 6 })), {
			maxLength: 4,
		})
		.map((parts) => parts.join('')),
);

/** Percent-encoded like a browser would, or as it is when it cannot be (a lone surrogate). */
function encoded(text: string): string {
	try {
		return encodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * A query string from likely keys and hostile values, as a browser would carry it (encoded or not,
 * repeated keys, stray separators).
 */
export function queryOf(keys: readonly string[]): fc.Arbitrary<string> {
	const key = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...keys), hostileText);
	const pair = fc.tuple(
		key,
		fc.oneof(hostileText, fc.constantFrom('', '1', '2', 'yes')),
		fc.boolean(),
	);
	return fc
		.array(pair, { maxLength: 10 })
		.map((pairs) =>
			pairs
				.map(([k, v, encode]) => (encode ? `${encoded(k)}=${encoded(v)}` : `${k}=${v}`))
				.join('&'),
		);
}
