/**
 * What readers actually see says 'Type 1' and 'Type 2', never 'Type I' or 'Type II': every built
 * page's text and the attributes read aloud or shown (aria-label, title, alt, meta descriptions),
 * and every string the tools' scripts can put on screen. Cited sources' titles keep their
 * publishers' spelling, and the glossary's "Also called" line names the other spelling on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { romanExamTypes } from '../../src/lib/book/wording';
import { htmlFiles, isRedirectStub, urlPathOf } from '../support/built';
import { BUILDS, requireBuild } from '../support/builds';
import { citedSourceTitles, withoutSourceTitles } from '../support/spelling';

const titles = citedSourceTitles();
const READ_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'content'];

/** The words a page shows or reads aloud, less cited titles and the glossary's other names. */
function pageWords(html: string): string {
	const doc = parse(html, { comment: false });
	for (const el of doc.querySelectorAll('script, style')) el.remove();
	for (const el of doc.querySelectorAll('span.muted'))
		if (/^\s*Also called:/.test(el.text)) el.remove();
	const attributes = doc
		.querySelectorAll('*')
		.flatMap((el) => READ_ATTRIBUTES.map((a) => el.getAttribute(a) ?? ''));
	// Templates hold UI shown later (the search dialog): their text counts too.
	return withoutSourceTitles([doc.text, ...attributes].join('\n'), titles);
}

describe.each(BUILDS)('$name', (build) => {
	it('never writes Type I or Type II on a page', () => {
		requireBuild(build);
		const found = htmlFiles(build.dir)
			.filter((f) => !isRedirectStub(f))
			.flatMap((f) => romanExamTypes(pageWords(readFileSync(f, 'utf8'))).map((m) => `${urlPathOf(f, build.dir)} ${m}`));
		expect(found).toEqual([]);
	});

	it('ships no script that can write Type I or Type II', () => {
		requireBuild(build);
		const dir = join(build.dir, '_astro');
		const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(0);
		const found = scripts.flatMap((f) => romanExamTypes(readFileSync(join(dir, f), 'utf8')).map((m) => `${f} ${m}`));
		expect(found).toEqual([]);
	});
});
