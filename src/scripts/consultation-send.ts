/**
 * Sending a consultation request: to the configured destination (a POST with a timeout, and a retry
 * offered on any failure) or as a prepared email, then the confirmation with what was sent and the
 * `lead_submit` event (no personal data in it). The form's script (./consultation.ts) loads this
 * once the visitor starts on the form. Values only ever reach the page as text.
 */
import {
	mailtoHref,
	prepareRequest,
	requestRecord,
	type ConsultationDestination,
} from '../lib/consultation/destination';
import { DRAFT_STORAGE_KEY } from '../lib/consultation/draft';
import type { RequestFields } from '../lib/consultation/fields';
import { track } from './analytics';

/** What the page tells the script, in the form's data-config. */
export interface PageConfig {
	destination: ConsultationDestination;
	email: string;
	consent: string;
	page: string;
	ebook: string;
}

/** A checked request, ready to go. */
export interface Submission {
	form: HTMLFormElement;
	config: PageConfig;
	fields: RequestFields;
	/** The attached context the visitor kept, flattened to fields. */
	context: Record<string, string>;
	/** Which context items went along, for the event ('plan,estimate'). */
	attached: string;
	ebookMode: boolean;
	/** The hidden field was filled: confirm as usual and send nothing. */
	bot: boolean;
	setStatus: (text: string) => void;
	/** A failed send: says what happened, offers Try again and takes the focus there. */
	failed: (text: string) => void;
}

/** How long a send may take before the visitor is told it failed (a slow server still gets time). */
const SEND_TIMEOUT_MS = 20_000;

export async function submit(s: Submission): Promise<void> {
	const record = requestRecord(s.fields, s.config.consent, s.context);
	if (s.ebookMode) record.request = 'ebook';
	if (s.bot) confirm(s, record, false);
	else await send(s, record);
}

async function send(s: Submission, record: Record<string, string>): Promise<void> {
	const { form, config, ebookMode, setStatus, failed } = s;
	const page = {
		path: config.page,
		title: document.title,
		url: location.origin + location.pathname,
	};
	const request = prepareRequest(config.destination, record, page);
	if (!request) {
		const subject = ebookMode ? 'E-book request' : 'Consultation request';
		const mailto = mailtoHref(config.email, record, subject);
		const fallback = document.querySelector<HTMLElement>('#consult-sent-mailto')!;
		fallback.querySelector('a')!.href = mailto;
		fallback.hidden = false;
		confirm(s, record, true);
		location.href = mailto;
		return;
	}
	const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
	button.disabled = true;
	setStatus('Sending your request…');
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), SEND_TIMEOUT_MS);
	try {
		const response = await fetch(request.url, {
			method: 'POST',
			headers: request.headers,
			body: request.body,
			signal: controller.signal,
			credentials: 'omit',
		});
		if (!response.ok) {
			failed(
				`The request was not sent: the server answered with an error (${response.status}). Your text is kept; try again in a moment.`,
			);
			return;
		}
		confirm(s, record, false);
	} catch {
		failed(
			controller.signal.aborted
				? 'The request was not sent: the server took too long to answer. Your text is kept; try again.'
				: 'The request was not sent: the server could not be reached (are you offline?). Your text is kept; try again.',
		);
	} finally {
		clearTimeout(timer);
		button.disabled = false;
	}
}

function confirm(s: Submission, record: Record<string, string>, byEmail: boolean): void {
	const { form, config, ebookMode, setStatus } = s;
	// A bot sees the usual confirmation but is not counted as a lead.
	if (!s.bot)
		track('lead_submit', {
			destination: config.destination.kind,
			request: ebookMode ? 'ebook' : 'consultation',
			attached: s.attached,
		});
	try {
		sessionStorage.removeItem(DRAFT_STORAGE_KEY);
	} catch {
		// Nothing to clear.
	}
	const sent = document.querySelector<HTMLElement>('#consult-sent')!;
	const list = sent.querySelector<HTMLElement>('#consult-sent-list')!;
	list.replaceChildren();
	for (const [key, value] of Object.entries(record)) {
		if (value === '') continue;
		const dt = document.createElement('dt');
		dt.textContent = key;
		const dd = document.createElement('dd');
		dd.textContent = value;
		list.append(dt, dd);
	}
	if (byEmail) {
		sent.querySelector('#consult-sent-title')!.textContent = 'Your email is ready';
		sent.querySelector('#consult-sent-lead')!.textContent =
			`Your mail program should open with this request to ${config.email}; send it from there. It holds:`;
	}
	if (ebookMode) {
		const download = sent.querySelector<HTMLElement>('#consult-sent-download')!;
		const a = document.createElement('a');
		a.href = config.ebook;
		a.download = '';
		a.className = 'button';
		a.textContent = 'Download the e-book (PDF)';
		download.replaceChildren(a);
		download.hidden = false;
	}
	setStatus('');
	form.hidden = true;
	sent.hidden = false;
	sent.focus();
}
