/**
 * One source for every figure: a cost or duration in a chapter's prose either comes from the
 * estimator's assumptions (rendered by <Figure>) or names its own source with a year in the same
 * sentence or table row. A figure attributed to an undated page fails, and so does an assumption
 * row without any dated source: a figure with no dated source is removed or derived from dated rows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import raw from '../../../content/estimator-assumptions.json';
import { figureText } from '../../../src/lib/book/figures';
import { figuresIn, undatedRows, unsourcedFigures } from './figure-rules';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = join(root, 'content/chapters');
const chapters = readdirSync(dir)
	.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
	.map((f) => ({ slug: f.replace(/\.mdx$/, ''), body: readFileSync(join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') }));

describe.each(chapters.map((c) => [c.slug, c] as const))('chapter %s', (_, chapter) => {
	it('shows every cost and duration from the data or with its own dated source', () => {
		expect(unsourcedFigures(chapter.body)).toEqual([]);
	});
	it('renders only figures that exist in the data', () => {
		for (const { id, part } of figuresIn(chapter.body)) expect(() => figureText(id, part)).not.toThrow();
	});
});

describe('estimator assumptions', () => {
	it('give every row a source with a publication year', () => {
		expect(undatedRows(raw as never)).toEqual([]);
	});
	it('find a row whose sources are all undated', () => {
		const data = structuredClone(raw) as { sources: { id: string; year: number | null }[]; assumptions: Record<string, { sources: string[] }> };
		const cited = new Set(data.assumptions.reportWeeks!.sources);
		for (const s of data.sources) if (cited.has(s.id)) s.year = null;
		expect(undatedRows(data)).toContain('reportWeeks');
	});
});
