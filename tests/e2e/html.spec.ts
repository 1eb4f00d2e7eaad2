import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { dist, htmlFiles, root, urlPathOf } from './support/site';

// Astro 7 no longer repairs invalid nesting, so the validator catches real markup bugs.
test('every built page is valid HTML', async () => {
	const config = JSON.parse(readFileSync(join(root, 'tests/htmlvalidate.json'), 'utf8'));
	const validator = new HtmlValidate(new StaticConfigLoader(config));
	const problems: string[] = [];
	const files = htmlFiles(dist);
	for (const file of files) {
		const report = await validator.validateFile(file);
		for (const result of report.results) {
			for (const m of result.messages) problems.push(`${urlPathOf(file)} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	console.log(`html: ${files.length} pages validated`);
	expect(problems).toEqual([]);
});
