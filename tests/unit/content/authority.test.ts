/**
 * Who stands behind each chapter and how it is written: a named author and reviewer from the site
 * config with a review date, and US spelling throughout the book's text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { site } from '../../../src/site.config';
import { britishSpellings } from './spelling';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = join(root, 'content/chapters');
const chapters = readdirSync(dir)
	.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
	.map((f) => {
		const raw = readFileSync(join(dir, f), 'utf8');
		const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw)!;
		return { slug: f.replace(/\.mdx$/, ''), data: parseYaml(m[1]!) as Record<string, unknown>, raw };
	});
const people = new Map(site.people.map((p) => [p.id, p]));
const today = new Date();

describe.each(chapters.map((c) => [c.slug, c] as const))('chapter %s', (_, { data, raw }) => {
	it('names an author and a credentialed reviewer from the site config, and a review date', () => {
		expect(people.has(String(data.author)), `author "${String(data.author)}"`).toBe(true);
		const reviewer = people.get(String(data.reviewer));
		expect(reviewer, `reviewer "${String(data.reviewer)}"`).toBeDefined();
		expect(reviewer!.credentials.length, 'the reviewer holds a credential such as CPA').toBeGreaterThan(0);
		expect(data.reviewer).not.toBe(data.author);
		const reviewed = new Date(String(data.reviewed));
		expect(Number.isNaN(reviewed.getTime()), 'reviewed is a date').toBe(false);
		expect(reviewed.getTime(), 'reviewed is not in the future').toBeLessThanOrEqual(today.getTime());
	});
	it('uses US spelling', () => {
		expect(britishSpellings(raw)).toEqual([]);
	});
});

describe('the rest of the book', () => {
	it.each(['content/glossary.yaml', 'content/faq.yaml', 'content/changelog.yaml', 'src/pages/about.astro', 'src/pages/changes/index.astro'])(
		'%s uses US spelling',
		(file) => {
			expect(britishSpellings(readFileSync(join(root, file), 'utf8'))).toEqual([]);
		},
	);
	it('gives every person a name, role, bio and address', () => {
		for (const p of site.people) {
			for (const field of [p.id, p.name, p.role, p.bio]) expect(field.trim()).not.toBe('');
			expect(p.url).toMatch(/^https:\/\//);
		}
		expect(new Set(site.people.map((p) => p.id)).size).toBe(site.people.length);
	});
});
