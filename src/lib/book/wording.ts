/**
 * Sentences that call a SOC report a certification. A SOC report is an attestation by a CPA firm;
 * "SOC 2 certified" is the most common mistake in the field, so the guide must never make it.
 * Quoted phrases are mentions (warning against the term), and negated sentences are corrections.
 */
export function certificationClaims(text: string): string[] {
	const unquoted = text.replace(/"[^"\n]*"|“[^”\n]*”/g, ' ');
	return unquoted
		.split(/(?<=[.!?])\s+|\n{2,}/)
		.filter((s) =>
			/\bSOC\s*[123](?:\s+Type\s+(?:I{1,2}|[12]))?[\s-]+(?:certified|certification|certificate)\b/i.test(
				s,
			),
		)
		.filter((s) => !/\b(?:not|isn't|is not|never|no)\b/i.test(s))
		.map((s) => s.trim());
}

const NUMBER_WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
];

/**
 * A count as the guide writes it in running text: words up to ten, numerals above ('seven',
 * '12'); `capital` for the start of a sentence, which should not start with a numeral.
 */
export function countInWords(n: number, capital = false): string {
	const word = Number.isInteger(n) && n >= 0 ? NUMBER_WORDS[n] : undefined;
	if (word === undefined) return String(n);
	return capital ? word[0]!.toUpperCase() + word.slice(1) : word;
}
