/**
 * The schema of content/readiness-questions.json, the self-check's questions as authors edit them.
 * The build checks the file with it (src/pages/readiness.astro) and stops with the file, the
 * question and the field named; the browser never loads the schema, only the checked data.
 */
import { z } from 'astro/zod';
import { CHAPTER_SLUGS } from '../engagement/vocabulary';
import { AREAS, type ReadinessQuestion } from './model';

const sentence = z.string().trim().min(10, { error: 'must be a full sentence' });

/** One question. */
export const readinessQuestionSchema = z.strictObject({
	id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
		error: 'must be lower-case letters, digits and hyphens',
	}),
	title: z.string().trim().min(3),
	area: z.enum(AREAS.map((a) => a.id) as [string, ...string[]]),
	criteria: z
		.array(
			z.string().regex(/^(CC|A|C|PI|P)\d\.\d+(–(CC|A|C|PI|P)\d\.\d+)?$/, {
				error: 'must be a criterion such as CC6.1 or a range such as P6.1–P6.7',
			}),
		)
		.min(1),
	question: sentence,
	why: sentence,
	evidence: sentence,
	fix: sentence,
	chapter: z.enum(CHAPTER_SLUGS),
	blocks: z.enum(['often', 'sometimes', 'rarely']),
	effort: z.enum(['days', 'weeks', 'months']),
	soc1: z.boolean(),
});

/** The whole file: an authors' note and the questions, with unique ids. */
export const readinessQuestionsFileSchema = z.strictObject({
	$comment: z.array(z.string()).optional(),
	questions: z
		.array(readinessQuestionSchema)
		.min(1)
		.superRefine((questions, ctx) => {
			const seen = new Set<string>();
			questions.forEach((q, i) => {
				if (seen.has(q.id))
					ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `“${q.id}” is used twice` });
				seen.add(q.id);
			});
		}),
});

/**
 * The questions from the file's parsed JSON, or an error naming the file, the question (by number
 * and id) and the field for every problem.
 */
export function checkReadinessQuestions(
	raw: unknown,
	file = 'content/readiness-questions.json',
): readonly ReadinessQuestion[] {
	const parsed = readinessQuestionsFileSchema.safeParse(raw);
	if (parsed.success) return parsed.data.questions as readonly ReadinessQuestion[];
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
