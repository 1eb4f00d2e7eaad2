import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks } from './support/links';
import { dist, root } from './support/site';

test('every internal link and #anchor in the build resolves', () => {
	const report = checkLinks(dist);
	console.log(`links: ${report.pages} pages, ${report.linksChecked} internal links, ${report.anchorsChecked} anchors checked`);
	expect(report.problems).toEqual([]);
	expect(report.linksChecked, 'the checker found links to check').toBeGreaterThan(100);
});

test('a build under a sub-path keeps every link, asset and anchor inside that path', () => {
	// `npm test` builds dist-base/ with SITE_BASE=/soc-guide/ (see package.json).
	const dir = join(root, 'dist-base');
	expect(existsSync(dir), 'dist-base/ exists: run `npm run build:base` first').toBe(true);
	const report = checkLinks(dir, '/soc-guide/');
	console.log(`base path: ${report.pages} pages, ${report.linksChecked} internal links, ${report.anchorsChecked} anchors checked`);
	expect(report.problems).toEqual([]);
	expect(report.linksChecked).toBeGreaterThan(100);
});
