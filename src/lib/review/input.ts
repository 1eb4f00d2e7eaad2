/**
 * The review's input: the first-visit state, the limits on what a reader can enter, and the form
 * handlers. Values that are not real choices leave the input as it was, so nothing a form or a link
 * sends can put something unusable into the rules or the URL.
 */
import { parseIsoDate } from '../engagement/dates';
import type { ExceptionNote, ReviewField, ReviewInput, SubserviceOrg } from './rules';
import {
	METHODS,
	OPINIONS,
	OPTIONAL_CATEGORIES,
	REVIEW_REPORTS,
	REVIEW_TYPES,
	USES,
	type OptionalCategory,
} from './vocabulary';

/** The state of a first visit: a SOC 2 Type 2 relied on for security, nothing entered yet. */
export const EMPTY_INPUT: ReviewInput = {
	vendor: '',
	report: 'soc2',
	type: 2,
	use: 'security',
	needs: [],
	start: '',
	end: '',
	issued: '',
	opinion: '',
	categories: [],
	exceptions: [],
	subservice: [],
	cuecs: [],
	bridge: '',
};

/** Most items a list (exceptions, subservice organizations, CUECs) keeps. */
export const MAX_ITEMS = 30;
/** Longest text an item keeps, in characters. */
export const MAX_TEXT = 160;

/** Text as the review keeps it: one line, no control or formatting characters, at most MAX_TEXT. */
export function cleanText(raw: string): string {
	const chars = Array.from(
		raw
			.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim(),
	);
	return chars.slice(0, MAX_TEXT).join('').trim();
}

/** Text as it is being typed: like cleanText, but spaces at the ends stay until the review settles it. */
export function typedText(raw: string): string {
	return Array.from(raw.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, ' '))
		.slice(0, MAX_TEXT)
		.join('');
}

const has = (list: readonly { id: string }[], value: string) =>
	list.some((item) => item.id === value);

type ChoiceField = 'report' | 'type' | 'use' | 'opinion';
const CHOICES: Record<ChoiceField, readonly { id: string | number }[]> = {
	report: REVIEW_REPORTS,
	type: REVIEW_TYPES,
	use: USES,
	opinion: OPINIONS,
};

/** The input after picking a report, type ('1' or '2'), use or opinion; unknown values change nothing. */
export function withChoice(input: ReviewInput, field: ChoiceField, value: string): ReviewInput {
	if (!Object.hasOwn(CHOICES, field)) return input;
	const match = CHOICES[field].find((item) => String(item.id) === value);
	return match ? { ...input, [field]: match.id } : input;
}

/** The input after entering a date ('' clears it); text that is not a real date changes nothing. */
export function withDate(
	input: ReviewInput,
	field: Exclude<ReviewField, 'opinion'>,
	value: string,
): ReviewInput {
	if (!['start', 'end', 'issued', 'bridge'].includes(field)) return input;
	if (value !== '' && parseIsoDate(value) === null) return input;
	return { ...input, [field]: value };
}

/** Ticks or unticks a category in scope (`categories`) or relied on (`needs`), in the usual order. */
export function withCategory(
	input: ReviewInput,
	list: 'categories' | 'needs',
	category: string,
	on: boolean,
): ReviewInput {
	if ((list !== 'categories' && list !== 'needs') || !has(OPTIONAL_CATEGORIES, category))
		return input;
	const chosen = new Set<string>(input[list]);
	if (on) chosen.add(category);
	else chosen.delete(category);
	return {
		...input,
		[list]: OPTIONAL_CATEGORIES.map((c) => c.id).filter((id): id is OptionalCategory =>
			chosen.has(id),
		),
	};
}

/** The input after typing the vendor's name. */
export function withVendor(input: ReviewInput, name: string): ReviewInput {
	return typeof name === 'string' ? { ...input, vendor: typedText(name) } : input;
}

/** Adds an exception (empty text is kept: the reader fills it in). */
export function addException(input: ReviewInput): ReviewInput {
	if (input.exceptions.length >= MAX_ITEMS) return input;
	return { ...input, exceptions: [...input.exceptions, { text: '', responded: false }] };
}

export function updateException(
	input: ReviewInput,
	index: number,
	patch: Partial<ExceptionNote>,
): ReviewInput {
	const current = input.exceptions[index];
	if (!current || !Number.isInteger(index)) return input;
	const next: ExceptionNote = {
		text: typeof patch.text === 'string' ? typedText(patch.text) : current.text,
		responded: typeof patch.responded === 'boolean' ? patch.responded : current.responded,
	};
	return { ...input, exceptions: input.exceptions.map((e, i) => (i === index ? next : e)) };
}

export function addSubservice(input: ReviewInput): ReviewInput {
	if (input.subservice.length >= MAX_ITEMS) return input;
	return { ...input, subservice: [...input.subservice, { name: '', method: 'carve-out' }] };
}

export function updateSubservice(
	input: ReviewInput,
	index: number,
	patch: Partial<SubserviceOrg>,
): ReviewInput {
	const current = input.subservice[index];
	if (!current || !Number.isInteger(index)) return input;
	const method =
		typeof patch.method === 'string' && has(METHODS, patch.method) ? patch.method : current.method;
	const next: SubserviceOrg = {
		name: typeof patch.name === 'string' ? typedText(patch.name) : current.name,
		method,
	};
	return { ...input, subservice: input.subservice.map((s, i) => (i === index ? next : s)) };
}

export function addCuec(input: ReviewInput): ReviewInput {
	if (input.cuecs.length >= MAX_ITEMS) return input;
	return { ...input, cuecs: [...input.cuecs, ''] };
}

export function updateCuec(input: ReviewInput, index: number, text: string): ReviewInput {
	if (
		!Number.isInteger(index) ||
		index < 0 ||
		index >= input.cuecs.length ||
		typeof text !== 'string'
	)
		return input;
	return { ...input, cuecs: input.cuecs.map((c, i) => (i === index ? typedText(text) : c)) };
}

/** Removes one item from a list; an index outside the list changes nothing. */
export function removeItem(
	input: ReviewInput,
	list: 'exceptions' | 'subservice' | 'cuecs',
	index: number,
): ReviewInput {
	if (!['exceptions', 'subservice', 'cuecs'].includes(list)) return input;
	const items = input[list] as readonly unknown[];
	if (!Number.isInteger(index) || index < 0 || index >= items.length) return input;
	return { ...input, [list]: items.filter((_, i) => i !== index) };
}

/**
 * The input as the rules and the link see it: text trimmed and CUECs left empty dropped. A blank
 * exception or subservice row still counts (the rules number it); the link leaves it out.
 */
export function settledInput(input: ReviewInput): ReviewInput {
	return {
		...input,
		vendor: cleanText(input.vendor),
		exceptions: input.exceptions.map((e) => ({ ...e, text: cleanText(e.text) })),
		subservice: input.subservice.map((s) => ({ ...s, name: cleanText(s.name) })),
		cuecs: input.cuecs.map(cleanText).filter((c) => c !== ''),
	};
}
