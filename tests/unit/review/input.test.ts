import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	EMPTY_INPUT,
	MAX_ITEMS,
	addCuec,
	addException,
	addSubservice,
	removeItem,
	settledInput,
	updateCuec,
	updateException,
	updateSubservice,
	withCategory,
	withChoice,
	withDate,
	withVendor,
} from '../../../src/lib/review/input';
import type { ReviewInput } from '../../../src/lib/review/rules';
import { readReviewLink, reviewLink } from '../../../src/lib/review/url-state';

const TODAY = '2026-12-04';
import { hostileText } from '../support/hostile';

describe('form handlers', () => {
	it('take real choices and leave the input alone otherwise', () => {
		expect(withChoice(EMPTY_INPUT, 'opinion', 'adverse').opinion).toBe('adverse');
		expect(withChoice(EMPTY_INPUT, 'opinion', 'great')).toBe(EMPTY_INPUT);
		expect(withChoice(EMPTY_INPUT, 'report', 'soc3')).toBe(EMPTY_INPUT);
		expect(withDate(EMPTY_INPUT, 'end', '2026-09-30').end).toBe('2026-09-30');
		expect(withDate(EMPTY_INPUT, 'end', '2026-02-30')).toBe(EMPTY_INPUT);
		expect(withDate({ ...EMPTY_INPUT, end: '2026-09-30' }, 'end', '').end).toBe('');
		expect(withCategory(EMPTY_INPUT, 'needs', 'privacy', true).needs).toEqual(['privacy']);
		expect(withCategory(EMPTY_INPUT, 'categories', 'security', true)).toBe(EMPTY_INPUT);
	});

	it('edit list items by position and cap each list', () => {
		let input = addException(addException(EMPTY_INPUT));
		input = updateException(input, 1, { text: 'Backups\nuntested', responded: true });
		expect(input.exceptions).toEqual([
			{ text: '', responded: false },
			{ text: 'Backups untested', responded: true },
		]);
		expect(removeItem(input, 'exceptions', 0).exceptions).toEqual([
			{ text: 'Backups untested', responded: true },
		]);
		expect(removeItem(input, 'exceptions', 5)).toBe(input);
		let full = EMPTY_INPUT;
		for (let i = 0; i < MAX_ITEMS + 3; i++) full = addCuec(full);
		expect(full.cuecs).toHaveLength(MAX_ITEMS);
		expect(settledInput(updateCuec(full, 0, 'Review admins')).cuecs).toEqual(['Review admins']);
		const sub = updateSubservice(addSubservice(EMPTY_INPUT), 0, { method: 'inclusive' });
		expect(sub.subservice).toEqual([{ name: '', method: 'inclusive' }]);
		expect(settledInput(sub).subservice[0]!.name).toBe('');
	});

	it('keep any sequence of edits writable to a link that reads back the same', () => {
		const step = fc.oneof(
			fc.tuple(
				fc.constant('choice'),
				fc.constantFrom('report', 'type', 'use', 'opinion'),
				hostileText.map(String),
				fc.constantFrom('soc1', 'soc2', '1', '2', 'both', 'qualified'),
			),
			fc.tuple(
				fc.constant('date'),
				fc.constantFrom('start', 'end', 'issued', 'bridge'),
				fc.oneof(hostileText, fc.constantFrom('2026-09-30', '2025-10-01', '')),
			),
			fc.tuple(
				fc.constant('category'),
				fc.constantFrom('needs', 'categories'),
				fc.oneof(hostileText, fc.constantFrom('privacy', 'availability')),
				fc.boolean(),
			),
			fc.tuple(fc.constant('add'), fc.constantFrom('exceptions', 'subservice', 'cuecs')),
			fc.tuple(fc.constant('edit'), fc.integer({ min: -1, max: 3 }), hostileText, fc.boolean()),
			fc.tuple(
				fc.constant('remove'),
				fc.constantFrom('exceptions', 'subservice', 'cuecs'),
				fc.integer({ min: -1, max: 3 }),
			),
			fc.tuple(fc.constant('vendor'), hostileText),
		);
		fc.assert(
			fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
				let input: ReviewInput = EMPTY_INPUT;
				for (const s of steps) {
					const [kind] = s;
					if (kind === 'choice') input = withChoice(input, s[1], Math.random() < 0.5 ? s[2] : s[3]);
					else if (kind === 'date') input = withDate(input, s[1], s[2]);
					else if (kind === 'category') input = withCategory(input, s[1], s[2], s[3]);
					else if (kind === 'add')
						input =
							s[1] === 'exceptions'
								? addException(input)
								: s[1] === 'subservice'
									? addSubservice(input)
									: addCuec(input);
					else if (kind === 'edit') {
						const [, i, text, flag] = s as [string, number, string, boolean];
						input = updateCuec(
							updateSubservice(updateException(input, i, { text, responded: flag }), i, {
								name: text,
							}),
							i,
							text,
						);
					} else if (kind === 'remove') input = removeItem(input, s[1], s[2]);
					else input = withVendor(input, s[1]);
				}
				const settled = settledInput(input);
				const back = readReviewLink(reviewLink(settled), TODAY);
				expect(back.notices).toEqual([]);
				// Only a SOC 2 keeps categories and only a Type 2 a start date in the link.
				expect(back.input).toEqual({
					...settled,
					exceptions: settled.exceptions.filter((e) => e.text !== ''),
					subservice: settled.subservice.filter((s) => s.name !== ''),
					categories: settled.report === 'soc2' ? settled.categories : [],
					start: settled.type === 2 ? settled.start : '',
				});
			}),
			{ numRuns: 10_000 },
		);
	}, 300_000);
});
