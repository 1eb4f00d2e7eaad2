/**
 * Where a consultation request goes, and the exact request each destination expects. Pure: the
 * page's script sends what these functions build; the build reads the same settings for the
 * form's attributes and the Content-Security-Policy.
 */
import { cleanFields, FIELD_NAMES, type RequestFields } from './fields';

/** The destinations a publisher can choose in `src/site.config.ts` (`consultation.destination`). */
export type ConsultationDestination =
	/** No destination: the form prepares an email to `consultation.email` instead. */
	| { kind: 'none' }
	/** Any endpoint that accepts a POST: JSON, or form-encoded (also what a form without JavaScript sends). */
	| { kind: 'endpoint'; url: string; encoding: 'json' | 'form' }
	/** Netlify Forms: Netlify finds the form in the built HTML by its `data-netlify` attribute. */
	| { kind: 'netlify'; formName: string }
	/** HubSpot's Forms submission API v3 (no HubSpot script is loaded). */
	| { kind: 'hubspot'; portalId: string; formId: string; apiOrigin?: string };

/** The consultation settings of the site config. */
export interface ConsultationSettings {
	destination: ConsultationDestination;
	/** Address the prepared email goes to when no destination is set. */
	email: string;
	/** The consent checkbox's label: what the visitor agrees to. Also sent with the request. */
	consent: string;
	/** Ask for an email address (through this form) before the PDF e-book download. */
	gateEbook: boolean;
}

/** HubSpot's API host (https://developers.hubspot.com/docs/api/marketing/forms, v3 submissions). */
export const HUBSPOT_API_ORIGIN = 'https://api.hsforms.com';

/** The URL a destination receives the request at; null when the request goes by email. */
export function destinationUrl(
	destination: ConsultationDestination,
	pagePath: string,
): string | null {
	switch (destination.kind) {
		case 'endpoint':
			return destination.url;
		case 'netlify':
			// Netlify takes submissions on any path of the site; the form's own page is the simplest.
			return pagePath;
		case 'hubspot':
			return `${(destination.apiOrigin ?? HUBSPOT_API_ORIGIN).replace(/\/+$/, '')}/submissions/v3/integration/submit/${encodeURIComponent(destination.portalId)}/${encodeURIComponent(destination.formId)}`;
		case 'none':
			return null;
	}
}

/** The origin a destination needs in `connect-src` and `form-action`, when it is another site. */
export function destinationOrigin(destination: ConsultationDestination): string | null {
	const url = destinationUrl(destination, '/');
	if (!url || url.startsWith('/')) return null;
	return new URL(url).origin;
}

/** True when a plain HTML form POST (no JavaScript) can deliver the request. */
export function acceptsPlainPost(destination: ConsultationDestination): boolean {
	return destination.kind === 'endpoint' || destination.kind === 'netlify';
}

/** What the request says, flat: the visitor's fields, the consent text, the attached context. */
export function requestRecord(
	fields: RequestFields,
	consentText: string,
	context: Record<string, string>,
): Record<string, string> {
	const f = cleanFields(fields);
	const record: Record<string, string> = {
		name: f.name,
		email: f.email,
		company: f.company,
		role: f.role,
		message: f.message,
		contact: f.contact,
	};
	if (f.contact === 'phone') record.phone = f.phone;
	record.consent = consentText;
	for (const [key, value] of Object.entries(context)) if (!(key in record)) record[key] = value;
	return record;
}

/** An HTTP request to make: method is always POST. */
export interface PreparedRequest {
	url: string;
	headers: Record<string, string>;
	body: string;
}

/** The context as lines of text, for destinations that only take known fields (HubSpot). */
export function contextLines(context: Record<string, string>): string {
	return Object.entries(context)
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n');
}

/** The request for a destination; null for 'none' (see mailtoHref). */
export function prepareRequest(
	destination: ConsultationDestination,
	record: Record<string, string>,
	page: { path: string; title: string; url: string },
): PreparedRequest | null {
	const url = destinationUrl(destination, page.path);
	if (url === null) return null;
	switch (destination.kind) {
		case 'endpoint':
			return destination.encoding === 'json'
				? { url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) }
				: {
						url,
						headers: { 'content-type': 'application/x-www-form-urlencoded' },
						body: new URLSearchParams(record).toString(),
					};
		case 'netlify':
			// Netlify matches the submission to the detected form by its `form-name` field.
			return {
				url,
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ 'form-name': destination.formName, ...record }).toString(),
			};
		case 'hubspot':
			return {
				url,
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(hubspotBody(record, page)),
			};
		case 'none':
			return null;
	}
}

const VISITOR_FIELDS = new Set<string>(FIELD_NAMES);

/**
 * HubSpot's v3 submission: contact properties by their internal names (`firstname`, `lastname`,
 * `email`, `company`, `jobtitle`, `phone`, `message`), the page as `context` and the consent as
 * `legalConsentOptions`. HubSpot rejects fields its form does not have, so the attached context
 * travels inside `message`, after the visitor's own text.
 */
export function hubspotBody(record: Record<string, string>, page: { title: string; url: string }) {
	const [first = '', ...rest] = (record.name ?? '').split(/\s+/);
	const context = Object.fromEntries(
		Object.entries(record).filter(([k]) => !VISITOR_FIELDS.has(k)),
	);
	const extra = contextLines({ contact: record.contact ?? 'email', ...context });
	const fields: { objectTypeId: string; name: string; value: string }[] = [
		{ name: 'firstname', value: first },
		{ name: 'lastname', value: rest.join(' ') },
		{ name: 'email', value: record.email ?? '' },
		{ name: 'company', value: record.company ?? '' },
		{ name: 'jobtitle', value: record.role ?? '' },
		...(record.phone ? [{ name: 'phone', value: record.phone }] : []),
		{ name: 'message', value: [record.message ?? '', extra].filter(Boolean).join('\n\n') },
	]
		.filter((f) => f.value !== '')
		.map((f) => ({ objectTypeId: '0-1', ...f }));
	return {
		fields,
		context: { pageUri: page.url, pageName: page.title },
		legalConsentOptions: { consent: { consentToProcess: true, text: record.consent ?? '' } },
	};
}

/** Longest mailto: link prepared; mail programs truncate or refuse much longer ones. */
export const MAX_MAILTO = 1800;

/** The text with unpaired surrogates (which cannot be encoded in a URL) replaced by U+FFFD. */
function wellFormed(text: string): string {
	return text.replace(
		/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
		'\uFFFD',
	);
}

/** The prepared email when no destination is set: subject and body of plain text. */
export function mailtoHref(to: string, record: Record<string, string>, subject: string): string {
	const lines = Object.entries(record).map(([k, v]) => `${k}: ${v}`);
	let body = lines.join('\n');
	const build = () =>
		`mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(wellFormed(body))}`;
	// Shorten the body (never the address or subject) until the link fits.
	if (build().length <= MAX_MAILTO) return build();
	// The longest start of the body (marked as cut) that fits: a binary search over its length.
	const full = Array.from(body);
	let lo = 0;
	let hi = full.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		body = `${full.slice(0, mid).join('')}…`;
		if (build().length <= MAX_MAILTO) lo = mid;
		else hi = mid - 1;
	}
	body = `${full.slice(0, lo).join('')}…`;
	return build();
}
