/** The MDX components for the print edition: the site's, with links, headings, terms and the CTA made for paper, and no repeated landmarks. */
import ComparisonTable from '../mdx/ComparisonTable.astro';
import BookCallout from './BookCallout.astro';
import BookChooserEmbed from './BookChooserEmbed.astro';
import BookCta from './BookCta.astro';
import BookKeyTakeaways from './BookKeyTakeaways.astro';
import BookLink from './BookLink.astro';
import BookTerm from './BookTerm.astro';
import SectionHeading from './SectionHeading.astro';
import SubsectionHeading from './SubsectionHeading.astro';

export const bookComponents = {
	Callout: BookCallout,
	ChooserEmbed: BookChooserEmbed,
	ComparisonTable,
	ConsultationCta: BookCta,
	KeyTakeaways: BookKeyTakeaways,
	Term: BookTerm,
	h2: SectionHeading,
	h3: SubsectionHeading,
	a: BookLink,
};
