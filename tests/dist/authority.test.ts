/**
 * Who stands behind each chapter, as the built page says it: the reviewer and review date under
 * the title and in the page's Article data. The footer links and the feed are checked in the
 * browser (tests/e2e/authority.spec.ts).
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { chapterPages, dist, readDist } from '../support/built';
import { BUILDS, requireBuild } from '../support/builds';

requireBuild(BUILDS[0]!);

describe('each chapter names its reviewer and review date under the title and in its Article data', () => {
	for (const path of chapterPages(dist)) {
		it(path, () => {
			const doc = parse(readDist(`${path.slice(1)}index.html`));
			const byline = doc.querySelector('article .byline');
			expect(byline?.text, 'the byline under the title').toContain('Reviewed by');
			const reviewed = byline!.querySelector('time')?.getAttribute('datetime');
			expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			const article = doc
				.querySelectorAll('script[type="application/ld+json"]')
				.map((s) => JSON.parse(s.textContent || '{}') as Record<string, unknown>)
				.find((d) => d['@type'] === 'Article');
			expect(article?.['author']).toMatchObject({ '@type': 'Person' });
			expect(article?.['mainEntityOfPage']).toMatchObject({ reviewedBy: { '@type': 'Person' }, lastReviewed: reviewed });
			expect(String(article?.['dateModified']) >= reviewed!, 'dateModified is no earlier than the review').toBe(true);
		});
	}
});
