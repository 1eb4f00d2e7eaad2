// The review's state in the query string, so a reader can bookmark or share a review. Nothing is
// sent anywhere: the link is the only copy.
//
//   ?report=soc2&type=2&start=2025-10-01&end=2026-09-30&opinion=qualified&tsc=security,availability
//    &exc=r:Two leavers kept access&sub=c:Cloud host&cuec=Remove leavers' access&bridge=2026-12-01
//
// `report`, `type` and `tsc` follow the tools' shared query contract. Lists repeat their key, in
// order: `exc` (r: responded, n: no response), `sub` (c: carve-out, i: inclusive) and `cuec`.
// Attribution keys ride along untouched. Anything else is ignored with a notice, and reading never
// throws. This module is the review's whole interface to the URL: readReviewLink and reviewLink.

import { parseIsoDate } from '../estimator/dates';
import { ATTRIBUTION_KEYS, MAX_ATTRIBUTION_VALUE } from '../attribution/attribution';
import { quotable } from '../site/echo';
import { EMPTY_INPUT, MAX_ITEMS, cleanText } from './input';
import type { ExceptionNote, ReviewInput, SubserviceOrg } from './rules';
import {
	OPINIONS,
	OPTIONAL_CATEGORIES,
	REVIEW_REPORTS,
	REVIEW_TYPES,
	USES,
	type Opinion,
	type OptionalCategory,
	type ReviewReport,
	type ReviewType,
	type Use,
} from './vocabulary';

/** A problem found in the link, worded for the reader. */
export interface LinkNotice {
	key: string;
	message: string;
}

export interface ReviewLink {
	input: ReviewInput;
	/** Attribution parameters, in arrival order, passed on untouched. */
	attribution: readonly (readonly [string, string])[];
	notices: LinkNotice[];
}

// A hostile link could produce thousands of problems; the reader needs the first few and a count.
export const MAX_NOTICES = 8;
const SHOWN = 40;
const SINGLE = ['vendor', 'report', 'type', 'use', 'need', 'start', 'end', 'issued', 'opinion', 'tsc', 'bridge'] as const;
const LISTS = ['exc', 'sub', 'cuec'] as const;
const DATE_NAMES = { start: 'period start', end: 'period end', issued: 'report date', bridge: 'bridge letter date' };

function isAttributionKey(key: string): boolean {
	return (ATTRIBUTION_KEYS as readonly string[]).includes(key);
}

// The reader's value in quotes, or a description when it cannot be quoted.
function subject(raw: string, description: string): string {
	const text = quotable(raw, SHOWN);
	return text === null ? description : `“${text}”`;
}

