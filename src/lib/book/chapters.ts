import { PARTS, type PartId } from './parts';

/** The plain shape of a chapter the navigation helpers need (no Astro types). */
export interface ChapterSummary {
	slug: string;
	title: string;
	order: number;
	part: PartId;
}

/** Chapters in reading order. Throws when two chapters claim the same order number. */
export function sortChapters<T extends ChapterSummary>(chapters: readonly T[]): T[] {
	const sorted = [...chapters].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
	for (let i = 1; i < sorted.length; i++) {
		if (sorted[i]!.order === sorted[i - 1]!.order) {
			throw new Error(
				`Chapters "${sorted[i - 1]!.slug}" and "${sorted[i]!.slug}" both have order ${sorted[i]!.order}; each chapter needs its own.`,
			);
		}
	}
	return sorted;
}

/** Chapters grouped by part, parts in book order, empty parts left out. */
export function groupByPart<T extends ChapterSummary>(
	chapters: readonly T[],
): { id: PartId; label: string; chapters: T[] }[] {
	const sorted = sortChapters(chapters);
	return PARTS.map((p) => ({
		id: p.id,
		label: p.label,
		chapters: sorted.filter((c) => c.part === p.id),
	})).filter((g) => g.chapters.length > 0);
}

/** The chapters before and after `slug` in reading order (undefined at either end). */
export function neighbours<T extends ChapterSummary>(
	chapters: readonly T[],
	slug: string,
): { prev: T | undefined; next: T | undefined } {
	const sorted = sortChapters(chapters);
	const i = sorted.findIndex((c) => c.slug === slug);
	if (i === -1) throw new Error(`No chapter with slug "${slug}"`);
	return { prev: sorted[i - 1], next: sorted[i + 1] };
}

/** A part as the sidebar shows it: its chapters, or only a window of them in a very long book. */
export interface SidebarGroup<T> {
	id: PartId;
	label: string;
	chapters: T[];
	/** Chapters of this part not listed (0 when the part is shown whole). */
	hidden: number;
}

/**
 * The sidebar's contents. A book of up to `fullLimit` chapters is listed whole. A longer one lists
 * the current chapter's part as a window of `window` chapters either side and the other parts by
 * name only, so each page's sidebar stays the same size however long the book grows (the contents
 * page still lists everything).
 */
export function sidebarGroups<T extends ChapterSummary>(
	chapters: readonly T[],
	current: string | undefined,
	{ fullLimit = 60, window = 7 }: { fullLimit?: number; window?: number } = {},
): SidebarGroup<T>[] {
	const groups = groupByPart(chapters);
	if (chapters.length <= fullLimit) return groups.map((g) => ({ ...g, hidden: 0 }));
	return groups.map((g) => {
		const i = g.chapters.findIndex((c) => c.slug === current);
		if (i === -1) return { ...g, chapters: [], hidden: g.chapters.length };
		const from = Math.max(0, i - window);
		const shown = g.chapters.slice(from, i + window + 1);
		return { ...g, chapters: shown, hidden: g.chapters.length - shown.length };
	});
}
