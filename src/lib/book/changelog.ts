/**
 * The guide's editions: the changelog's entries, newest first, and the edition date printed on
 * the e-book's cover and in the feed. Plain data in, plain data out (no Astro imports).
 */

export interface Change {
	id: string;
	date: Date;
	title: string;
	chapters: readonly string[];
	changes: readonly string[];
	why: string;
}

/** Entries newest first; entries of the same day keep the order of their ids. */
export function sortChanges<T extends Pick<Change, 'id' | 'date'>>(changes: readonly T[]): T[] {
	return [...changes].sort(
		(a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id),
	);
}

/** The current edition's date: the newest changelog entry. Throws on an empty changelog. */
export function editionDate(changes: readonly Pick<Change, 'date'>[]): Date {
	if (changes.length === 0)
		throw new Error(
			'content/changelog.yaml: the changelog has no entries, so there is no edition date',
		);
	return new Date(Math.max(...changes.map((c) => c.date.getTime())));
}

/** Chapter slugs an entry names that are not chapters of the book (to fail the build on a typo). */
export function unknownChapters(
	changes: readonly Pick<Change, 'id' | 'chapters'>[],
	slugs: ReadonlySet<string>,
): string[] {
	return changes.flatMap((c) =>
		c.chapters.filter((s) => !slugs.has(s)).map((s) => `${c.id}: ${s}`),
	);
}
