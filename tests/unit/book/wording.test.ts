import { describe, expect, it } from 'vitest';
import { certificationClaims, countInWords } from '../../../src/lib/book/wording';

describe('certificationClaims', () => {
	it.each([
		'We are SOC 2 certified.',
		'Get your SOC 2 certification in weeks.',
		'The SOC 1 Type II certificate arrived.',
		'Our SOC 3-certified platform is ready.',
	])('flags %j', (text) => expect(certificationClaims(text)).toHaveLength(1));

	it.each([
		'A SOC 2 report is not a certification.',
		'Marketing that says "SOC 2 certified" gets it wrong.',
		'Calling it “SOC 2 certification” is a mistake.',
		'ISO 27001 is a certification; SOC 2 is an attestation.',
		'There is no SOC 2 certification body.',
	])('accepts %j', (text) => expect(certificationClaims(text)).toEqual([]));

	it('finds each offending sentence in a longer text', () => {
		expect(
			certificationClaims(
				'SOC 2 is an attestation. We are SOC 2 certified! Ask for the SOC 1 certification.',
			),
		).toEqual(['We are SOC 2 certified!', 'Ask for the SOC 1 certification.']);
	});
});

describe('countInWords', () => {
	it('writes counts up to ten in words and larger ones in numerals', () => {
		expect(countInWords(0)).toBe('zero');
		expect(countInWords(7)).toBe('seven');
		expect(countInWords(10)).toBe('ten');
		expect(countInWords(11)).toBe('11');
		expect(countInWords(1500)).toBe('1500');
	});
	it('capitalizes for the start of a sentence', () => {
		expect(countInWords(7, true)).toBe('Seven');
		expect(countInWords(12, true)).toBe('12');
	});
	it('never prints a word for a count that is not a whole number from zero', () => {
		expect(countInWords(-1)).toBe('-1');
		expect(countInWords(2.5)).toBe('2.5');
	});
});
