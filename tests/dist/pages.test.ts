import { describe, expect, it } from 'vitest';
import { allPages } from '../support/built';
import { BUILDS, requireBuild } from '../support/builds';
import { publishedChapterSlugs } from '../support/content';

// The pages the guide promises besides its chapters (README, header and footer link them).
const FIXED_PAGES = ['/', '/glossary/', '/faq/', '/chooser/', '/estimator/', '/readiness/', '/search/', '/404.html'];

describe.each(BUILDS)('$name', (build) => {
	it('has every published chapter, no other chapter page, and the fixed pages', () => {
		requireBuild(build);
		const pages = allPages(build.dir);
		expect(pages.filter((p) => p.startsWith('/chapters/'))).toEqual(publishedChapterSlugs().map((s) => `/chapters/${s}/`).sort());
		for (const path of FIXED_PAGES) expect(pages, `missing ${path}`).toContain(path);
	});
});
