// The review's state in the query string, so a reader can bookmark or share a review. Nothing is
// sent anywhere: the link is the only copy. Read and written with the guide's one URL codec
// (src/lib/engagement/url.ts): `report`, `type` and `tsc` are plan keys; the rest are the review's
// own keys, written after them in a fixed order.
//
//   ?type=2&tsc=security,availability&vendor=Acme&from=2025-10-01&to=2026-09-30&opinion=qualified
//    &exc1=r:Two leavers kept access&sub1=c:Cloud host&cuec1=Remove leavers' access&bridge=2026-12-01
//
// Lists are numbered keys (exc1, exc2…; r: responded, n: no response; sub1… c: carve-out,
// i: inclusive; cuec1…). Unusable values are left out with a notice, and reading never throws.

import { isIsoDate, type IsoDate } from '../engagement/dates';
import { capNotices, quoteInput, type PlanNotice } from '../engagement/notices';
import type { EngagementPlan } from '../engagement/plan';
import { readPlanQuery, writePlanQuery, type PlanKey } from '../engagement/url';
import { EMPTY_INPUT, MAX_ITEMS, cleanText } from './input';
import type { ExceptionNote, ReviewInput, SubserviceOrg } from './rules';
import {
	OPINIONS,
	OPTIONAL_CATEGORIES,
	USES,
	type Opinion,
	type OptionalCategory,
	type Use,
} from './vocabulary';

export type LinkNotice = PlanNotice;

export interface ReviewLink {
	input: ReviewInput;
	/** Attribution parameters, in arrival order, passed on untouched. */
	attribution: readonly (readonly [string, string])[];
	notices: LinkNotice[];
}

const DATES = {
	from: 'period start',
	to: 'period end',
	issued: 'report date',
	bridge: 'bridge letter date',
} as const;
const LISTS = { exc: 'exception', sub: 'subservice organization', cuec: 'CUEC' } as const;
const numbered = (key: string) => Array.from({ length: MAX_ITEMS }, (_, i) => `${key}${i + 1}`);
/** The review's own keys, in the order links are written. */
export const REVIEW_KEYS = [
	'vendor',
	'use',
	'need',
	'from',
	'to',
	'issued',
	'opinion',
	'bridge',
	...numbered('exc'),
	...numbered('sub'),
	...numbered('cuec'),
] as const;
/** Plan keys the review reads; others in a link belong to the other tools and are ignored. */
export const REVIEW_PLAN_KEYS = ['report', 'type', 'tsc'] as const satisfies readonly PlanKey[];
const PLAN_KEYS_USED: ReadonlySet<string> = new Set(REVIEW_PLAN_KEYS);

