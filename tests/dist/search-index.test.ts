/**
 * The built search index, checked through Pagefind's own API in Node: the quality set, what is
 * indexed and what is left out, and the filters and metadata the UI relies on. No browser: the
 * search UI itself is tested in tests/e2e/search.spec.ts.
 */
import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { site } from '../../src/site.config';
import { TOPIC_IDS } from '../../src/lib/book/parts';
import { chapterPages, dist, readDist, root } from '../support/built';
import { BUILDS, requireBuild } from '../support/builds';
import { openIndex } from '../support/pagefind';

for (const build of BUILDS) requireBuild(build);

interface Case {
	query: string;
	page: string;
	section?: string;
}

const { queries } = JSON.parse(readFileSync(join(root, 'tests', 'search-quality.json'), 'utf8')) as { queries: Case[] };

test('the search quality set finds the right page in the top 3 for every query', async () => {
	expect(queries.length, 'at least 30 queries in the quality set').toBeGreaterThanOrEqual(30);
	const index = await openIndex(dist);
	const misses: string[] = [];
	const sectionMisses: string[] = [];
	let top1 = 0;
	let top3 = 0;
	let sections = 0;
	let sectionHits = 0;
	try {
		for (const c of queries) {
			const ranked = await index.search(c.query, 3);
			const at = ranked.findIndex((r) => r.path === c.page);
			if (at === 0) top1++;
			if (at >= 0) top3++;
			else misses.push(`“${c.query}” → expected ${c.page}, got ${ranked.map((r) => r.path).join(', ') || 'nothing'}`);
			if (c.section) {
				sections++;
				const shown = at >= 0 ? ranked[at]!.row.sections.map((s) => s.href.split('#')[1]) : [];
				if (shown.includes(c.section)) sectionHits++;
				else sectionMisses.push(`“${c.query}” → #${c.section} not among ${shown.map((s) => `#${s}`).join(', ') || 'no sections'}`);
			}
		}
	} finally {
		await index.close();
	}
	const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(0)}%`;
	console.log(
		`search quality: ${queries.length} queries; top 1 ${top1}/${queries.length} (${pct(top1, queries.length)}), ` +
			`top 3 ${top3}/${queries.length} (${pct(top3, queries.length)}); expected section shown ${sectionHits}/${sections} (${pct(sectionHits, sections)})`,
	);
	if (sectionMisses.length) console.log(`sections not shown:\n  ${sectionMisses.join('\n  ')}`);
	expect(misses, 'queries whose expected page is not in the top 3').toEqual([]);
	// The section a result shows should be the one that answers: at least 95% of the expectations.
	expect(sectionHits / sections, `expected section shown for at least 95% (${sectionHits}/${sections})`).toBeGreaterThanOrEqual(0.95);
});

// The tools' static text (the chooser's decision guide, the estimator's worked examples and sourced
// assumptions, the readiness checklist) is searchable; their live widgets are not.
const TOOL_PAGES = ['/chooser/', '/estimator/', '/readiness/', '/review/'];
// Who publishes the guide, how its figures are checked and what changed in each edition: readers
// search for those too ("who reviews", "corrections").
const ABOUT_PAGES = ['/about/', '/changes/'];

test('the index holds every chapter, the glossary, the FAQ, the tools and the about pages, and nothing else', async () => {
	const index = await openIndex(dist);
	try {
		expect(await index.indexedPages(), 'indexed pages').toEqual([...chapterPages(), '/faq/', '/glossary/', ...TOOL_PAGES, ...ABOUT_PAGES].sort());
		const everything = await index.count('', { topics: [...TOPIC_IDS], parts: [] });
		expect(everything, 'every chapter has a topic').toBe(chapterPages().length);
		const glossary = await index.search('glossary attestation', 10);
		expect(glossary.map((r) => r.path)).toContain('/glossary/');
	} finally {
		await index.close();
	}
	const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
	const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
	expect(pages, 'chapters + glossary + FAQ + tools + about pages').toBe(
		chapterPages().length + 2 + TOOL_PAGES.length + ABOUT_PAGES.length,
	);
	const shipped = readdirSync(join(dist, 'pagefind'));
	expect(shipped.filter((f) => /-ui\.|highlight/.test(f)), 'Pagefind UI bundles are not shipped').toEqual([]);
});

test('repeated chrome is not searchable: breadcrumbs, meta line, TOC, sources, prev/next, call to action', async () => {
	const path = '/chapters/soc-2/';
	const doc = parse(readDist(`${path.slice(1)}index.html`));
	const article = doc.querySelector('article[data-pagefind-body]')!;
	const chrome = [
		article.querySelector('.meta')!.text.trim(),
		article.querySelector('.sources li')!.text.trim(),
		article.querySelector('.prev-next')!.text.replace(/\s+/g, ' ').trim(),
		'Copy link to section',
		site.consultationLabel,
	];
	const index = await openIndex(dist);
	try {
		const hit = (await index.search('SOC 2 explained', 5)).find((r) => r.path === path);
		expect(hit, 'the chapter is found by its title').toBeDefined();
		const content = hit!.fragment.content.replace(/\s+/g, ' ');
		for (const text of chrome) {
			expect(content.includes(text.replace(/\s+/g, ' ')), `indexed text contains chrome: “${text.slice(0, 60)}”`).toBe(false);
		}
		expect(content, 'the summary and body are indexed').toContain(article.querySelector('.summary')!.text.trim().slice(0, 40));
		expect(content.startsWith('SOC 2 explained'), 'breadcrumbs are not indexed before the title').toBe(true);
	} finally {
		await index.close();
	}
});

test('the estimator’s list of sources is not searchable, as chapters’ are not', async () => {
	const doc = parse(readDist('estimator/index.html'));
	const titles = doc.querySelectorAll('.est-sources li a').map((a) => a.text.trim());
	expect(titles.length, 'the estimator lists its sources').toBeGreaterThan(0);
	const index = await openIndex(dist);
	try {
		for (const title of titles) {
			const content = (await index.search(title, 20)).find((r) => r.path === '/estimator/')?.fragment.content ?? '';
			expect(content.replace(/\s+/g, ' ').includes(title.replace(/\s+/g, ' ')), `indexed: “${title}”`).toBe(false);
		}
	} finally {
		await index.close();
	}
});

test('chapters carry topic and part filters and part, chapter and summary metadata from their frontmatter', async () => {
	const frontmatter = (slug: string) => readFileSync(join(root, 'content', 'chapters', `${slug}.mdx`), 'utf8').split('\n---')[0]!;
	const slugs = chapterPages().map((p) => p.split('/')[2]!);
	const topicsOf = (slug: string) => {
		const fm = frontmatter(slug);
		const inline = /^topics:\s*\[([^\]]*)\]/m.exec(fm)?.[1];
		const list = inline ?? /^topics:\s*\n((?:\s+-.*\n?)+)/m.exec(fm)?.[1]?.replace(/-/g, ',');
		return (list ?? '').split(',').map((t) => t.trim().replace(/['"]/g, '')).filter(Boolean);
	};
	const index = await openIndex(dist);
	try {
		for (const topic of TOPIC_IDS) {
			const expected = slugs.filter((s) => topicsOf(s).includes(topic)).length;
			expect(await index.count('', { topics: [topic], parts: [] }), `chapters filed under ${topic}`).toBe(expected);
		}
		const [hit] = await index.search('bridge letter', 1);
		expect(hit!.path).toBe('/chapters/reporting-period/');
		expect(hit!.fragment.filters['part']).toEqual(['choosing']);
		expect(hit!.fragment.meta).toMatchObject({ part: 'Choosing a report', chapter: '7', title: 'Choosing a SOC reporting period' });
		expect(hit!.fragment.meta['summary']?.length, 'summary metadata').toBeGreaterThan(40);
		expect(await index.count('bridge letter', { topics: [], parts: ['basics'] }), 'part filter narrows').toBeLessThan(await index.count('bridge letter'));
		const basics = await index.search('', 10, { topics: [], parts: ['basics'] });
		expect(basics.map((r) => r.fragment.meta['chapter']), 'filters alone list chapters in reading order').toEqual(['1', '2', '3', '4']);
	} finally {
		await index.close();
	}
});

test('a build under /soc-guide/ has its own index whose results work under the base path', async () => {
	const dir = join(root, 'dist-base');
	const index = await openIndex(dir);
	try {
		const [hit] = await index.search('CUEC', 1);
		// Result URLs are site paths; the UI puts the base in front (baseUrl), checked in the browser.
		expect(hit!.path).toBe('/chapters/reading-a-soc-report/');
	} finally {
		await index.close();
	}
});
