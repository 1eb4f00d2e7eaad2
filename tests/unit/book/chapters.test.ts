import { describe, expect, it } from 'vitest';
import { groupByPart, neighbours, sortChapters } from '../../../src/lib/book/chapters';
import { PARTS, partLabel, topicLabel } from '../../../src/lib/book/parts';

const c = (slug: string, order: number, part: (typeof PARTS)[number]['id']) => ({ slug, title: slug.toUpperCase(), order, part });
const book = [c('cost', 10, 'planning'), c('intro', 1, 'basics'), c('soc-2', 3, 'basics'), c('pitfalls', 12, 'audit')];

describe('sortChapters', () => {
	it('orders by the order field whatever the input order', () => {
		expect(sortChapters(book).map((x) => x.slug)).toEqual(['intro', 'soc-2', 'cost', 'pitfalls']);
		expect(sortChapters([...book].reverse()).map((x) => x.slug)).toEqual(['intro', 'soc-2', 'cost', 'pitfalls']);
	});
	it('refuses two chapters with the same order, naming both', () => {
		expect(() => sortChapters([c('a', 2, 'basics'), c('b', 2, 'basics')])).toThrow(/"a" and "b" both have order 2/);
	});
});

describe('groupByPart', () => {
	it('groups in book order and leaves out empty parts', () => {
		const groups = groupByPart(book);
		expect(groups.map((g) => g.id)).toEqual(['basics', 'planning', 'audit']);
		expect(groups[0]!.chapters.map((x) => x.slug)).toEqual(['intro', 'soc-2']);
		expect(groups[0]!.label).toBe('Basics');
	});
});

describe('neighbours', () => {
	it('gives previous and next in reading order, none at the ends', () => {
		expect(neighbours(book, 'intro')).toEqual({ prev: undefined, next: book[2] });
		expect(neighbours(book, 'soc-2').prev?.slug).toBe('intro');
		expect(neighbours(book, 'pitfalls').next).toBeUndefined();
	});
	it('throws for an unknown chapter', () => {
		expect(() => neighbours(book, 'nope')).toThrow(/No chapter/);
	});
});

describe('labels', () => {
	it('names every part and topic', () => {
		expect(partLabel('after')).toBe('After the report');
		expect(topicLabel('soc2')).toBe('SOC 2');
	});
});
