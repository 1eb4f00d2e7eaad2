/** The questions file is checked like the chapters: a clear error naming file, question and field. */
import { describe, expect, it } from 'vitest';
import raw from '../../../content/readiness-questions.json';
import { READINESS_QUESTIONS } from '../../../src/data/readiness';
import { checkReadinessQuestions } from '../../../src/lib/readiness/questions-schema';

const broken = (change: (qs: Record<string, unknown>[]) => void) => {
	const copy = structuredClone(raw) as { questions: Record<string, unknown>[] };
	change(copy.questions);
	return () => checkReadinessQuestions(copy, 'content/readiness-questions.json');
};

describe('content/readiness-questions.json', () => {
	it('passes its schema, and the site reads exactly what passed', () => {
		expect(checkReadinessQuestions(raw)).toEqual(READINESS_QUESTIONS);
	});

	it.each([
		[
			'an unknown area',
			(qs: Record<string, unknown>[]) => (qs[2]!.area = 'weather'),
			/question 3 \(“[a-z-]+”\), area:/,
		],
		[
			'a chapter that does not exist',
			(qs: Record<string, unknown>[]) => (qs[0]!.chapter = 'soc-9'),
			/question 1 \(“oversight”\), chapter:/,
		],
		[
			'a criterion in the wrong form',
			(qs: Record<string, unknown>[]) => (qs[1]!.criteria = ['cc6']),
			/question 2 .*criteria\.0: must be a criterion/,
		],
		[
			'a missing field',
			(qs: Record<string, unknown>[]) => delete qs[4]!.fix,
			/question 5 .*, fix:/,
		],
		[
			'a misspelt field',
			(qs: Record<string, unknown>[]) => (qs[0]!.effrot = 'days'),
			/question 1 .*effrot/,
		],
		[
			'an id used twice',
			(qs: Record<string, unknown>[]) => (qs[1]!.id = qs[0]!.id),
			/question 2 .*id: “oversight” is used twice/,
		],
		[
			'an id that is not URL-safe',
			(qs: Record<string, unknown>[]) => (qs[3]!.id = 'Two Words'),
			/question 4 \(“Two Words”\), id: must be lower-case/,
		],
	])('stops on %s, naming the file, the question and the field', (_what, change, message) => {
		const check = broken(change);
		expect(check).toThrow(/^content\/readiness-questions\.json:/);
		expect(check).toThrow(message);
	});
});
