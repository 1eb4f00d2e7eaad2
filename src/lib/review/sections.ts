// The chapter sections the review points readers to. Ids come from the headings (GitHub's
// slugger); a unit test checks each one against the chapters, so a reworded heading fails there.
import { V } from '../estimator/values';

export const SECTIONS = {
	basics: {
		path: '/chapters/reading-a-soc-report/#start-with-the-basics-is-this-the-right-report',
		title: 'Is this the right report?',
	},
	reports: {
		path: '/chapters/soc-1-vs-soc-2-vs-soc-3/#the-three-reports-side-by-side',
		title: 'The three reports side by side',
	},
	types: {
		path: '/chapters/type-1-vs-type-2/#what-each-type-tests',
		title: 'What each type tests',
	},
	opinions: {
		path: '/chapters/reading-a-soc-report/#the-four-opinion-types',
		title: 'The four opinion types',
	},
	exceptions: {
		path: '/chapters/reading-a-soc-report/#exceptions-are-not-a-qualified-opinion',
		title: 'Exceptions are not a qualified opinion',
	},
	cuecs: {
		path: '/chapters/reading-a-soc-report/#complementary-controls-cuecs-and-csocs',
		title: 'Complementary controls: CUECs and CSOCs',
	},
	subservice: {
		path: '/chapters/reading-a-soc-report/#subservice-organizations-carve-out-or-inclusive',
		title: 'Subservice organizations: carve-out or inclusive',
	},
	bridge: { path: '/chapters/reporting-period/#bridge-letters', title: 'Bridge letters' },
	current: {
		path: '/chapters/reporting-period/#how-long-is-a-report-valid',
		title: 'How long is a report “valid”?',
	},
	checklist: {
		path: '/chapters/reading-a-soc-report/#a-reviewers-checklist',
		title: 'A reviewer’s checklist',
	},
} as const;

export type SectionId = keyof typeof SECTIONS;

/**
 * The figures the review's date rules use, each as the chapter that states it words it: a unit
 * test fails if the chapters' wording of these figures changes. The bridge letter's months are the
 * estimator's sourced row (its deadline advice states them too), so the two tools cannot disagree.
 */
export const FIGURES = {
	/** A bridge letter covers a gap of about three months by market convention, not by standard. */
	bridgeMonths: { value: V.bridgeLetterMonths, section: 'bridge', wording: 'about three months' },
	/** Buyers treat a report as current for about twelve months, safest counted from the period end. */
	currentMonths: { value: 12, section: 'current', wording: 'about twelve months' },
} as const satisfies Record<string, { value: number; section: SectionId; wording: string }>;
