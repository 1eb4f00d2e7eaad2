/**
 * The MDX components for the print edition: the site's, with links, headings, terms, callouts and
 * calls-to-action made for paper and for one long document (no repeated landmarks). A component
 * added to the site's set later falls back to its site version here rather than break the book.
 */
import { mdxComponents } from '../mdx';
import BookCallout from './BookCallout.astro';
import BookChooser from './BookChooser.astro';
import BookCta from './BookCta.astro';
import BookFigure from './BookFigure.astro';
import BookKeyTakeaways from './BookKeyTakeaways.astro';
import BookLink from './BookLink.astro';
import BookTerm from './BookTerm.astro';
import SectionHeading from './SectionHeading.astro';
import SubsectionHeading from './SubsectionHeading.astro';

export const bookComponents = {
	...mdxComponents,
	Callout: BookCallout,
	ChooserEmbed: BookChooser,
	ConsultationCta: BookCta,
	Figure: BookFigure,
	KeyTakeaways: BookKeyTakeaways,
	Term: BookTerm,
	h2: SectionHeading,
	h3: SubsectionHeading,
	a: BookLink,
};
