/** Plain views of chapter entries for the navigation helpers (no Astro types leak past here). */
import type { PartId } from './parts';
import type { ChapterSummary } from './chapters';

/** The fields of a chapter entry the site's navigation and listings use. */
export interface ChapterCard extends ChapterSummary {
	description: string;
}

/** Maps collection entries ({ id, data }) to plain chapter cards, dropping drafts in production. */
export function toChapterCards(
	entries: readonly {
		id: string;
		data: { title: string; order: number; part: PartId; description: string; draft?: boolean };
	}[],
	includeDrafts = false,
): ChapterCard[] {
	return entries
		.filter((e) => includeDrafts || !e.data.draft)
		.map((e) => ({
			slug: e.id,
			title: e.data.title,
			order: e.data.order,
			part: e.data.part,
			description: e.data.description,
		}));
}
