import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePage } from '../support/bytes';
import { allPages, dist, root } from '../support/built';
import { BUILDS, requireBuild } from '../support/builds';

interface Budget {
	paths: string[];
	htmlCss: number;
	js: number;
	total: number;
	frameworkJs?: boolean;
}
const { types } = JSON.parse(readFileSync(join(root, 'tests/budgets.json'), 'utf8')) as { types: Record<string, Budget> };
requireBuild(BUILDS[0]!);
const pages = allPages(dist);

/** Page paths a budget's patterns cover ('/chapters/*' matches every chapter). */
function pagesOf(patterns: string[]): string[] {
	return pages.filter((p) => patterns.some((pat) => (pat.endsWith('*') ? p.startsWith(pat.slice(0, -1)) && p !== pat.slice(0, -1) : p === pat)));
}

describe('byte budgets (tests/budgets.json)', () => {
	it('every page of the build falls under a budget', () => {
		const covered = new Set(Object.values(types).flatMap((t) => pagesOf(t.paths)));
		expect(pages.filter((p) => !covered.has(p))).toEqual([]);
	});

	it('counts the tool a page starts once it has painted (a <template data-boot>)', () => {
		const files = measurePage(dist, '/estimator/').files.map((f) => f.split('/').pop()!);
		expect(files.some((f) => /^react\.[\w-]+\.js$/.test(f))).toBe(true);
		expect(files.some((f) => f.startsWith('EstimatorBoot.'))).toBe(true);
	});

	for (const [type, budget] of Object.entries(types)) {
		it(`${type} pages stay within their budget`, () => {
			const measured = pagesOf(budget.paths).map((path) => ({ path, ...measurePage(dist, path) }));
			expect(measured.length, `pages of type ${type}`).toBeGreaterThan(0);
			const worst = {
				htmlCss: Math.max(...measured.map((m) => m.html + m.css)),
				js: Math.max(...measured.map((m) => m.js)),
				total: Math.max(...measured.map((m) => m.total)),
			};
			console.log(`budget ${type}: ${measured.length} page(s); worst html+css ${worst.htmlCss} / ${budget.htmlCss}, js ${worst.js} / ${budget.js}, total ${worst.total} / ${budget.total}`);
			for (const m of measured) {
				expect(m.html + m.css, `${m.path} HTML+CSS gzipped`).toBeLessThanOrEqual(budget.htmlCss);
				expect(m.js, `${m.path} JavaScript gzipped`).toBeLessThanOrEqual(budget.js);
				expect(m.total, `${m.path} total gzipped`).toBeLessThanOrEqual(budget.total);
				if (!budget.frameworkJs) {
					const react = m.files.filter((f) => /react|client\.[\w-]+\.js$/i.test(f));
					expect(react, `${m.path} loads no framework JavaScript`).toEqual([]);
				}
			}
		});
	}
});
