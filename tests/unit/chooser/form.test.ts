/** The chooser's form handlers: whatever the inputs report, only real answers reach the state. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	answerFrom,
	optionValues,
	selectionFor,
	toggleSelection,
} from '../../../src/lib/chooser/form';
import {
	isComplete,
	parseChooserQuery,
	serializeChooserAnswers,
} from '../../../src/lib/chooser/query';
import { QUESTIONS, questionById, type Answers } from '../../../src/lib/chooser/questions';
import { HOSTILE_VALUES } from '../support/hostile';

const commitments = questionById('commitments');
const canonical = (answers: Partial<Answers>) =>
	JSON.stringify(Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : 1)));
const financial = questionById('financial');

describe('chooser form handlers', () => {
	it('a radio question keeps the last option ticked', () => {
		const picked = toggleSelection(
			financial,
			toggleSelection(financial, [], 'yes', true),
			'no',
			true,
		);
		expect(answerFrom(financial, picked)).toBe('no');
	});

	it('"none of these" clears the other boxes, and another box clears it', () => {
		const some = toggleSelection(commitments, ['uptime', 'personal'], 'none', true);
		expect(some).toEqual(['none']);
		expect(answerFrom(commitments, some)).toEqual([]);
		const again = toggleSelection(commitments, some, 'personal', true);
		expect(answerFrom(commitments, again)).toEqual(['personal']);
		expect(answerFrom(commitments, [])).toBeUndefined();
	});

	it('ignores values that are not options of the question', () => {
		expect(toggleSelection(financial, ['yes'], '<script>', true)).toEqual(['yes']);
		expect(answerFrom(financial, ['maybe'])).toBeUndefined();
		expect(answerFrom(commitments, ['bogus', 'uptime'])).toEqual(['uptime']);
	});

	it('10,000 generated form sessions: every answer is valid and the link reads back the same', () => {
		// A session: for each step a question, a value the inputs report (real or junk) and a tick.
		const value = (options: string[]) =>
			fc.oneof(fc.constantFrom(...options), fc.constantFrom(...HOSTILE_VALUES));
		const step = fc.nat({ max: QUESTIONS.length - 1 }).chain((index) => {
			const question = QUESTIONS[index]!;
			return fc.tuple(
				fc.constant(index),
				fc.array(fc.tuple(value(optionValues(question)), fc.boolean()), { maxLength: 5 }),
			);
		});
		fc.assert(
			fc.property(fc.array(step, { maxLength: 12 }), (session) => {
				let answers: Partial<Answers> = {};
				for (const [index, clicks] of session) {
					const question = QUESTIONS[index]!;
					let selection = selectionFor(question, answers);
					for (const [v, checked] of clicks)
						selection = toggleSelection(question, selection, v, checked);
					const valid = optionValues(question);
					if (!selection.every((v) => valid.includes(v))) return false;
					const answer = answerFrom(question, selection);
					if (answer !== undefined) answers = { ...answers, [question.id]: answer };
				}
				// What the address bar then says reads back to exactly these answers, without a notice.
				const parsed = parseChooserQuery(serializeChooserAnswers(answers));
				return (
					parsed.notices.length === 0 &&
					canonical(parsed.answers) === canonical(answers) &&
					isComplete(answers) === (Object.keys(answers).length === QUESTIONS.length)
				);
			}),
			{ numRuns: 10_000 },
		);
	}, 60_000);
});
