/** RSS feed of the changelog, so readers and the publisher's own channels hear of corrections. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getChanges } from '../../data/changes';
import { getChapterCards } from '../../data/chapters';
import { canonicalUrl, chapterPath } from '../../lib/site/paths';
import { site } from '../../site.config';

export async function GET(context: APIContext) {
	const base = import.meta.env.BASE_URL;
	const abs = (path: string) => canonicalUrl(site.url, base, path);
	const titles = new Map((await getChapterCards()).map((c) => [c.slug, c.title]));
	const changes = await getChanges();
	return rss({
		title: `${site.title}: what changed`,
		description: `Corrections and updates to ${site.title}, published by ${site.publisher}.`,
		site: context.site ?? site.url,
		trailingSlash: true,
		items: changes.map((c) => ({
			title: c.title,
			// canonicalUrl drops fragments, so the entry's anchor is added after it.
			link: `${abs('/changes/')}#${c.id}`,
			pubDate: c.date,
			description: [
				...c.changes,
				`Why: ${c.why}`,
				...(c.chapters.length
					? [
							`Chapters: ${c.chapters.map((s) => `${titles.get(s)} (${abs(chapterPath(s))})`).join('; ')}`,
						]
					: []),
			].join('\n'),
		})),
		customData: `<language>${site.lang}</language>`,
	});
}
