import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, faqSchema, glossarySchema } from './lib/book/schema';

const chapters = defineCollection({
	loader: glob({ pattern: '**/[^_]*.mdx', base: './content/chapters' }),
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

export const collections = { chapters, glossary, faq };
