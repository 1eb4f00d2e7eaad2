/**
 * Campaign attribution: which query parameters of a landing visit are kept for the visit and
 * carried to the consultation call-to-action. Nothing here sends data anywhere.
 */
import { withBase } from '../site/paths';

/** Query parameters that identify a campaign visit (UTM tags and ad click ids). */
export const ATTRIBUTION_KEYS = [
	'utm_source',
	'utm_medium',
	'utm_campaign',
	'utm_term',
	'utm_content',
	'gclid',
	'fbclid',
	'msclkid',
	'li_fat_id',
] as const;

export type AttributionKey = (typeof ATTRIBUTION_KEYS)[number];
export type Attribution = Partial<Record<AttributionKey, string>>;

/** Longest value kept per parameter; anything longer is noise or abuse. */
export const MAX_ATTRIBUTION_VALUE = 200;

/** sessionStorage key under which the landing visit's attribution is kept. */
export const ATTRIBUTION_STORAGE_KEY = 'soc-guide:attribution';

/** Picks the attribution parameters out of a query string, dropping empty and overlong values. */
export function pickAttribution(search: string): Attribution {
	const params = new URLSearchParams(search);
	const out: Attribution = {};
	for (const key of ATTRIBUTION_KEYS) {
		const value = params.get(key)?.trim();
		if (value && value.length <= MAX_ATTRIBUTION_VALUE) out[key] = value;
	}
	return out;
}

/** Reads attribution saved as JSON; anything malformed yields an empty record. */
export function parseStoredAttribution(json: string | null): Attribution {
	if (!json) return {};
	try {
		const data: unknown = JSON.parse(json);
		if (typeof data !== 'object' || data === null) return {};
		const out: Attribution = {};
		for (const key of ATTRIBUTION_KEYS) {
			const value = (data as Record<string, unknown>)[key];
			if (typeof value === 'string' && value.length > 0 && value.length <= MAX_ATTRIBUTION_VALUE) {
				out[key] = value;
			}
		}
		return out;
	} catch {
		return {};
	}
}

/**
 * Tool results that travel with the visit to every consultation and e-book link, so the publisher
 * sees what the reader already worked out. Keys follow the tools' shared query contract.
 */
export const RESULT_KEYS = [
	'recommendation',
	'report',
	'type',
	'tsc',
	'soc3',
	'readiness',
	'estimate',
	'score',
] as const;

export type ResultKey = (typeof RESULT_KEYS)[number];
export type ToolResult = Partial<Record<ResultKey, string>>;

/** sessionStorage key under which the visit's latest tool results are kept. */
export const RESULT_STORAGE_KEY = 'soc-guide:result';

/**
 * Merges a tool's result (an analytics payload, or JSON read back from storage) into what the
 * visit already has: known keys only, strings or numbers of sane length; anything else is ignored.
 */
export function mergeResult(current: ToolResult, update: unknown): ToolResult {
	const out: ToolResult = { ...current };
	if (typeof update !== 'object' || update === null) return out;
	for (const key of RESULT_KEYS) {
		const value = (update as Record<string, unknown>)[key];
		const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
		if (typeof text === 'string' && text.length > 0 && text.length <= MAX_ATTRIBUTION_VALUE)
			out[key] = text;
	}
	return out;
}

/** Reads stored tool results; anything malformed yields an empty record. */
export function parseStoredResult(json: string | null): ToolResult {
	try {
		return mergeResult({}, json ? JSON.parse(json) : null);
	} catch {
		return {};
	}
}

/**
 * The attribution for this visit: a landing URL that carries campaign parameters replaces what
 * was stored (a new campaign click starts a new attribution); otherwise the stored one stays.
 */
export function resolveAttribution(search: string, stored: string | null): Attribution {
	const fresh = pickAttribution(search);
	return Object.keys(fresh).length > 0 ? fresh : parseStoredAttribution(stored);
}

/** Stand-in origin for resolving site paths; never part of a result. */
const SITE_PATH_ORIGIN = 'http://site.invalid';

/**
 * The consultation link: the configured URL plus context (what the visitor was looking at or
 * the tool's result) and the visit's attribution. Existing query parameters of the URL are kept.
 * A site path such as '/consultation/' (the guide's own request form) gets the base path and stays
 * a path; an absolute URL stays absolute. Every consultation call-to-action, the tools' included,
 * is built here, so this is the one place that decides where they go.
 */
export function consultationHref(
	consultationUrl: string,
	context: Record<string, string | undefined>,
	attribution: Attribution,
	base: string = import.meta.env?.BASE_URL ?? '/',
): string {
	const sitePath = consultationUrl.startsWith('/') && !consultationUrl.startsWith('//');
	const url = new URL(
		sitePath ? withBase(consultationUrl, base) : consultationUrl,
		SITE_PATH_ORIGIN,
	);
	for (const [key, value] of Object.entries(context)) {
		if (value) url.searchParams.set(key, value);
	}
	for (const key of ATTRIBUTION_KEYS) {
		const value = attribution[key];
		if (value) url.searchParams.set(key, value);
	}
	return sitePath ? url.pathname + url.search + url.hash : url.toString();
}
