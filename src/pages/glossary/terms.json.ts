/**
 * The glossary's short definitions as JSON ({ id: { term, definition } }), for the popover a
 * glossary term opens in a chapter: fetched once, when the reader first reaches for a term, so
 * chapter pages do not carry every definition in their HTML.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
	const terms = await getCollection('glossary');
	const body = Object.fromEntries(
		terms.map((t) => [t.id, { term: t.data.term, definition: t.data.definition }]),
	);
	return new Response(JSON.stringify(body), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
