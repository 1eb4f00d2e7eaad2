import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAQ_TOPICS, FAQ_TOPIC_IDS, groupByTopic } from '../../../src/lib/book/faq-topics';

describe('groupByTopic', () => {
	it('lists topics in their own order, questions in theirs, and leaves out empty topics', () => {
		const groups = groupByTopic([
			{ id: 'q1', topic: 'auditors' },
			{ id: 'q2', topic: 'basics' },
			{ id: 'q3', topic: 'auditors' },
		]);
		expect(groups.map((g) => [g.id, g.questions.map((q) => q.id)])).toEqual([
			['basics', ['q2']],
			['auditors', ['q1', 'q3']],
		]);
		expect(groups[0]!.label).toBe(FAQ_TOPICS[0].label);
	});
	it('any list of questions: every question appears once, under its own topic', () => {
		const question = fc.record({ id: fc.uuid(), topic: fc.constantFrom(...FAQ_TOPIC_IDS) });
		fc.assert(
			fc.property(fc.array(question, { maxLength: 40 }), (questions) => {
				const groups = groupByTopic(questions);
				const listed = groups.flatMap((g) => g.questions.map((q) => ({ q, topic: g.id })));
				return (
					listed.length === questions.length &&
					listed.every(({ q, topic }) => q.topic === topic) &&
					groups.every((g) => g.questions.length > 0)
				);
			}),
		);
	});
});
