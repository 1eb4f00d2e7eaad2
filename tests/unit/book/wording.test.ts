import { describe, expect, it } from 'vitest';
import { certificationClaims } from '../../../src/lib/book/wording';

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
