/**
 * The one file that brands the guide. Changing a value here re-brands every page,
 * the tools' call-to-action links and the share metadata.
 */
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
	/** Where "Talk to an auditor" and every consultation call-to-action goes. */
	consultationUrl: string;
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
}

export const site: SiteConfig = {
	title: 'SOC Reports: Your Complete Guide',
	shortTitle: 'SOC Guide',
	tagline:
		'Which SOC report you need, what it takes, what it costs and how to read one: a plain-language guide for service organizations.',
	publisher: 'Northbridge Assurance',
	url: 'https://socguide.example.com',
	base: '/',
	consultationUrl: 'https://northbridge.example.com/consultation',
	consultationLabel: 'Book a free scoping call',
	colors: {
		light: { accent: '#1d4ed8', accentText: '#ffffff' },
		dark: { accent: '#93b4fd', accentText: '#0b1220' },
	},
	social: { x: 'northbridgecpa', linkedin: 'northbridge-assurance' },
	lang: 'en',
};
