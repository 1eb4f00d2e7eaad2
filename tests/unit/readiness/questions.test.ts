import { describe, expect, it } from 'vitest';
import { READINESS_QUESTIONS } from '../../../src/data/readiness';
import { AREAS, DEFAULT_SCOPE, type AreaId } from '../../../src/lib/readiness/model';
import { questionsInScope } from '../../../src/lib/readiness/scope';
import { publishedChapterSlugs } from '../../support/content';

// The book's chapter slugs, read from content/chapters.
const CHAPTERS = publishedChapterSlugs();

// Which criteria each area may cite: its own group, plus CC5.3 (policies) under governance.
const CRITERIA_PREFIX: Record<AreaId, RegExp> = {
	governance: /^CC(1|2)\.\d$|^CC5\.3$/,
	risk: /^CC3\.\d$/,
	monitoring: /^CC4\.\d$/,
	access: /^CC6\.\d$/,
	operations: /^CC7\.\d$/,
	change: /^CC8\.\d$/,
	vendors: /^CC9\.\d$/,
	availability: /^A1\.\d$/,
	confidentiality: /^C1\.\d$/,
	'processing-integrity': /^PI1\.\d$/,
	privacy: /^P[1-8]\.\d(–P[1-8]\.\d)?$/,
};

describe('the readiness questions file', () => {
	const questions = READINESS_QUESTIONS;

	it('has between 25 and 40 questions, and 25 or more for a Security-only SOC 2', () => {
		expect(questions.length, 'total questions').toBeGreaterThanOrEqual(25);
		expect(questions.length, 'total questions').toBeLessThanOrEqual(40);
		expect(
			questionsInScope(questions, DEFAULT_SCOPE).length,
			'Security-only questions',
		).toBeGreaterThanOrEqual(25);
	});

	it('uses unique, URL-safe ids', () => {
		const ids = questions.map((q) => q.id);
		expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
		for (const id of ids) expect(id, `id ${id}`).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
	});

	it('gives every area at least two questions, and lists each area in one block', () => {
		for (const area of AREAS) {
			const count = questions.filter((q) => q.area === area.id).length;
			expect(count, `questions in ${area.id}`).toBeGreaterThanOrEqual(2);
		}
		const order = questions.map((q) => q.area).filter((a, i, all) => a !== all[i - 1]);
		expect(order, 'areas appear in walking order, each once').toEqual(AREAS.map((a) => a.id));
	});

	it('cites only criteria of the question’s own area', () => {
		for (const q of questions) {
			expect(q.criteria.length, `${q.id} cites criteria`).toBeGreaterThan(0);
			for (const c of q.criteria) expect(c, `${q.id} criterion`).toMatch(CRITERIA_PREFIX[q.area]);
		}
	});

	it('points every question at a chapter that exists', () => {
		for (const q of questions) expect(CHAPTERS, `${q.id} chapter`).toContain(q.chapter);
	});

	it('writes the texts as finished sentences, the reason as exactly one', () => {
		for (const q of questions) {
			expect(q.question, `${q.id} question`).toMatch(/^[A-Z].*\?$/);
			expect(q.title, `${q.id} title is short, no full stop`).toMatch(/^[A-Z][^.?]{3,45}$/);
			for (const [field, text] of [
				['why', q.why],
				['evidence', q.evidence],
				['fix', q.fix],
			] as const) {
				expect(text, `${q.id} ${field}`).toMatch(/^[A-Z].*\.$/);
			}
			expect(q.why.split(/[.!?] /).length, `${q.id} why is one sentence`).toBe(1);
		}
	});

	it('never calls a SOC report a certification', () => {
		for (const q of questions) {
			const text = [q.question, q.why, q.evidence, q.fix].join(' ');
			expect(text, `${q.id} wording`).not.toMatch(/certif(ied|ication)/i);
		}
	});

	it('marks only Security questions as relevant to a SOC 1', () => {
		const optional = new Set<string>(
			AREAS.filter((a) => a.category !== 'security').map((a) => a.id),
		);
		for (const q of questions.filter((q) => q.soc1)) {
			expect(optional.has(q.area), `${q.id} is a Security question`).toBe(false);
		}
	});
});
