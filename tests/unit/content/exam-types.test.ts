/**
 * One spelling for the examination types everywhere: 'Type 1' and 'Type 2', as the chapters, the
 * glossary and search write them. A tool saying 'Type II' next to a chapter saying 'Type 2' reads
 * as two different reports. Every file the site is built from is checked, not just the vocabulary,
 * because a label typed out in a sentence bypasses it. Source titles keep their publishers' spelling.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { romanExamTypes } from '../../../src/lib/book/wording';
import { EXAM_TYPES, typeLabel } from '../../../src/lib/engagement/vocabulary';
import { root } from '../../support/built';
import { withoutSourceTitles } from '../../support/spelling';

/** Files allowed the Roman spelling, each for a reason a reader never sees as a contradiction. */
const ALLOWED: Record<string, string> = {
	// The spellings readers type into search, indexed as hidden metadata so 'Type II' finds the chapter.
	'src/lib/search/keywords.ts': 'search synonyms',
	// The rewriting of what readers type ('Type II' becomes 'Type 2'), which names what it rewrites.
	'src/lib/search/query.ts': 'search rewriting',
	// The rule itself, whose documentation names what it looks for.
	'src/lib/book/wording.ts': 'the rule',
};

function filesUnder(dir: string, ext: RegExp): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return filesUnder(path, ext);
		return ext.test(name) ? [path] : [];
	});
}

/** The text a file contributes to the site, less what it may spell its own way. */
function ownWords(file: string): string {
	const text = readFileSync(file, 'utf8');
	// The glossary's other names ('Also called: Type II') tell readers the two spellings are one thing.
	const withoutAka = file.endsWith('glossary.yaml') ? text.replace(/^\s*aka:.*$/gm, '') : text;
	return withoutSourceTitles(withoutAka);
}

const files = [
	...filesUnder(join(root, 'src'), /\.(?:ts|tsx|astro|mjs|js|css)$/),
	...filesUnder(join(root, 'content'), /\.(?:mdx|json|yaml|txt)$/),
]
	.map((f) => relative(root, f))
	.filter((f) => !(f in ALLOWED))
	.sort();

describe('romanExamTypes', () => {
	it.each([
		'a SOC 2 Type II report',
		'Type I.',
		'get a Type I first',
		'type-II reports',
		'Type\u00a0II',
		'TYPE I',
		'(Type II)',
	])('flags %j', (text) => expect(romanExamTypes(text)).toHaveLength(1));

	it.each(['a SOC 2 Type 2 report', 'Type 1.', 'prototype II', 'Type Is', 'Type III', 'typeII', 'Type 12'])(
		'accepts %j',
		(text) => expect(romanExamTypes(text)).toEqual([]),
	);

	it('finds every Roman spelling in a text made of the guide’s words, and nothing else', () => {
		const word = fc.constantFrom('SOC', '2', 'report', 'a', 'the', 'Type', 'types', 'I', 'II', '1', ',', '.');
		fc.assert(
			fc.property(fc.array(word, { maxLength: 12 }), fc.boolean(), (words, roman) => {
				const label = roman ? 'Type II' : typeLabel(2);
				const text = `${words.join(' ')} x ${label} y`;
				const found = romanExamTypes(text).length;
				const expected = [...`${words.join(' ')} x `.matchAll(/\bType I{1,2}(?= )/g)].length + (roman ? 1 : 0);
				expect(found).toBe(expected);
			}),
		);
	});
});

describe('the examination types', () => {
	it('are labelled Type 1 and Type 2 in the shared vocabulary', () => {
		expect(EXAM_TYPES.map((t) => t.label)).toEqual(['Type 1', 'Type 2']);
		expect(romanExamTypes(EXAM_TYPES.map((t) => t.label).join(' '))).toEqual([]);
	});

	it('finds files to check (the list is read from the source tree)', () => {
		expect(files).toContain('src/lib/engagement/vocabulary.ts');
		expect(files).toContain('content/chooser-questions.json');
		expect(files.some((f) => f.startsWith('content/chapters/'))).toBe(true);
	});

	it.each(files)('%s writes Type 1 and Type 2, never Type I or Type II', (file) => {
		expect(romanExamTypes(ownWords(join(root, file)))).toEqual([]);
	});
});
