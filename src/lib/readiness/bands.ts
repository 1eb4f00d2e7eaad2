// Readiness bands. Scores are whole numbers from 0 to 100, where a control in place with evidence
// earns full credit, one in place without evidence half, and one missing (or unanswered) none.
// Think of the thresholds in "gap units" (a missing control is one unit, an unevidenced one half):
//
// - Ready for an audit, 90 and up: at most about one unit in ten. With the 28 Security questions
//   that is two or three missing controls, or five or six without evidence: the kind of list a firm's
//   readiness review expects to close in days. A frequently blocking control that is missing caps
//   the band at "minor gaps" whatever the score, because one such gap alone can produce exceptions.
// - Minor gaps, 70–89: up to three units in ten. Everything a SOC 2 rests on mostly exists; the work
//   is finishing a handful of controls and collecting evidence, typically a few weeks.
// - Material gaps, 40–69: a team whose controls all exist but are not evidenced scores 50 and lands
//   here, which is right: a Type 2 tests evidence over months, so producing it is the main work.
// - Not ready yet, below 40: most controls are missing. Practitioners report first-timers with 15–30
//   gaps; at that end the job is building the program before planning an audit.
//
// Peers' public self-checks band at similar points (around 85/60/35), with three answers scored
// full, half and zero credit. We set "ready" higher because our question set is broader and a
// reader who leaves a tenth of it open still has real work before fieldwork.

/** The readiness bands from best to worst; `min` is the lowest whole-number score in the band. */
export const BANDS = [
	{
		id: 'ready',
		label: 'Ready for an audit',
		min: 90,
		summary:
			'Your answers describe controls that are in place and evidenced. The next step is a readiness review with an audit firm, which tests what a self-check can only ask.',
	},
	{
		id: 'minor',
		label: 'Minor gaps',
		min: 70,
		summary:
			'Most of what an audit looks for is in place. Close the gaps below and keep collecting evidence.',
	},
	{
		id: 'material',
		label: 'Material gaps',
		min: 40,
		summary:
			'Important controls are missing or cannot be shown to work. Expect remediation before an observation window can start.',
	},
	{
		id: 'not-ready',
		label: 'Not ready yet',
		min: 0,
		summary:
			'Most controls are not in place yet. Build the basics first (policies, access, change management), then plan the audit.',
	},
] as const;

export type BandId = (typeof BANDS)[number]['id'];
export type Band = (typeof BANDS)[number];

/** The band a whole-number score from 0 to 100 falls in; anything not a finite number is "not ready". */
export function bandForScore(score: number): BandId {
	if (!Number.isFinite(score)) return 'not-ready';
	return BANDS.find((b) => score >= b.min)?.id ?? 'not-ready';
}

/** The band record for an id. */
export function band(id: BandId): Band {
	return BANDS.find((b) => b.id === id) ?? BANDS[3];
}
