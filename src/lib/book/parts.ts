/** The book's parts, in reading order. Ids are stable (used in URLs and search filters). */
export const PARTS = [
	{ id: 'basics', label: 'Basics' },
	{ id: 'choosing', label: 'Choosing a report' },
	{ id: 'planning', label: 'Planning and cost' },
	{ id: 'audit', label: 'The audit' },
	{ id: 'after', label: 'After the report' },
] as const;

export type PartId = (typeof PARTS)[number]['id'];

export const PART_IDS = PARTS.map((p) => p.id) as [PartId, ...PartId[]];

/** The topics a chapter can be filed under; used as search filters. */
export const TOPICS = [
	{ id: 'soc1', label: 'SOC 1' },
	{ id: 'soc2', label: 'SOC 2' },
	{ id: 'soc3', label: 'SOC 3' },
	{ id: 'general', label: 'General' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];

export const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

/** Display label of a part id. */
export function partLabel(id: PartId): string {
	return PARTS.find((p) => p.id === id)?.label ?? id;
}

/** Display label of a topic id. */
export function topicLabel(id: TopicId): string {
	return TOPICS.find((t) => t.id === id)?.label ?? id;
}
