/** Build-time props of the report chooser island: base-aware links and chapter titles. */
import { getChapterCards } from './chapters';
import { href } from '../lib/site/href';
import { chapterPath } from '../lib/site/paths';
import { site } from '../site.config';
import type { ChapterLink, ChooserLinks } from '../lib/chooser/links';

/** Everything the island needs: base-aware links and the chapters' titles. */
export async function getChooserLinks(): Promise<ChooserLinks> {
	const cards = await getChapterCards();
	const chapters: Record<string, ChapterLink> = {};
	for (const card of cards)
		chapters[card.slug] = { title: card.title, href: href(chapterPath(card.slug)) };
	return {
		chooserHref: href('/chooser/'),
		estimatorHref: href('/estimator/'),
		readinessHref: href('/readiness/'),
		consultationUrl: site.consultationUrl,
		chapters,
	};
}
