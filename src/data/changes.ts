/** Reads the changelog collection once: entries newest first, checked against the chapters. */
import { getCollection } from 'astro:content';
import { editionDate, sortChanges, unknownChapters, type Change } from '../lib/book/changelog';
import { getChapterEntries } from './chapters';

/** Changelog entries, newest first. Fails the build when an entry names a chapter that does not exist. */
export async function getChanges(): Promise<Change[]> {
	const entries = (await getCollection('changes')).map((e) => ({ id: e.id, ...e.data }));
	const slugs = new Set((await getChapterEntries()).map((e) => e.id));
	const unknown = unknownChapters(entries, slugs);
	if (unknown.length)
		throw new Error(
			`content/changelog.yaml names chapters that do not exist: ${unknown.join('; ')}`,
		);
	return sortChanges(entries);
}

/** The date of the current edition (the newest changelog entry), for the e-book's cover and the feed. */
export async function getEditionDate(): Promise<Date> {
	return editionDate(await getChanges());
}
