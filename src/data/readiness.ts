/**
 * The self-check's questions, as authors write them in content/readiness-questions.json. Only the
 * `questions` array is imported, so the browser's copy leaves out the authors' note; the build checks
 * the file against its schema (src/lib/readiness/questions-schema.ts) in src/pages/readiness.astro.
 */
import { questions } from '../../content/readiness-questions.json';
import type { ReadinessQuestion } from '../lib/readiness/model';

/** Every question of the readiness self-check, in the order the reader meets them. */
export const READINESS_QUESTIONS = questions as readonly ReadinessQuestion[];
