/**
 * Frontmatter schemas of the book's collections. Kept apart from src/content.config.ts so unit
 * tests can check them without Astro's virtual modules.
 */
import { z } from 'astro/zod';
import { PART_IDS, TOPIC_IDS } from './parts';
import { FAQ_TOPIC_IDS } from './faq-topics';

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
		.max(160, { error: 'description must be at most 160 characters (search engines cut longer ones)' }),
	order: z.number().int().positive(),
	part: z.enum(PART_IDS),
	summary: z.string().min(1),
	takeaways: z.array(z.string().min(1)).min(2, { error: 'give at least two key takeaways' }),
	updated: z.coerce.date(),
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
