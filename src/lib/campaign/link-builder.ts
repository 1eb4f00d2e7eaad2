/**
 * The campaign link builder's rules: UTM values normalised to the usual conventions (lower case,
 * no spaces), with a plain explanation of every change, and the finished link.
 */

/** The UTM fields, in the order they appear in a link. */
export const UTM_FIELDS = [
	{
		key: 'utm_source',
		label: 'Source',
		required: true,
		hint: 'Where the link is placed: linkedin, newsletter, google.',
	},
	{
		key: 'utm_medium',
		label: 'Medium',
		required: true,
		hint: 'The kind of channel: email, social, paid-social, cpc.',
	},
	{
		key: 'utm_campaign',
		label: 'Campaign',
		required: true,
		hint: 'The campaign name, e.g. soc2-launch-q4.',
	},
	{
		key: 'utm_term',
		label: 'Term',
		required: false,
		hint: 'Optional: the paid keyword or audience.',
	},
	{
		key: 'utm_content',
		label: 'Content',
		required: false,
		hint: 'Optional: tells apart links in the same campaign, e.g. header-button.',
	},
] as const;

export type UtmKey = (typeof UTM_FIELDS)[number]['key'];
export type UtmValues = Partial<Record<UtmKey, string>>;

/**
 * Medium values analytics tools group into channels. GA4's default channel groups, for example,
 * match on these words, so a medium outside the list lands in "Unassigned" more often.
 */
export const COMMON_MEDIUMS = [
	'email',
	'social',
	'paid-social',
	'cpc',
	'display',
	'referral',
	'affiliate',
	'video',
	'print',
] as const;

/** Longest value the builder produces (the site keeps up to 200 characters per parameter). */
export const MAX_UTM_LENGTH = 100;

/** A normalised value and what was changed to get there, in words a marketer reads. */
export interface NormalisedValue {
	value: string;
	changes: string[];
}

/**
 * Normalises a UTM value: lower case (analytics tools treat "LinkedIn" and "linkedin" as two
 * sources), accents removed, spaces and other separators turned into hyphens, and only letters,
 * digits, '-', '_' and '.' kept, so the value never needs escaping in a URL.
 */
export function normaliseUtmValue(raw: string): NormalisedValue {
	const changes: string[] = [];
	let value = raw.trim();
	if (value !== raw && value !== '') changes.push('removed spaces at the ends');
	const lower = value.toLowerCase();
	if (lower !== value) changes.push('changed to lower case');
	value = lower;
	const plain = value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
	if (plain !== value) changes.push('removed accents');
	value = plain;
	const spaced = value.replace(/\s+/g, '-');
	if (spaced !== value) changes.push('replaced spaces with hyphens');
	value = spaced;
	const safe = value.replace(/[^a-z0-9._-]+/g, '-');
	if (safe !== value) changes.push('replaced other characters with hyphens');
	value = safe.replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '');
	if (value.length > MAX_UTM_LENGTH) {
		value = value.slice(0, MAX_UTM_LENGTH).replace(/[-.]+$/, '');
		changes.push(`shortened to ${MAX_UTM_LENGTH} characters`);
	}
	return { value, changes };
}

/** What the builder needs to know about the page being linked. */
export interface LinkTarget {
	/** Site path without the base, e.g. '/chapters/soc-2/'. */
	path: string;
	/** Optional section id on that page ('' or undefined for the top of the page). */
	section?: string | undefined;
}

/** The builder's output: the link when every required field is filled, and what is missing. */
export interface CampaignLink {
	url: string | null;
	values: Record<UtmKey, NormalisedValue>;
	missing: UtmKey[];
}

/**
 * Builds the campaign link: origin + base + page path, the UTM parameters in the usual order,
 * then the #section. `siteRoot` is the absolute URL of the site's home, e.g.
 * 'https://guide.example.com/soc-guide/'.
 */
export function buildCampaignLink(
	siteRoot: string,
	target: LinkTarget,
	utm: UtmValues,
): CampaignLink {
	const values = {} as Record<UtmKey, NormalisedValue>;
	const missing: UtmKey[] = [];
	const params = new URLSearchParams();
	for (const field of UTM_FIELDS) {
		const normalised = normaliseUtmValue(utm[field.key] ?? '');
		values[field.key] = normalised;
		if (normalised.value) params.set(field.key, normalised.value);
		else if (field.required) missing.push(field.key);
	}
	if (missing.length > 0) return { url: null, values, missing };
	const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
	const url = new URL(target.path.replace(/^\//, ''), root);
	url.search = params.toString();
	if (target.section) url.hash = target.section;
	return { url: url.href, values, missing };
}

/** "Source, Medium and Campaign" for a list of missing fields. */
export function describeMissing(keys: readonly UtmKey[]): string {
	const labels = keys.map((k) => UTM_FIELDS.find((f) => f.key === k)!.label);
	return labels.length <= 1
		? (labels[0] ?? '')
		: `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
