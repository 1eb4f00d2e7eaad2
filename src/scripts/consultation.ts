/**
 * The consultation form's enhancement: field-level checks, the attached context (shown, each item
 * removable) and a draft kept for the visit. Sending to the configured destination with a retry on
 * failure, the confirmation and the `lead_submit` event are in ./consultation-send.ts, loaded as the
 * visitor starts on the form. Values only ever reach the page as text.
 */
import { ATTRIBUTION_STORAGE_KEY, RESULT_STORAGE_KEY } from '../lib/attribution/attribution';
import {
	CONTEXT_ITEMS,
	describeItem,
	flattenContext,
	itemTitle,
	readContext,
	withoutItems,
	type ContextItem,
} from '../lib/consultation/context';
import {
	DRAFT_STORAGE_KEY,
	parseDraft,
	serializeDraft,
	type Draft,
} from '../lib/consultation/draft';
import {
	FIELD_NAMES,
	fieldLabel,
	fieldsFromEntries,
	HONEYPOT_FIELD,
	validateRequest,
	type FieldName,
	type RequestFields,
} from '../lib/consultation/fields';
import { todayIso } from '../lib/engagement/dates';
import { loadOnce } from '../lib/engagement/lazy';
import { read } from './attribution';
import type { PageConfig } from './consultation-send';

/** Sending, the confirmation and the event: loaded once the visitor starts on the form. */
const loadSend = loadOnce(() => import('./consultation-send'));

const form = document.querySelector<HTMLFormElement>('#consult-form');
if (form) enhance(form);