/** Reads a review from a query string (with or without `?`); never throws. */
export function readReviewLink(search: string, today: IsoDate): ReviewLink {
	const read = readPlanQuery(search, { today, toolKeys: REVIEW_KEYS });
	const notices: LinkNotice[] = [...read.notices];
	const note = (key: string, message: string) => notices.push({ key, message });
	const values = read.toolValues;
	const { plan } = read;

	for (const key of read.applied)
		if (!PLAN_KEYS_USED.has(key))
			note(
				key,
				`The link’s “${key}” setting is for the guide’s other tools; the review does not use it.`,
			);
	let report: ReviewInput['report'] = EMPTY_INPUT.report;
	if (plan.report === 'both')
		note(
			'report',
			'A review looks at one report at a time, so it starts with the SOC 2; enter the SOC 1 in a second review.',
		);
	else if (plan.report) report = plan.report;
	const type = plan.type ?? EMPTY_INPUT.type;
	const categories =
		report === 'soc2'
			? ((plan.categories ?? []).filter((c) => c !== 'security') as OptionalCategory[])
			: [];

	const choice = <T extends string>(
		key: string,
		list: readonly { id: T }[],
		what: string,
	): T | '' => {
		const raw = values[key];
		if (raw === undefined) return '';
		const found = list.find((item) => item.id === raw.toLowerCase());
		if (found) return found.id;
		note(key, `${capital(quoteInput(raw))} is not ${what}, so it was ignored.`);
		return '';
	};
	const use: Use =
		choice('use', USES, 'a use this page knows (security, financial or both)') || EMPTY_INPUT.use;
	const opinion: Opinion | '' = choice(
		'opinion',
		OPINIONS,
		'an opinion (unmodified, qualified, adverse or disclaimer)',
	);

	const needs: OptionalCategory[] = [];
	for (const item of (values.need ?? '').split(',')) {
		const value = item.trim().toLowerCase();
		if (value === '') continue;
		const found = OPTIONAL_CATEGORIES.find((c) => c.id === value);
		if (found && !needs.includes(found.id)) needs.push(found.id);
		else if (!found)
			note(
				'need',
				`${capital(quoteInput(item))} is not a Trust Services Category the review can check for, so it was ignored.`,
			);
	}
	needs.sort(
		(a, b) =>
			OPTIONAL_CATEGORIES.findIndex((c) => c.id === a) -
			OPTIONAL_CATEGORIES.findIndex((c) => c.id === b),
	);

	const date = (key: keyof typeof DATES): string => {
		const raw = values[key];
		if (raw === undefined) return '';
		if (isIsoDate(raw)) return raw;
		note(
			key,
			`The ${DATES[key]} ${quoteInput(raw, 'given')} is not a date in the form YYYY-MM-DD, so it was left empty.`,
		);
		return '';
	};

	const items = (
		key: keyof typeof LISTS,
		tags: Record<string, string> | null,
	): [string, string][] => {
		const out: [string, string][] = [];
		for (let n = 1; n <= MAX_ITEMS; n++) {
			const raw = values[`${key}${n}`];
			if (raw === undefined) continue;
			const match = tags ? /^([a-z]):(.*)$/is.exec(raw) : null;
			const tag = tags ? (tags[match?.[1]?.toLowerCase() ?? ''] ?? '') : 'item';
			const text = cleanText(tags ? (match?.[2] ?? '') : raw);
			if (tag && text) out.push([tag, text]);
			else
				note(
					`${key}${n}`,
					`The ${LISTS[key]} ${quoteInput(raw, '')} in the link could not be read, so it was left out.`.replace(
						'  ',
						' ',
					),
				);
		}
		return out;
	};
	const exceptions: ExceptionNote[] = items('exc', { r: 'yes', n: 'no' }).map(([tag, text]) => ({
		text,
		responded: tag === 'yes',
	}));
	const subservice: SubserviceOrg[] = items('sub', { c: 'carve-out', i: 'inclusive' }).map(
		([tag, name]) => ({
			name,
			method: tag as SubserviceOrg['method'],
		}),
	);
	const cuecs = items('cuec', null).map(([, text]) => text);

	const input: ReviewInput = {
		vendor: cleanText(values.vendor ?? ''),
		report,
		type,
		use,
		needs,
		start: type === 2 ? date('from') : '',
		end: date('to'),
		issued: date('issued'),
		opinion,
		categories,
		exceptions,
		subservice,
		cuecs,
		bridge: date('bridge'),
	};
	return { input, attribution: read.attribution, notices: capNotices(notices) };
}

/** The review as a query string without `?`, in the codec's canonical order; empty for a first visit. */
export function reviewLink(
	input: ReviewInput,
	attribution: readonly (readonly [string, string])[] = [],
): string {
	const plan: EngagementPlan = {};
	if (input.report !== EMPTY_INPUT.report) plan.report = input.report;
	if (input.type !== EMPTY_INPUT.type) plan.type = input.type;
	if (input.report === 'soc2' && input.categories.length > 0)
		plan.categories = ['security', ...input.categories];
	const tool: [string, string][] = [];
	const add = (key: string, value: string) => value && tool.push([key, value]);
	add('vendor', input.vendor);
	if (input.use !== EMPTY_INPUT.use) add('use', input.use);
	add('need', input.needs.join(','));
	if (input.type === 2) add('from', input.start);
	add('to', input.end);
	add('issued', input.issued);
	add('opinion', input.opinion);
	add('bridge', input.bridge);
	input.exceptions
		.filter((e) => e.text)
		.forEach((e, i) => add(`exc${i + 1}`, `${e.responded ? 'r' : 'n'}:${e.text}`));
	input.subservice
		.filter((s) => s.name)
		.forEach((s, i) => add(`sub${i + 1}`, `${s.method === 'inclusive' ? 'i' : 'c'}:${s.name}`));
	input.cuecs.filter((c) => c).forEach((c, i) => add(`cuec${i + 1}`, c));
	return writePlanQuery(plan, { tool, attribution });
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
