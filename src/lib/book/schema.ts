/**
 * Frontmatter schemas of the book's collections. Kept apart from src/content.config.ts so unit
 * tests can check them without Astro's virtual modules.
 */
import { z } from 'astro/zod';
import { PART_IDS, TOPIC_IDS } from './parts';
import { FAQ_TOPIC_IDS } from './faq-topics';
import { site } from '../../site.config';

const PERSON_IDS = site.people.map((p) => p.id);
const knownPerson = (id: string) => PERSON_IDS.includes(id);
const unknownPerson = `must be one of the ids in the site config's people: ${PERSON_IDS.join(', ')}`;

/** A cited source: title, full address and (for dated pages) the year. */
export const sourceSchema = z.object({
	title: z.string().min(1),
	url: z.url({ error: 'must be a full address, e.g. https://example.com/page' }),
	year: z.number().int().min(1990).max(2100).optional(),
});

/** A chapter's frontmatter. */
export const chapterSchema = z.object({
	title: z.string().min(1),
	description: z
		.string()
		.min(50, { error: 'description must be at least 50 characters (it is the meta description)' })
		.max(160, {
			error: 'description must be at most 160 characters (search engines cut longer ones)',
		}),
	order: z.number().int().positive(),
	part: z.enum(PART_IDS),
	summary: z.string().min(1),
	takeaways: z.array(z.string().min(1)).min(2, { error: 'give at least two key takeaways' }),
	updated: z.coerce.date(),
	/** Who wrote the chapter: a person's `id` from the site config's `people`. */
	author: z.string().refine(knownPerson, { error: `author ${unknownPerson}` }),
	/** Who reviewed it (a credentialed professional): an `id` from the site config's `people`. */
	reviewer: z.string().refine(knownPerson, { error: `reviewer ${unknownPerson}` }),
	/** When the reviewer last checked the chapter against its sources. */
	reviewed: z.coerce.date(),
	sources: z.array(sourceSchema).min(1, { error: 'every chapter needs at least one source' }),
	topics: z.array(z.enum(TOPIC_IDS)).min(1),
	draft: z.boolean().default(false),
});

/** A glossary entry (content/glossary.yaml). */
export const glossarySchema = z.object({
	term: z.string().min(1),
	aka: z.array(z.string()).default([]),
	definition: z.string().min(1).max(400),
	chapter: z.string().min(1),
	anchor: z.string().optional(),
});

/** A frequently asked question (content/faq.yaml). */
export const faqSchema = z.object({
	question: z.string().min(1),
	answer: z.string().min(1),
	chapter: z.string().min(1),
	anchor: z.string().optional(),
	/** The topic the question is listed under on /faq/ (src/lib/book/faq-topics.ts). */
	topic: z.enum(FAQ_TOPIC_IDS),
});

/**
 * One entry of the changelog (content/changelog.yaml): a dated edition of the guide, the chapters it
 * touched (slugs; empty for site-wide changes), what changed and why.
 */
export const changeSchema = z.object({
	date: z.coerce.date(),
	title: z.string().min(1),
	chapters: z.array(z.string().min(1)).default([]),
	changes: z.array(z.string().min(1)).min(1, { error: 'say what changed, one line per change' }),
	why: z.string().min(1, { error: 'say why the change was made' }),
});
