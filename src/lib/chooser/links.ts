/** Where the chooser's result links to: built by the page, read by the island. */

/** A chapter to read next. */
export interface ChapterLink {
	title: string;
	href: string;
}

/** Where the result links to (base path already applied). */
export interface ChooserLinks {
	/** The chooser page, e.g. '/chooser/'. */
	chooserHref: string;
	estimatorHref: string;
	readinessHref: string;
	/** The consultation URL from the site config. */
	consultationUrl: string;
	/** Chapter titles and hrefs by slug, for "read next". */
	chapters: Record<string, ChapterLink>;
}
