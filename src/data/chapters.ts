/** Reads the chapters collection once, in reading order, as plain cards. */
import { getCollection } from 'astro:content';
import { sortChapters } from '../lib/book/chapters';
import { toChapterCards } from '../lib/book/collection';

/** Published chapter entries in reading order (drafts only in dev). */
export async function getChapterEntries() {
	const entries = await getCollection('chapters', (e) => import.meta.env.DEV || !e.data.draft);
	const order = new Map(sortChapters(toChapterCards(entries, true)).map((c, i) => [c.slug, i]));
	return entries.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** Chapter cards in reading order for navigation and listings. */
export async function getChapterCards() {
	return toChapterCards(await getChapterEntries(), true);
}
