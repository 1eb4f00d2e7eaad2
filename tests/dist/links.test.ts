import { describe, expect, it } from 'vitest';
import { BUILDS, requireBuild } from '../support/builds';
import { checkLinks } from '../support/links';

describe.each(BUILDS)('$name', (build) => {
	it(`every internal link, asset and #anchor resolves inside ${build.base}`, () => {
		requireBuild(build);
		const report = checkLinks(build.dir, build.base);
		console.log(`links (${build.name}): ${report.pages} pages, ${report.linksChecked} internal links, ${report.anchorsChecked} anchors checked`);
		expect(report.problems).toEqual([]);
		// Every page links the header, footer and its chapters: fewer than this means the checker read nothing.
		expect(report.linksChecked, 'the checker found links to check').toBeGreaterThan(report.pages * 5);
	});
});
