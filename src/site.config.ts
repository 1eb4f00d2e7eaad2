/**
 * The one file that brands the guide. Changing a value here re-brands every page,
 * the tools' call-to-action links and the share metadata.
 */
import type { ConsultationSettings } from './lib/consultation/destination';

export interface SiteConfig {
	/** The book's title, shown in the header and in page titles. */
	title: string;
	/** A short name (about 12 characters) for home screens and app lists. */
	shortTitle: string;
	/** A one-line pitch used on the cover and as the default meta description. */
	tagline: string;
	/** The publishing firm's name. */
	publisher: string;
	/** Absolute origin the site is served from, without a trailing slash. */
	url: string;
	/**
	 * Sub-path the guide lives under, e.g. '/soc-guide/'. '/' for a site of its own.
	 * The SITE_BASE environment variable overrides it at build time.
	 */
	base: string;
	/**
	 * Where every consultation call-to-action goes: '/consultation/' (the guide's own request form,
	 * which carries the reader's plan; see `consultation`) or the absolute URL of a page elsewhere.
	 */
	consultationUrl: string;
	/** The publisher's own website (its origin names the publisher in structured data). */
	publisherUrl: string;
	/** Label of the consultation call-to-action. */
	consultationLabel: string;
	/** Brand colours. `accent` is used for links and buttons, so it must keep 4.5:1 contrast. */
	colors: {
		light: { accent: string; accentText: string };
		dark: { accent: string; accentText: string };
	};
	/** Social handles, without the @. Empty strings are left out of the page. */
	social: { x: string; linkedin: string };
	/** BCP 47 language of the content. */
	lang: string;
	/** The consultation request form at /consultation/ (see the README, "Consultation requests"). */
	consultation: ConsultationSettings;
	/**
	 * The publisher's people who write and review chapters. A chapter names one author and one
	 * reviewer by `id` in its frontmatter (`author`, `reviewer`); the build fails on an unknown id.
	 * White-label: replace these with the publisher's own people.
	 */
	people: readonly Person[];
	/** How readers report an error: an email address or a page, shown on the About page. */
	corrections: string;
}

/** Someone who writes or reviews the guide, as shown under chapter titles and on the About page. */
export interface Person {
	/** Stable id used in chapter frontmatter, e.g. 'jdoe'. */
	id: string;
	name: string;
	/** Professional credentials, e.g. ['CPA', 'CISA']; empty for none. */
	credentials: readonly string[];
	/** Role at the publisher, e.g. 'Partner, assurance services'. */
	role: string;
	/** One or two sentences on the person's experience. */
	bio: string;
	/** A page about the person (their profile at the publisher). */
	url: string;
}

export const site: SiteConfig = {
	title: 'SOC Reports: Your Complete Guide',
	shortTitle: 'SOC Guide',
	tagline:
		'Which SOC report you need, what it takes, what it costs and how to read one: a plain-language guide for service organizations.',
	publisher: 'Northbridge Assurance',
	url: 'https://socguide.example.com',
	base: '/',
	consultationUrl: '/consultation/',
	publisherUrl: 'https://northbridge.example.com',
	consultationLabel: 'Book a free scoping call',
	colors: {
		light: { accent: '#1d4ed8', accentText: '#ffffff' },
		dark: { accent: '#93b4fd', accentText: '#0b1220' },
	},
	social: { x: 'northbridgecpa', linkedin: 'northbridge-assurance' },
	lang: 'en',
	// Consultation requests: where they go and what the visitor agrees to.
	consultation: {
		// { kind: 'none' } prepares an email to `email`. Or:
		// { kind: 'endpoint', url: 'https://…', encoding: 'json' | 'form' }
		// { kind: 'netlify', formName: 'consultation' }
		// { kind: 'hubspot', portalId: '…', formId: '…' }
		destination: { kind: 'none' },
		email: 'scoping@northbridge.example.com',
		consent:
			'I agree that Northbridge Assurance may use these details, and the plan attached, to reply to my request. They are not shared with anyone else.',
		// true asks for an email address, through the consultation form, before the PDF download.
		gateEbook: false,
	},
	// Placeholder people for the white-label build: a publisher replaces them with its own staff.
	people: [
		{
			id: 'editorial',
			name: 'Northbridge Assurance editorial team',
			credentials: [],
			role: 'Authors of the guide',
			bio: 'Writers and assurance staff who draft each chapter from the AICPA standards and guides and the other sources cited in it.',
			url: 'https://northbridge.example.com/about',
		},
		{
			id: 'mreyes',
			name: 'Maria Reyes',
			credentials: ['CPA', 'CISA'],
			role: 'Partner, assurance services',
			bio: "Leads the firm's SOC 1 and SOC 2 examinations and reviews every chapter on the standards, report types and reading a report.",
			url: 'https://northbridge.example.com/people/maria-reyes',
		},
		{
			id: 'dokafor',
			name: 'Daniel Okafor',
			credentials: ['CPA', 'CISSP'],
			role: 'Director, IT audit',
			bio: 'Plans SOC 2 engagements for software companies and reviews the chapters on readiness, timelines and cost.',
			url: 'https://northbridge.example.com/people/daniel-okafor',
		},
	],
	corrections: 'mailto:corrections@northbridge.example.com',
};
