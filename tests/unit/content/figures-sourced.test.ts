/**
 * One source for every figure: a cost or duration in a chapter's prose either comes from the
 * estimator's assumptions (rendered by <Figure>) or names its own source with a year in the same
 * sentence or table row. A figure attributed to an undated page fails, and so does an assumption
 * row without any dated source, apart from the rows listed as pending below.
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

/**
 * Rows whose only sources are undated pages and for which no dated replacement has been found yet.
 * The list must match the data exactly, so fixing a row (or adding an undated one) fails the test
 * until the list is updated; see the About page's sourcing policy.
 */
const PENDING_DATED_SOURCE = [
	'soc1Share',
	'combinedSecondShare',
	'categoryAddOn',
	'subserviceAddOn',
	'renewalUpkeepHours',
	'platformFee',
	'penTestFee',
	'scopingWeeks',
	'readinessWeeks',
	'combinedPace',
	'reportWeeks',
	'bridgeLetterMonths',
];

describe.each(chapters.map((c) => [c.slug, c] as const))('chapter %s', (_, chapter) => {
	it('shows every cost and duration from the data or with its own dated source', () => {
		expect(unsourcedFigures(chapter.body)).toEqual([]);
	});
	it('renders only figures that exist in the data', () => {
		for (const { id, part } of figuresIn(chapter.body)) expect(() => figureText(id, part)).not.toThrow();
	});
});

describe('estimator assumptions', () => {
	it('give every row a source with a publication year, apart from the pending rows', () => {
		expect(undatedRows(raw as never).sort()).toEqual([...PENDING_DATED_SOURCE].sort());
	});
});
