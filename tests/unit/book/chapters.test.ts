import { describe, expect, it } from 'vitest';
import {
	groupByPart,
	neighbours,
	sidebarGroups,
	sortChapters,
} from '../../../src/lib/book/chapters';
import { PARTS, PART_IDS, partLabel, topicLabel } from '../../../src/lib/book/parts';

const c = (slug: string, order: number, part: (typeof PARTS)[number]['id']) => ({
	slug,
	title: slug.toUpperCase(),
	order,
	part,
});
const book = [
	c('cost', 10, 'planning'),
	c('intro', 1, 'basics'),
	c('soc-2', 3, 'basics'),
	c('pitfalls', 12, 'audit'),
];

describe('sortChapters', () => {
	it('orders by the order field whatever the input order', () => {
		expect(sortChapters(book).map((x) => x.slug)).toEqual(['intro', 'soc-2', 'cost', 'pitfalls']);
		expect(sortChapters([...book].reverse()).map((x) => x.slug)).toEqual([
			'intro',
			'soc-2',
			'cost',
			'pitfalls',
		]);
	});
	it('refuses two chapters with the same order, naming both', () => {
		expect(() => sortChapters([c('a', 2, 'basics'), c('b', 2, 'basics')])).toThrow(
			/"a" and "b" both have order 2/,
		);
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

describe('sidebarGroups', () => {
	const parts = PART_IDS;
	const big = Array.from({ length: 500 }, (_, i) =>
		c(`ch-${i + 1}`, i + 1, parts[Math.floor(i / 100)]!),
	);

	it('lists a short book whole', () => {
		const groups = sidebarGroups(book, 'soc-2');
		expect(groups.flatMap((g) => g.chapters)).toHaveLength(book.length);
		expect(groups.every((g) => g.hidden === 0)).toBe(true);
	});
	it('lists only a window of the current part in a long book, the same size wherever you are', () => {
		for (const current of ['ch-1', 'ch-150', 'ch-250', 'ch-500']) {
			const groups = sidebarGroups(big, current, { window: 5 });
			const listed = groups.flatMap((g) => g.chapters);
			expect(listed.map((x) => x.slug)).toContain(current);
			expect(listed.length).toBeLessThanOrEqual(11);
			expect(groups.reduce((n, g) => n + g.chapters.length + g.hidden, 0)).toBe(500);
		}
		const middle = sidebarGroups(big, 'ch-150', { window: 5 }).find((g) => g.id === 'choosing')!;
		expect(middle.chapters.map((x) => x.order)).toEqual([
			145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155,
		]);
	});
	it('keeps every part visible by name', () => {
		expect(sidebarGroups(big, 'ch-1').map((g) => g.id)).toEqual([...parts]);
	});
});
