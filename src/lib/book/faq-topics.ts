/** The topics the FAQ is grouped under, in the order the page lists them. */
export const FAQ_TOPICS = [
	{ id: 'basics', label: 'The basics' },
	{ id: 'types', label: 'Type 1 and Type 2' },
	{ id: 'cost-and-time', label: 'Cost and time' },
	{ id: 'preparing', label: 'Scope and preparation' },
	{ id: 'auditors', label: 'Auditors' },
	{ id: 'the-report', label: 'The report and after' },
] as const;

export type FaqTopicId = (typeof FAQ_TOPICS)[number]['id'];

/** The topic ids, for the content schema. */
export const FAQ_TOPIC_IDS = FAQ_TOPICS.map((t) => t.id) as [FaqTopicId, ...FaqTopicId[]];

/**
 * Groups questions by topic in the topics' order, keeping the questions' own order within each
 * topic; topics without questions are left out.
 */
export function groupByTopic<T extends { topic: FaqTopicId }>(
	questions: readonly T[],
): { id: FaqTopicId; label: string; questions: T[] }[] {
	return FAQ_TOPICS.map((t) => ({
		id: t.id,
		label: t.label,
		questions: questions.filter((q) => q.topic === t.id),
	})).filter((g) => g.questions.length > 0);
}