/** Reads a review from a query string (with or without `?`); never throws. */
export function readReviewLink(search: string): ReviewLink {
	const notices: LinkNotice[] = [];
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search.replace(/^\?/, ''));
	} catch {
		return { input: EMPTY_INPUT, attribution: [], notices: [{ key: '', message: 'The link could not be read, so the review starts empty.' }] };
	}
	const single = new Map<string, string>();
	const lists: Record<(typeof LISTS)[number], string[]> = { exc: [], sub: [], cuec: [] };
	const attribution: [string, string][] = [];
	for (const [key, value] of params) {
		if ((LISTS as readonly string[]).includes(key)) {
			lists[key as (typeof LISTS)[number]].push(value);
		} else if ((SINGLE as readonly string[]).includes(key) || isAttributionKey(key)) {
			if (single.has(key)) {
				notices.push({ key, message: `“${key}” appeared more than once in the link; only the first value was used.` });
				continue;
			}
			single.set(key, value);
			const kept = value.trim();
			if (isAttributionKey(key) && kept && kept.length <= MAX_ATTRIBUTION_VALUE) attribution.push([key, kept]);
		} else {
			const text = quotable(key, SHOWN);
			notices.push({
				key,
				message:
					text === null
						? 'The link contained a setting this page does not use, so it was ignored.'
						: `The link contained “${text}”, which this page does not use, so it was ignored.`,
			});
		}
	}

	const choice = <T extends string>(key: string, list: readonly { id: T }[], fallback: T, what: string): T => {
		const raw = single.get(key);
		const value = (raw ?? '').trim().toLowerCase();
		if (value === '') return fallback;
		const match = list.find((item) => item.id === value);
		if (match) return match.id;
		notices.push({ key, message: `${subject(raw ?? '', `The value given for ${key}`)} is not ${what}, so it was ignored.` });
		return fallback;
	};
	const report = choice<ReviewReport>('report', REVIEW_REPORTS, EMPTY_INPUT.report, 'a report this page reviews (soc1 or soc2)');
	const type = choice<ReviewType>('type', REVIEW_TYPES, EMPTY_INPUT.type, 'a report type (1 or 2)');
	const use = choice<Use>('use', USES, EMPTY_INPUT.use, 'a use this page knows (security, financial or both)');
	const opinion = choice<Opinion | ''>('opinion', OPINIONS, '', 'an opinion (unmodified, qualified, adverse or disclaimer)');

	const categoryList = (key: 'tsc' | 'need'): OptionalCategory[] => {
		const chosen = new Set<string>();
		for (const item of (single.get(key) ?? '').split(',')) {
			const value = item.trim().toLowerCase();
			if (!value || (key === 'tsc' && value === 'security')) continue;
			if (OPTIONAL_CATEGORIES.some((c) => c.id === value)) chosen.add(value);
			else
				notices.push({
					key,
					message: `${subject(item, `A value given for ${key}`)} is not a Trust Services Category (availability, processing-integrity, confidentiality or privacy), so it was ignored.`,
				});
		}
		return OPTIONAL_CATEGORIES.map((c) => c.id).filter((id): id is OptionalCategory => chosen.has(id));
	};
	let categories = categoryList('tsc');
	const needs = categoryList('need');
	if (report === 'soc1' && categories.length > 0) {
		notices.push({ key: 'tsc', message: 'Trust Services Categories belong to SOC 2 reports, so they were ignored for a SOC 1.' });
		categories = [];
	}

	const date = (key: keyof typeof DATE_NAMES): string => {
		const raw = single.get(key) ?? '';
		const value = raw.trim();
		if (value === '') return '';
		if (parseIsoDate(value) !== null) return value;
		notices.push({ key, message: `${subject(raw, `The ${DATE_NAMES[key]}`)} is not a date in the form YYYY-MM-DD, so the ${DATE_NAMES[key]} was left empty.` });
		return '';
	};

	const capped = <T,>(key: string, items: T[]): T[] => {
		if (items.length <= MAX_ITEMS) return items;
		notices.push({ key, message: `The link listed more than ${MAX_ITEMS} items for ${key}; the first ${MAX_ITEMS} were kept.` });
		return items.slice(0, MAX_ITEMS);
	};
	const tagged = (key: string, raw: string, tags: Record<string, string>): [string, string] | null => {
		const match = /^([a-z]):(.*)$/is.exec(raw);
		const tag = match?.[1]?.toLowerCase() ?? '';
		const text = cleanText(match?.[2] ?? '');
		if (Object.hasOwn(tags, tag) && text !== '') return [tags[tag]!, text];
		notices.push({ key, message: `An item for ${key} ${subject(raw, '')} could not be read, so it was left out.`.replace('  ', ' ') });
		return null;
	};
	const exceptions: ExceptionNote[] = capped(
		'exc',
		lists.exc.flatMap((raw) => {
			const item = tagged('exc', raw, { r: 'yes', n: 'no' });
			return item ? [{ text: item[1], responded: item[0] === 'yes' }] : [];
		}),
	);
	const subservice: SubserviceOrg[] = capped(
		'sub',
		lists.sub.flatMap((raw) => {
			const item = tagged('sub', raw, { c: 'carve-out', i: 'inclusive' });
			return item ? [{ name: item[1], method: item[0] as SubserviceOrg['method'] }] : [];
		}),
	);
	const cuecs = capped('cuec', lists.cuec.map(cleanText).filter((text) => text !== ''));

	const input: ReviewInput = {
		vendor: cleanText(single.get('vendor') ?? ''),
		report,
		type,
		use,
		needs,
		start: type === '2' ? date('start') : '',
		end: date('end'),
		issued: date('issued'),
		opinion,
		categories,
		exceptions,
		subservice,
		cuecs,
		bridge: date('bridge'),
	};
	return { input, attribution, notices: capNotices(notices) };
}

/** The review as a query string without `?`, keys in a fixed order; empty for a first visit. */
export function reviewLink(input: ReviewInput, attribution: readonly (readonly [string, string])[] = []): string {
	const params = new URLSearchParams();
	if (input.vendor) params.append('vendor', input.vendor);
	if (input.report !== EMPTY_INPUT.report) params.append('report', input.report);
	if (input.type !== EMPTY_INPUT.type) params.append('type', input.type);
	if (input.use !== EMPTY_INPUT.use) params.append('use', input.use);
	if (input.needs.length > 0) params.append('need', input.needs.join(','));
	if (input.type === '2' && input.start) params.append('start', input.start);
	if (input.end) params.append('end', input.end);
	if (input.issued) params.append('issued', input.issued);
	if (input.opinion) params.append('opinion', input.opinion);
	if (input.report === 'soc2' && input.categories.length > 0) params.append('tsc', ['security', ...input.categories].join(','));
	for (const e of input.exceptions) if (e.text) params.append('exc', `${e.responded ? 'r' : 'n'}:${e.text}`);
	for (const s of input.subservice) if (s.name) params.append('sub', `${s.method === 'inclusive' ? 'i' : 'c'}:${s.name}`);
	for (const c of input.cuecs) if (c) params.append('cuec', c);
	if (input.bridge) params.append('bridge', input.bridge);
	for (const [k, v] of attribution) params.append(k, v);
	// Commas and colons read better unescaped, and URLSearchParams reads them back the same.
	return params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

function capNotices(notices: LinkNotice[]): LinkNotice[] {
	if (notices.length <= MAX_NOTICES) return notices;
	const more = notices.length - (MAX_NOTICES - 1);
	return [...notices.slice(0, MAX_NOTICES - 1), { key: '', message: `${more} more problems in the link were ignored.` }];
}
