/**
 * Content checks that run without a build: every chapter has what a reader relies on, and every
 * glossary term and chapter link an author writes points at something that exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/lib/book/reading-time';
import { certificationClaims } from '../../../src/lib/book/wording';
import { root } from '../../support/built';
import { chapterSources, type ChapterSource } from '../../support/content';

const chapters: ChapterSource[] = chapterSources();
const glossary = parseYaml(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as { id: string; chapter: string }[];
const faq = (parseYaml(readFileSync(join(root, 'content/faq.yaml'), 'utf8')) ?? []) as { id: string; chapter: string }[];
const termIds = new Set(glossary.map((t) => t.id));
const slugs = new Set(chapters.map((c) => c.slug));

/** Heading ids as the MDX renderer makes them (GitHub's slugger, per page, in order). */
function headingIds(body: string): Set<string> {
	const slugger = new GithubSlugger();
	const ids = new Set(['key-takeaways', 'sources']);
	for (const m of body.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)) ids.add(slugger.slug(m[1]!.replace(/[*_`]/g, '')));
	return ids;
}
const idsBySlug = new Map(chapters.map((c) => [c.slug, headingIds(c.body)]));

describe('the book', () => {
	it('gives each chapter its own whole order number', () => {
		const orders = chapters.map((c) => c.data.order);
		for (const [i, order] of orders.entries()) expect(Number.isInteger(order), `${chapters[i]!.slug} order`).toBe(true);
		expect(new Set(orders).size).toBe(orders.length);
	});
});

describe.each(chapters.map((c) => [c.slug, c] as const))('chapter %s', (_, chapter) => {
	const { data, body } = chapter;
	it('has a summary, key takeaways and sources', () => {
		expect(typeof data.summary === 'string' && data.summary.trim().length > 40, 'summary of two or three sentences').toBe(true);
		expect(Array.isArray(data.takeaways) && data.takeaways.length >= 2, 'at least two key takeaways').toBe(true);
		expect(Array.isArray(data.sources) && data.sources.length >= 1, 'at least one source').toBe(true);
		for (const s of data.sources as { title?: string; url?: string }[]) {
			expect(s.title, 'source title').toBeTruthy();
			expect(s.url, 'source url').toMatch(/^https?:\/\//);
		}
	});
	it('has a meta description of at most 160 characters', () => {
		expect(typeof data.description).toBe('string');
		expect((data.description as string).length).toBeLessThanOrEqual(160);
	});
	it('has at least 900 words of substance', () => {
		expect(countWords(body)).toBeGreaterThanOrEqual(900);
	});
	it('uses only glossary terms that exist', () => {
		const used = [...body.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
		expect(used.filter((id) => !termIds.has(id)), 'unknown <Term> ids').toEqual([]);
	});
	it('links only to chapters and sections that exist', () => {
		const broken: string[] = [];
		for (const m of body.matchAll(/\]\((\/chapters\/[^)\s]*)\)|href=["'](\/chapters\/[^"']*)["']/g)) {
			const target = (m[1] ?? m[2])!;
			const t = /^\/chapters\/([^/#?]+)\/?(?:#(.+))?$/.exec(target);
			if (!t || !slugs.has(t[1]!)) broken.push(`${target} (no such chapter)`);
			else if (t[2] && !idsBySlug.get(t[1]!)!.has(t[2])) broken.push(`${target} (no such section)`);
		}
		for (const m of body.matchAll(/\]\((\/glossary\/#([^)\s]+))\)/g)) {
			if (!termIds.has(m[2]!)) broken.push(`${m[1]} (no such term)`);
		}
		expect(broken).toEqual([]);
	});
	it('does not repeat the ids the page gives its own sections', () => {
		const own = [...body.matchAll(/^##\s+(Key takeaways|Sources)\s*$/gim)];
		expect(own, 'the layout already renders these headings').toEqual([]);
	});
	it('never calls a SOC report a certification', () => {
		expect(certificationClaims(body)).toEqual([]);
	});
});

describe('glossary and FAQ', () => {
	it('point at chapters that exist', () => {
		expect(glossary.filter((t) => !slugs.has(t.chapter)).map((t) => t.id)).toEqual([]);
		expect(faq.filter((q) => !slugs.has(q.chapter)).map((q) => q.id)).toEqual([]);
	});
	it('never call a SOC report a certification', () => {
		const text = [...glossary, ...faq].map((e) => Object.values(e).join(' ')).join('\n\n');
		expect(certificationClaims(text)).toEqual([]);
	});
	it('have unique ids', () => {
		expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
		expect(new Set(faq.map((q) => q.id)).size).toBe(faq.length);
	});
});
