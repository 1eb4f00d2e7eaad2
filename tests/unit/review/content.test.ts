/** The review's links and figures against the chapters, the source of truth for both. */
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { FIGURES, SECTIONS } from '../../../src/lib/review/sections';

function chapter(slug: string): string {
	return readFileSync(new URL(`../../../content/chapters/${slug}.mdx`, import.meta.url), 'utf8');
}

/** The text of each heading's section, by the id the renderer gives the heading. */
function sectionsOf(body: string): Map<string, string> {
	const slugger = new GithubSlugger();
	const out = new Map<string, string>();
	const parts = body.split(/^(#{2,6}\s+.+)$/m);
	for (let i = 1; i < parts.length; i += 2) {
		const heading = parts[i]!.replace(/^#+\s+/, '')
			.replace(/[*_`]/g, '')
			.trim();
		out.set(slugger.slug(heading), parts[i + 1] ?? '');
	}
	return out;
}

describe('the review’s chapter links', () => {
	it.each(Object.entries(SECTIONS))('%s points at a real section', (_, section) => {
		const [, slug, id] = /^\/chapters\/([^/]+)\/#(.+)$/.exec(section.path) ?? [];
		expect(slug, section.path).toBeTruthy();
		expect([...sectionsOf(chapter(slug!)).keys()]).toContain(id);
	});
});

describe('the review’s figures', () => {
	it.each(Object.entries(FIGURES))('%s is stated in the section it cites', (_, figure) => {
		const [, slug, id] = /^\/chapters\/([^/]+)\/#(.+)$/.exec(SECTIONS[figure.section].path)!;
		const text = sectionsOf(chapter(slug!)).get(id!) ?? '';
		expect(text).toContain(figure.wording);
		const words = [
			'zero',
			'one',
			'two',
			'three',
			'four',
			'five',
			'six',
			'seven',
			'eight',
			'nine',
			'ten',
			'eleven',
			'twelve',
		];
		expect(figure.wording).toContain(words[figure.value]);
	});

	it('matches the reviewer’s checklist in the reading chapter', () => {
		const checklist =
			sectionsOf(chapter('reading-a-soc-report')).get('a-reviewers-checklist') ?? '';
		expect(checklist).toMatch(/more than three months ago, request a bridge letter/);
		expect(checklist).toMatch(/more than about a year, ask when the next report arrives/);
	});
});
