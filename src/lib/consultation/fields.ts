/**
 * The consultation request's fields and their rules: one source for the page's markup (names,
 * limits, labels), the browser's field-level checks and the payload sent to the destination.
 */

/** How the visitor wants to be reached. */
export type ContactMethod = 'email' | 'phone';

/** What the visitor typed, as the form holds it (every value a string, as form controls give it). */
export interface RequestFields {
	name: string;
	email: string;
	company: string;
	role: string;
	message: string;
	contact: string;
	phone: string;
	consent: boolean;
}

export type FieldName = keyof RequestFields;

/** Longest value accepted per field (the message is a short note, not a document). */
export const FIELD_LIMITS: Record<Exclude<FieldName, 'consent'>, number> = {
	name: 100,
	email: 254,
	company: 120,
	role: 100,
	message: 3000,
	contact: 5,
	phone: 30,
};

/** Field names of the visible text controls, in the order the form shows them. */
export const TEXT_FIELDS = ['name', 'email', 'company', 'role', 'message'] as const;

/** The honeypot: a field people never see or fill in; a value means a bot filled it. */
export const HONEYPOT_FIELD = 'website';

/** An empty request (also what a malformed draft falls back to). */
export function emptyFields(): RequestFields {
	return {
		name: '',
		email: '',
		company: '',
		role: '',
		message: '',
		contact: 'email',
		phone: '',
		consent: false,
	};
}

// A practical check (what browsers' type=email accepts, plus a dot in the domain): one @, no
// spaces, a domain with a dot. Deliverability is the destination's business.
const EMAIL =
	/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
// Digits with the usual separators and an optional leading +; 7 to 15 digits (E.164's maximum).
const PHONE = /^\+?[0-9 ().-]+$/;
// Markup or script-like text in a one-line field is never a real name, company or role.
const MARKUP = /[<>]|javascript:|\bon\w+\s*=/i;

/** Field-level problems: a message per field that needs fixing; empty when the request can be sent. */
export type FieldErrors = Partial<Record<FieldName, string>>;

const LABELS: Record<FieldName, string> = {
	name: 'Your name',
	email: 'Work email',
	company: 'Company',
	role: 'Role',
	message: 'Message',
	contact: 'How to reach you',
	phone: 'Phone number',
	consent: 'Consent',
};

/** Every field the visitor fills in, in the form's order. */
export const FIELD_NAMES = Object.keys(LABELS) as FieldName[];

/** The visible label of a field (also used to name it in the error summary). */
export function fieldLabel(field: FieldName): string {
	return LABELS[field];
}

function tooLong(field: Exclude<FieldName, 'consent'>, value: string): string | null {
	const max = FIELD_LIMITS[field];
	const length = Array.from(value).length;
	return length > max
		? `${LABELS[field]} is too long: ${length.toLocaleString('en-US')} characters, at most ${max.toLocaleString('en-US')}.`
		: null;
}

/** Checks one field in the context of the others (the phone is needed only when phone is chosen). */
export function validateField(field: FieldName, fields: RequestFields): string | null {
	switch (field) {
		case 'name':
		case 'company': {
			const value = fields[field].trim();
			if (value === '') return `Enter ${field === 'name' ? 'your name' : 'your company’s name'}.`;
			return (
				tooLong(field, value) ??
				(MARKUP.test(value) ? `${LABELS[field]} cannot contain < or > or code.` : null)
			);
		}
		case 'role': {
			const value = fields.role.trim();
			return (
				tooLong('role', value) ??
				(MARKUP.test(value) ? 'Role cannot contain < or > or code.' : null)
			);
		}
		case 'email': {
			const value = fields.email.trim();
			if (value === '') return 'Enter your work email, so the team can reply.';
			return (
				tooLong('email', value) ??
				(EMAIL.test(value) ? null : 'Enter an email address like name@company.com.')
			);
		}
		case 'message':
			return tooLong('message', fields.message.trim());
		case 'contact':
			return fields.contact === 'email' || fields.contact === 'phone'
				? null
				: 'Choose email or phone.';
		case 'phone': {
			if (fields.contact !== 'phone') return null;
			const value = fields.phone.trim();
			if (value === '') return 'Enter a phone number, or choose email.';
			const digits = value.replace(/\D/g, '').length;
			if (tooLong('phone', value)) return tooLong('phone', value);
			return PHONE.test(value) && digits >= 7 && digits <= 15
				? null
				: 'Enter a phone number of 7 to 15 digits, like +1 555 010 0199.';
		}
		case 'consent':
			return fields.consent ? null : 'Tick the box to agree, or the request cannot be sent.';
	}
}

/** Every field's problem; an empty record means the request can be sent. */
export function validateRequest(fields: RequestFields): FieldErrors {
	const errors: FieldErrors = {};
	for (const field of Object.keys(LABELS) as FieldName[]) {
		const problem = validateField(field, fields);
		if (problem) errors[field] = problem;
	}
	return errors;
}

/** The values as sent: trimmed, the phone only when phone was chosen. */
export function cleanFields(fields: RequestFields): RequestFields {
	const contact: ContactMethod = fields.contact === 'phone' ? 'phone' : 'email';
	return {
		name: fields.name.trim(),
		email: fields.email.trim(),
		company: fields.company.trim(),
		role: fields.role.trim(),
		message: fields.message.trim(),
		contact,
		phone: contact === 'phone' ? fields.phone.trim() : '',
		consent: fields.consent,
	};
}

/** Reads the request from form data (a FormData or the entries of one); unknown fields are ignored. */
export function fieldsFromEntries(entries: Iterable<[string, unknown]>): RequestFields {
	const out = emptyFields();
	for (const [key, value] of entries) {
		if (typeof value !== 'string') continue;
		if (key === 'consent') out.consent = value !== '';
		else if (key in out && key !== 'consent')
			(out as unknown as Record<string, string>)[key] = value;
	}
	return out;
}
