/** A heading as the MDX renderer reports it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** One table-of-contents entry: an h2 with its h3 children. */
export interface TocItem {
	slug: string;
	text: string;
	children: { slug: string; text: string }[];
}

/**
 * Builds a two-level table of contents from h2 and h3 headings. An h3 before any h2 is
 * promoted to the top level so that no heading is lost.
 */
export function buildToc(headings: readonly Heading[]): TocItem[] {
	const toc: TocItem[] = [];
	for (const h of headings) {
		if (h.depth === 2 || (h.depth === 3 && toc.length === 0)) {
			toc.push({ slug: h.slug, text: h.text, children: [] });
		} else if (h.depth === 3) {
			toc[toc.length - 1]!.children.push({ slug: h.slug, text: h.text });
		}
	}
	return toc;
}
