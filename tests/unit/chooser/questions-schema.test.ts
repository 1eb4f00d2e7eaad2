/**
 * The chooser's questions file holds the words; the code holds the ids the rules switch on. The
 * schema stops the build on any mismatch between the two, naming the file, the question and the field.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../../content/chooser-questions.json';
import {
	QUESTION_IDS,
	QUESTION_SHAPES,
	QUESTIONS,
	optionLabel,
} from '../../../src/lib/chooser/questions';
import { checkChooserQuestions } from '../../../src/lib/chooser/questions-schema';
import { REPORT_NAMES, labelOf } from '../../../src/lib/engagement/vocabulary';

type Words = {
	id: string;
	options: { value: string; label: string }[];
	noneOption?: { value: string; label: string };
	[k: string]: unknown;
};
const FILE = 'content/chooser-questions.json';

const broken = (change: (qs: Words[]) => void) => {
	const copy = structuredClone(raw) as unknown as { questions: Words[] };
	change(copy.questions);
	return () => checkChooserQuestions(copy, FILE);
};
const at = (qs: Words[], id: string) => qs.find((q) => q.id === id)!;
const number = (id: string) => QUESTION_IDS.indexOf(id as never) + 1;

describe('content/chooser-questions.json', () => {
	it('passes its schema, and the site reads exactly what passed', () => {
		expect(checkChooserQuestions(raw)).toEqual(QUESTIONS);
	});

	it('has, for every question the code knows, exactly the answer values the rules switch on', () => {
		expect(QUESTIONS.map((q) => q.id)).toEqual([...QUESTION_IDS]);
		for (const q of QUESTIONS) {
			const shape: { kind: string; values: readonly string[]; none?: string } =
				QUESTION_SHAPES[q.id];
			expect(q.kind).toBe(shape.kind);
			expect(q.options.map((o) => o.value).sort()).toEqual([...shape.values].sort());
			expect(q.noneOption?.value).toBe(shape.none);
		}
	});

	it('takes answer labels that name a report from the shared vocabulary', () => {
		for (const id of ['soc1', 'soc2'] as const)
			expect(optionLabel('asked', id)).toContain(labelOf(REPORT_NAMES, id));
		const file = at((raw as unknown as { questions: Words[] }).questions, 'asked');
		expect(file.options.find((o) => o.value === 'soc1')!.label).not.toContain(
			labelOf(REPORT_NAMES, 'soc1'),
		);
		for (const q of QUESTIONS)
			for (const o of [...q.options, ...(q.noneOption ? [q.noneOption] : [])])
				expect(o.label).not.toMatch(/[{}]/);
	});

	it.each([
		[
			'a missing question',
			(qs: Words[]) => qs.splice(qs.indexOf(at(qs, 'public')), 1),
			/questions: the question “public” is missing/,
		],
		[
			'an extra question',
			(qs: Words[]) => qs.push({ ...structuredClone(at(qs, 'data')), id: 'budget' }),
			/question 8 \(“budget”\), id: “budget” is not a question the chooser knows/,
		],
		[
			'a renamed question',
			(qs: Words[]) => (at(qs, 'asked').id = 'requested'),
			new RegExp(
				`question ${number('asked')} \\(“requested”\\), id: “requested” is not a question the chooser knows[^]*questions: the question “asked” is missing`,
			),
		],
		[
			'a question used twice',
			(qs: Words[]) => (at(qs, 'data').id = 'financial'),
			/question 2 \(“financial”\), id: “financial” is used twice/,
		],
		[
			'questions out of order',
			(qs: Words[]) => qs.reverse(),
			/questions: the questions must come in the order the chooser asks them/,
		],
		[
			'a missing answer',
			(qs: Words[]) => at(qs, 'controls').options.pop(),
			new RegExp(
				`question ${number('controls')} \\(“controls”\\), options: the answer “unsure” is missing`,
			),
		],
		[
			'an extra answer',
			(qs: Words[]) => at(qs, 'deadline').options.push({ value: '24m', label: 'In two years' }),
			new RegExp(
				`question ${number('deadline')} \\(“deadline”\\), options\\.5\\.value: “24m” is not an answer the chooser knows`,
			),
		],
		[
			'a renamed answer',
			(qs: Words[]) => (at(qs, 'asked').options[2]!.value = 'sox1'),
			new RegExp(
				`question ${number('asked')} \\(“asked”\\), options\\.2\\.value: “sox1” is not an answer[^]*options: the answer “soc1” is missing`,
			),
		],
		[
			'a renamed “none of these”',
			(qs: Words[]) => (at(qs, 'commitments').noneOption!.value = 'nothing'),
			/question 3 \(“commitments”\), noneOption\.value: must be “none”/,
		],
		[
			'a missing “none of these”',
			(qs: Words[]) => delete at(qs, 'commitments').noneOption,
			/question 3 \(“commitments”\), noneOption: is missing/,
		],
		[
			'a “none of these” on a single-choice question',
			(qs: Words[]) => (at(qs, 'data').noneOption = { value: 'none', label: 'None' }),
			/question 2 \(“data”\), noneOption: only a multiple-choice question/,
		],
		[
			'a retyped report name',
			(qs: Words[]) =>
				(at(qs, 'asked').options[3]!.label = `A ${labelOf(REPORT_NAMES, 'soc2')} report`),
			/options\.3\.label: retypes the shared term “SOC 2” \(write \{report\.soc2\}\)/,
		],
		[
			'a reference to no term',
			(qs: Words[]) => (at(qs, 'asked').options[2]!.label = 'A {report.soc9} report'),
			/options\.2\.label: \{report\.soc9\} names no shared term/,
		],
		[
			'a missing field',
			(qs: Words[]) => delete at(qs, 'financial').why,
			/question 1 \(“financial”\), why:/,
		],
		[
			'a misspelt field',
			(qs: Words[]) => (at(qs, 'financial').tilte = 'x'),
			/question 1 \(“financial”\), .*tilte/,
		],
	])('stops on %s, naming the file, the question and the field', (_what, change, message) => {
		const check = broken(change);
		expect(check).toThrow(/^content\/chooser-questions\.json:/);
		expect(check).toThrow(message);
	});
});
