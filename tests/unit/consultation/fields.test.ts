import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	cleanFields,
	emptyFields,
	FIELD_LIMITS,
	fieldsFromEntries,
	validateField,
	validateRequest,
	type RequestFields,
} from '../../../src/lib/consultation/fields';
import { hostileText, HOSTILE_VALUES } from '../support/hostile';

const valid: RequestFields = {
	name: 'Ana Ruiz',
	email: 'ana@acme.io',
	company: 'Acme',
	role: 'CTO',
	message: 'We need a SOC 2 by June.',
	contact: 'email',
	phone: '',
	consent: true,
};

describe('validateRequest', () => {
	it('accepts a complete request', () => {
		expect(validateRequest(valid)).toEqual({});
	});
	it('an empty form names every required field and the consent', () => {
		expect(Object.keys(validateRequest(emptyFields())).sort()).toEqual([
			'company',
			'consent',
			'email',
			'name',
		]);
	});
	it.each(['ana', 'ana@', '@acme.io', 'ana@acme', 'ana @acme.io', 'ana@acme..io', '<script>@x.io'])(
		'rejects the email %j with an example of a valid one',
		(email) => {
			expect(validateField('email', { ...valid, email })).toMatch(/name@company\.com/);
		},
	);
	it('asks for a phone number only when phone is chosen', () => {
		expect(validateField('phone', { ...valid, contact: 'email', phone: 'abc' })).toBeNull();
		expect(validateField('phone', { ...valid, contact: 'phone', phone: '' })).toMatch(
			/Enter a phone number/,
		);
		expect(validateField('phone', { ...valid, contact: 'phone', phone: '12' })).toMatch(
			/7 to 15 digits/,
		);
		expect(
			validateField('phone', { ...valid, contact: 'phone', phone: '+1 (555) 010-0199' }),
		).toBeNull();
	});
	it('says how long a 10,000-character field is and what the limit is', () => {
		const long = 'x'.repeat(10_000);
		expect(validateField('message', { ...valid, message: long })).toBe(
			`Message is too long: 10,000 characters, at most ${FIELD_LIMITS.message.toLocaleString('en-US')}.`,
		);
		expect(validateField('name', { ...valid, name: long })).toMatch(
			/too long: 10,000 characters, at most 100/,
		);
	});
	it('refuses markup and script in one-line fields', () => {
		expect(validateField('name', { ...valid, name: '<script>alert(1)</script>' })).toMatch(
			/cannot contain/,
		);
		expect(validateField('company', { ...valid, company: 'x" onerror=alert(1)' })).toMatch(
			/cannot contain/,
		);
	});
	it('requires the consent', () => {
		expect(validateField('consent', { ...valid, consent: false })).toMatch(/Tick the box/);
	});
	it('10,000 generated forms: never throws, every problem is a sentence, valid only within limits', () => {
		const text = fc.oneof(
			hostileText,
			fc.constantFrom(...HOSTILE_VALUES),
			fc.string({ maxLength: 20 }),
		);
		fc.assert(
			fc.property(
				text,
				text,
				text,
				text,
				text,
				fc.constantFrom('email', 'phone', 'fax', ''),
				text,
				fc.boolean(),
				(name, email, company, role, message, contact, phone, consent) => {
					const fields = { name, email, company, role, message, contact, phone, consent };
					const errors = validateRequest(fields);
					for (const message of Object.values(errors)) expect(message).toMatch(/^[A-Z].*[.:]$/);
					if (Object.keys(errors).length === 0) {
						const clean = cleanFields(fields);
						expect(consent).toBe(true);
						for (const [key, max] of Object.entries(FIELD_LIMITS))
							expect(
								Array.from(String(clean[key as keyof RequestFields])).length,
							).toBeLessThanOrEqual(max);
						expect(`${clean.name}${clean.company}${clean.role}`).not.toMatch(/[<>]/);
					}
				},
			),
			{ numRuns: 10_000 },
		);
	});
});

describe('fieldsFromEntries', () => {
	it('reads form data and ignores unknown fields and files', () => {
		const fields = fieldsFromEntries([
			['name', 'Ana'],
			['consent', 'yes'],
			['website', 'spam'],
			['__proto__', 'x'],
			['role', {}],
		]);
		expect(fields).toEqual({ ...emptyFields(), name: 'Ana', consent: true });
	});
});
