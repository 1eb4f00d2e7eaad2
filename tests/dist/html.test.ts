import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles, root, urlPathOf } from '../support/built';
import { BUILDS, requireBuild } from '../support/builds';

const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(join(root, 'tests/htmlvalidate.json'), 'utf8'))));

// Astro 7 no longer repairs invalid nesting, so the validator catches real markup bugs.
describe('every built page is valid HTML', () => {
	requireBuild(BUILDS[0]!);
	for (const file of htmlFiles(dist)) {
		const path = urlPathOf(file);
		it(path, async () => {
			const report = await validator.validateFile(file);
			const problems = report.results.flatMap((r) => r.messages.map((m) => `${path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
			expect(problems).toEqual([]);
		});
	}
});