function enhance(form: HTMLFormElement): void {
	const config = JSON.parse(form.dataset.config ?? '{}') as PageConfig;
	const status = document.querySelector<HTMLElement>('#consult-status')!;
	const summary = form.querySelector<HTMLElement>('#consult-errors')!;
	const contextSection = form.querySelector<HTMLElement>('.consult-context')!;
	const contextList = form.querySelector<HTMLElement>('#consult-context-list')!;
	const ebookMode = config.ebook !== '' && new URLSearchParams(location.search).has('ebook');
	const today = todayIso();
	const context = readContext(
		location.search,
		read(RESULT_STORAGE_KEY),
		read(ATTRIBUTION_STORAGE_KEY),
		today,
	);
	const draft: Draft = parseDraft(readDraft());
	const touched = new Set<FieldName>();
	let sending = false;

	form.noValidate = true;
	if (ebookMode) enterEbookMode();
	restore(draft.fields);
	renderContext();
	syncPhone();

	function readDraft(): string | null {
		try {
			return sessionStorage.getItem(DRAFT_STORAGE_KEY);
		} catch {
			return null;
		}
	}
	function saveDraft(): void {
		draft.fields = current();
		try {
			sessionStorage.setItem(DRAFT_STORAGE_KEY, serializeDraft(draft));
		} catch {
			// Without storage the form still works; only the draft is not kept.
		}
	}

	function enterEbookMode(): void {
		const h1 = document.querySelector<HTMLElement>('h1[data-ebook-title]');
		const lead = document.querySelector<HTMLElement>('[data-ebook-lead]');
		if (h1) h1.textContent = h1.dataset.ebookTitle ?? '';
		if (lead) lead.textContent = lead.dataset.ebookLead ?? '';
		document.title = `${h1?.textContent ?? ''} | ${document.title.split(' | ').slice(1).join(' | ')}`;
		form.classList.add('ebook');
		for (const name of ['name', 'company'] as const) {
			const field = form.elements.namedItem(name);
			if (field instanceof HTMLInputElement) field.required = false;
		}
		form.querySelector<HTMLButtonElement>('button[type=submit]')!.textContent = 'Send and download';
	}

	function current(): RequestFields {
		return fieldsFromEntries(new FormData(form).entries());
	}
	function restore(fields: RequestFields): void {
		for (const [key, value] of Object.entries(fields)) {
			const control = form.elements.namedItem(key);
			if (control instanceof RadioNodeList) control.value = String(value);
			else if (control instanceof HTMLInputElement && control.type === 'checkbox')
				control.checked = value === true;
			else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)
				control.value = String(value);
		}
	}

	/** The checks that apply: on an e-book request only the email and the consent are needed. */
	function problems(fields: RequestFields) {
		const errors = validateRequest(fields);
		if (ebookMode) {
			for (const name of ['name', 'company'] as const)
				if (fields[name].trim() === '') delete errors[name];
		}
		return errors;
	}

	function showError(field: FieldName, message: string | null | undefined): void {
		const slot = form.querySelector<HTMLElement>(`#c-${field}-error`);
		const control = form.querySelector<HTMLElement>(`[name="${field}"]`);
		if (slot) slot.textContent = message ?? '';
		control?.setAttribute('aria-invalid', message ? 'true' : 'false');
	}

	function syncPhone(): void {
		const wrap = form.querySelector<HTMLElement>('[data-field="phone"]')!;
		wrap.hidden = current().contact !== 'phone';
	}

	function renderContext(): void {
		const shown = withoutItems(context, draft.removed);
		contextList.replaceChildren();
		for (const item of CONTEXT_ITEMS) {
			const fields = shown[item];
			if (!fields) continue;
			const li = document.createElement('li');
			const title = document.createElement('strong');
			title.textContent = itemTitle(item);
			const lines = document.createElement('span');
			lines.textContent = describeItem(item, fields, today).join('; ');
			const remove = document.createElement('button');
			remove.type = 'button';
			remove.className = 'link-button';
			remove.textContent = 'Remove';
			remove.setAttribute('aria-label', `Remove ${itemTitle(item).toLowerCase()}`);
			remove.addEventListener('click', () => removeItem(item, li));
			li.append(title, ' ', lines, ' ', remove);
			contextList.append(li);
		}
		contextSection.hidden = contextList.childElementCount === 0;
	}

	function removeItem(item: ContextItem, li: HTMLElement): void {
		const next = (li.nextElementSibling ?? li.previousElementSibling)?.querySelector('button');
		draft.removed.push(item);
		saveDraft();
		renderContext();
		// Keep focus in the list (or on its heading when the list is empty) so keyboard users are not lost.
		const target =
			next && contextList.contains(next) ? next : form.querySelector<HTMLElement>('#c-consent');
		target?.focus();
		setStatus(`${itemTitle(item)} removed; it will not be sent.`);
	}

	/** A failed send: says what happened, offers Try again, and takes the focus there. */
	function failed(text: string): void {
		setStatus(text, 'error', true);
		status.focus();
	}

	function setStatus(text: string, kind: 'info' | 'error' = 'info', retry = false): void {
		status.replaceChildren();
		status.dataset.kind = kind;
		if (!text) return;
		const p = document.createElement('p');
		p.textContent = text;
		status.append(p);
		if (retry) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'button';
			button.textContent = 'Try again';
			button.addEventListener('click', () => form.requestSubmit());
			status.append(button);
		}
	}

	form.addEventListener('input', (event) => {
		saveDraft();
		const name = (event.target as HTMLInputElement).name as FieldName;
		if (name === 'contact') syncPhone();
		// Messages appear on sending and then follow the typing (a message appearing when a field
		// loses focus would move the page under the pointer the moment the visitor clicks on).
		if (touched.has(name)) showError(name, problems(current())[name]);
	});
	form.addEventListener('change', (event) => {
		const name = (event.target as HTMLInputElement).name as FieldName;
		saveDraft();
		if (name === 'contact') syncPhone();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (sending) return;
		const fields = current();
		const errors = problems(fields);
		const names = Object.keys(errors) as FieldName[];
		for (const name of FIELD_NAMES) {
			touched.add(name);
			showError(name, errors[name]);
		}
		summary.replaceChildren();
		summary.hidden = names.length === 0;
		if (names.length > 0) {
			const heading = document.createElement('p');
			heading.textContent =
				names.length === 1
					? 'One thing to fix before sending:'
					: `${names.length} things to fix before sending:`;
			const list = document.createElement('ul');
			for (const name of names) {
				const li = document.createElement('li');
				const a = document.createElement('a');
				a.href = `#c-${name === 'contact' ? 'phone' : name}`;
				a.textContent = `${fieldLabel(name)}: ${errors[name]}`;
				li.append(a);
				list.append(li);
			}
			summary.append(heading, list);
			summary.focus();
			return;
		}
		const honeypot = form.elements.namedItem(HONEYPOT_FIELD);
		const attached = withoutItems(context, draft.removed);
		sending = true;
		loadSend()
			.then(
				({ submit }) =>
					submit({
						form,
						config,
						fields,
						context: flattenContext(attached),
						attached: CONTEXT_ITEMS.filter((i) => attached[i]).join(','),
						ebookMode,
						// A bot fills the hidden field: it gets the usual confirmation, and nothing is sent.
						bot: honeypot instanceof HTMLInputElement && honeypot.value !== '',
						setStatus,
						failed,
					}),
				() =>
					failed(
						'The request was not sent: the page could not load what sending needs (are you offline?). Your text is kept; try again.',
					),
			)
			.finally(() => (sending = false));
	});
	// What sending needs loads as the visitor starts on the form, well before they press Send.
	form.addEventListener('focusin', () => void loadSend().catch(() => undefined), { once: true });
}
