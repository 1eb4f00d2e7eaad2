/**
 * schema.org JSON-LD for search engines: WebSite (with the site search), Article and
 * BreadcrumbList for chapters. Plain objects; every URL passed in is already absolute.
 */

type JsonLd = Record<string, unknown>;

/** The publisher as a schema.org Organization. */
export function organizationLd(name: string, url: string): JsonLd {
	return { '@type': 'Organization', name, url };
}

/** WebSite with a SearchAction, so search engines can offer the guide's own search. */
export function websiteLd(options: {
	name: string;
	url: string;
	description: string;
	lang: string;
	searchUrlTemplate: string;
	publisher: JsonLd;
}): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: options.name,
		url: options.url,
		description: options.description,
		inLanguage: options.lang,
		publisher: options.publisher,
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: options.searchUrlTemplate },
			'query-input': 'required name=search_term_string',
		},
	};
}

/** A named person (an author or reviewer) as a schema.org Person. */
export function personLd(
	person: { name: string; role: string; url: string; credentials: readonly string[] },
	worksFor: JsonLd,
): JsonLd {
	return {
		'@type': 'Person',
		name: person.name,
		jobTitle: person.role,
		url: person.url,
		...(person.credentials.length
			? {
					hasCredential: person.credentials.map((c) => ({
						'@type': 'EducationalOccupationalCredential',
						name: c,
					})),
				}
			: {}),
		worksFor,
	};
}

/**
 * Article for a chapter. `dateModified` is the later of the chapter's last update and its last
 * review (YYYY-MM-DD). schema.org puts `reviewedBy` and `lastReviewed` on a WebPage, so they sit on
 * the Article's `mainEntityOfPage`.
 */
export function articleLd(options: {
	headline: string;
	description: string;
	url: string;
	image: string;
	dateModified: string;
	section: string;
	lang: string;
	wordCount?: number;
	publisher: JsonLd;
	/** The chapter's author; the publisher when not given. */
	author?: JsonLd;
	reviewedBy?: JsonLd;
	/** When the reviewer last checked the chapter (YYYY-MM-DD). */
	lastReviewed?: string;
	isPartOf: { name: string; url: string };
}): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: options.headline,
		description: options.description,
		url: options.url,
		mainEntityOfPage: {
			'@type': 'WebPage',
			'@id': options.url,
			...(options.reviewedBy ? { reviewedBy: options.reviewedBy } : {}),
			...(options.lastReviewed ? { lastReviewed: options.lastReviewed } : {}),
		},
		image: [options.image],
		dateModified: options.dateModified,
		articleSection: options.section,
		inLanguage: options.lang,
		...(options.wordCount ? { wordCount: options.wordCount } : {}),
		author: options.author ?? options.publisher,
		publisher: options.publisher,
		isPartOf: { '@type': 'Book', name: options.isPartOf.name, url: options.isPartOf.url },
	};
}

/** BreadcrumbList from a trail of { name, url }; the last step is the page itself. */
export function breadcrumbLd(trail: readonly { name: string; url: string }[]): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((step, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: step.name,
			item: step.url,
		})),
	};
}

/**
 * JSON for a <script type="application/ld+json"> element. '<' is escaped so no value can close
 * the script element early (a title containing "</script>" stays data).
 */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
