import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../../src/lib/book/schema';

const valid = {
	title: 'SOC 2',
	description:
		'What a SOC 2 report covers, who asks for one and how to choose the Trust Services categories.',
	order: 3,
	part: 'basics',
	summary: 'A summary.',
	takeaways: ['One.', 'Two.'],
	updated: '2026-11-26',
	author: 'editorial',
	reviewer: 'mreyes',
	reviewed: '2026-12-04',
	sources: [{ title: 'AICPA', url: 'https://www.aicpa-cima.com/', year: 2022 }],
	topics: ['soc2'],
};

/** The paths and messages of a failed parse, as an author would read them. */
function problems(data: unknown): string[] {
	const result = chapterSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('chapter frontmatter', () => {
	it('accepts a complete chapter and fills defaults', () => {
		const parsed = chapterSchema.parse(valid);
		expect(parsed.draft).toBe(false);
		expect(parsed.updated).toBeInstanceOf(Date);
	});
	it.each([
		[
			'description',
			{ description: 'x'.repeat(161) },
			/description: description must be at most 160/,
		],
		['description', { description: 'too short' }, /description: description must be at least 50/],
		['part', { part: 'intro' }, /^part: /],
		['topics', { topics: ['soc4'] }, /^topics\.0: /],
		['takeaways', { takeaways: ['only one'] }, /takeaways: give at least two/],
		['sources', { sources: [] }, /sources: every chapter needs at least one source/],
		[
			'sources',
			{ sources: [{ title: 'x', url: 'not a url' }] },
			/sources\.0\.url: must be a full address/,
		],
		['order', { order: 0 }, /^order: /],
		['updated', { updated: 'someday' }, /^updated: /],
		['author', { author: 'nobody' }, /^author: author must be one of the ids in the site config/],
		['reviewer', { reviewer: '' }, /^reviewer: reviewer must be one of the ids/],
		['reviewed', { reviewed: 'last week' }, /^reviewed: /],
	])('names the field when %s is wrong', (_, patch, message) => {
		const found = problems({ ...valid, ...patch });
		expect(
			found.some((p) => message.test(p)),
			found.join('\n'),
		).toBe(true);
	});
	it('names every missing required field', () => {
		const found = problems({});
		for (const field of [
			'title',
			'description',
			'order',
			'part',
			'summary',
			'takeaways',
			'updated',
			'author',
			'reviewer',
			'reviewed',
			'sources',
			'topics',
		]) {
			expect(
				found.some((p) => p.startsWith(`${field}:`)),
				`missing ${field}`,
			).toBe(true);
		}
	});
});
