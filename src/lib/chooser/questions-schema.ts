/**
 * The schema of content/chooser-questions.json, the chooser's questions as authors word them. The
 * file holds words only: the question ids and answer values are the code's (./questions), and the
 * schema checks that the file has exactly those, so a missing, extra or renamed id stops the build.
 * The build checks the file with it (src/pages/chooser.astro) and stops with the file, the question
 * and the field named; the browser never loads the schema, only the checked data.
 */
import { z } from 'astro/zod';
import {
	QUESTION_IDS,
	QUESTION_SHAPES,
	TERM_LISTS,
	questionsFromWords,
	termLabel,
	type Question,
	type QuestionId,
	type QuestionWords,
} from './questions';

const text = z.string().trim().min(2, { error: 'must not be empty' });
const sentence = z.string().trim().min(10, { error: 'must be a full sentence' });

const option = z.strictObject({
	value: z.string(),
	label: text,
	hint: text.optional(),
});

/** One question's words. */
export const chooserQuestionSchema = z.strictObject({
	id: z.string(),
	short: text,
	title: sentence,
	hint: sentence,
	why: sentence,
	options: z.array(option).min(2),
	noneOption: option.optional(),
});

type Words = z.infer<typeof chooserQuestionSchema>;
type Issue = { path: (string | number)[]; message: string };

const quote = (values: readonly string[]) => values.map((v) => `“${v}”`).join(', ');
const isQuestionId = (id: string): id is QuestionId =>
	(QUESTION_IDS as readonly string[]).includes(id);

/** Every term reference ({report.soc1}) in the text names a shared term. */
function termIssues(value: string | undefined, path: (string | number)[]): Issue[] {
	if (value === undefined) return [];
	return [...value.matchAll(/\{([^{}]*)\}/g)].flatMap(([ref, inner]) => {
		const [list, id] = (inner ?? '').split('.');
		return termLabel(list ?? '', id ?? '') === null
			? [
					{
						path,
						message: `${ref} names no shared term (write {list.id}, with a list from ${Object.keys(TERM_LISTS).join(', ')})`,
					},
				]
			: [];
	});
}

/** The shared terms an answer label writes out instead of naming ({report.soc1}). */
function retypedTerms(label: string): string[] {
	return Object.entries(TERM_LISTS).flatMap(([list, terms]) =>
		terms
			.filter((t) =>
				new RegExp(`(?<![\\w])${t.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`).test(
					label,
				),
			)
			.map((t) => `“${t.label}” (write {${list}.${t.id}})`),
	);
}

/** What is wrong with the answers of one question, against the values the code knows. */
function optionIssues(words: Words, i: number, id: QuestionId): Issue[] {
	const shape: { kind: string; values: readonly string[]; none?: string } = QUESTION_SHAPES[id];
	const issues: Issue[] = [];
	const seen = new Set<string>();
	words.options.forEach((o, j) => {
		const at = [i, 'options', j];
		if (!shape.values.includes(o.value))
			issues.push({
				path: [...at, 'value'],
				message: `“${o.value}” is not an answer the chooser knows for this question (${quote(shape.values)})`,
			});
		else if (seen.has(o.value))
			issues.push({ path: [...at, 'value'], message: `“${o.value}” is used twice` });
		seen.add(o.value);
	});
	const missing = shape.values.filter((v) => !seen.has(v));
	if (missing.length > 0)
		issues.push({
			path: [i, 'options'],
			message: `the ${missing.length === 1 ? 'answer' : 'answers'} ${quote(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`,
		});
	if (shape.none === undefined && words.noneOption)
		issues.push({
			path: [i, 'noneOption'],
			message: 'only a multiple-choice question has a “none of these” answer',
		});
	if (shape.none !== undefined && !words.noneOption)
		issues.push({ path: [i, 'noneOption'], message: `is missing (its value is “${shape.none}”)` });
	if (shape.none !== undefined && words.noneOption && words.noneOption.value !== shape.none)
		issues.push({
			path: [i, 'noneOption', 'value'],
			message: `must be “${shape.none}”, the value the chooser knows, not “${words.noneOption.value}”`,
		});
	const labelled = [
		...words.options.map((o, j) => ({ o, at: [i, 'options', j] })),
		...(words.noneOption ? [{ o: words.noneOption, at: [i, 'noneOption'] }] : []),
	];
	for (const { o, at } of labelled) {
		const retyped = retypedTerms(o.label);
		if (retyped.length > 0)
			issues.push({
				path: [...at, 'label'],
				message: `retypes the shared ${retyped.length === 1 ? 'term' : 'terms'} ${retyped.join(', ')}`,
			});
	}
	return issues;
}

/** The whole file: an authors' note and exactly the chooser's questions, in the order it asks them. */
export const chooserQuestionsFileSchema = z.strictObject({
	$comment: z.array(z.string()).optional(),
	questions: z.array(chooserQuestionSchema).superRefine((questions, ctx) => {
		const issues: Issue[] = [];
		const seen = new Set<string>();
		questions.forEach((q, i) => {
			if (!isQuestionId(q.id))
				issues.push({
					path: [i, 'id'],
					message: `“${q.id}” is not a question the chooser knows (${quote(QUESTION_IDS)})`,
				});
			else if (seen.has(q.id)) issues.push({ path: [i, 'id'], message: `“${q.id}” is used twice` });
			else issues.push(...optionIssues(q, i, q.id));
			seen.add(q.id);
			for (const field of ['short', 'title', 'hint', 'why'] as const)
				issues.push(...termIssues(q[field], [i, field]));
			q.options.forEach((o, j) =>
				issues.push(
					...termIssues(o.label, [i, 'options', j, 'label']),
					...termIssues(o.hint, [i, 'options', j, 'hint']),
				),
			);
			if (q.noneOption) issues.push(...termIssues(q.noneOption.label, [i, 'noneOption', 'label']));
		});
		const missing = QUESTION_IDS.filter((id) => !seen.has(id));
		if (missing.length > 0)
			issues.push({
				path: [],
				message: `the ${missing.length === 1 ? 'question' : 'questions'} ${quote(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`,
			});
		else if (
			questions.length === QUESTION_IDS.length &&
			questions.some((q, i) => q.id !== QUESTION_IDS[i])
		)
			issues.push({
				path: [],
				message: `the questions must come in the order the chooser asks them: ${quote(QUESTION_IDS)}`,
			});
		for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
	}),
});

/**
 * The questions from the file's parsed JSON, or an error naming the file, the question (by number
 * and id) and the field for every problem.
 */
export function checkChooserQuestions(
	raw: unknown,
	file = 'content/chooser-questions.json',
): readonly Question[] {
	const parsed = chooserQuestionsFileSchema.safeParse(raw);
	if (parsed.success) return questionsFromWords(parsed.data.questions as readonly QuestionWords[]);
	const questions = (raw as { questions?: { id?: unknown }[] } | null)?.questions;
	const lines = parsed.error.issues.map((issue) => {
		const [top, index, ...rest] = issue.path;
		if (top === 'questions' && typeof index === 'number') {
			const id = questions?.[index]?.id;
			const which = `question ${index + 1}${typeof id === 'string' ? ` (“${id}”)` : ''}`;
			return `${which}, ${rest.length > 0 ? rest.join('.') : 'the question itself'}: ${issue.message}`;
		}
		return `${issue.path.join('.') || 'the file'}: ${issue.message}`;
	});
	throw new Error(`${file}:\n  ${lines.join('\n  ')}`);
}
