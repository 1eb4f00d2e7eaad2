import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { changeSchema, chapterSchema, faqSchema, glossarySchema } from './lib/book/schema';

const chapters = defineCollection({
	// SITE_CONTENT_DIR points the book at another folder (the scale benchmark's synthetic chapters).
	loader: glob({
		pattern: '**/[^_]*.mdx',
		base: process.env.SITE_CONTENT_DIR ?? './content/chapters',
	}),
	schema: chapterSchema,
});

const glossary = defineCollection({
	loader: file('content/glossary.yaml'),
	schema: glossarySchema,
});

const faq = defineCollection({
	loader: file('content/faq.yaml'),
	schema: faqSchema,
});

const changes = defineCollection({
	loader: file('content/changelog.yaml'),
	schema: changeSchema,
});

export const collections = { chapters, glossary, faq, changes };
