/** The components chapter authors can use in MDX without importing them. */
import Callout from './Callout.astro';
import ChooserEmbed from '../ChooserEmbed.astro';
import ComparisonTable from './ComparisonTable.astro';
import ConsultationCta from './ConsultationCta.astro';
import Figure from './Figure.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import Link from './Link.astro';
import Term from './Term.astro';

export const mdxComponents = {
	Callout,
	ChooserEmbed,
	ComparisonTable,
	ConsultationCta,
	Figure,
	KeyTakeaways,
	Term,
	h2: H2,
	h3: H3,
	a: Link,
};
