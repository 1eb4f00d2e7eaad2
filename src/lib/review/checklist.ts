/**
 * The review as a printable checklist, for readers without JavaScript and for paper: the same
 * checks, figures and chapter sections the interactive review applies.
 */
import { FIGURES, type SectionId } from './sections';
import { OPINIONS, typeLabel } from './vocabulary';

export interface ChecklistItem {
	id: string;
	title: string;
	/** What to read in the report. */
	check: string;
	/** What to do with what you find. */
	act: string[];
	section: SectionId;
	/** Blanks to fill in on paper. */
	blanks: string[];
}

const { bridgeMonths, currentMonths } = FIGURES;

export const CHECKLIST: readonly ChecklistItem[] = [
	{
		id: 'report',
		title: 'The right report for your use',
		check:
			'Is it a SOC 1 (controls relevant to your financial reporting) or a SOC 2 (security, and any of availability, processing integrity, confidentiality and privacy)? Does the system described match the service you buy?',
		act: [
			'If you rely on the vendor for security and hold a SOC 1, ask for a SOC 2.',
			'If the vendor affects your financial reporting and you hold a SOC 2, ask for a SOC 1.',
		],
		section: 'reports',
		blanks: ['Report and service'],
	},
	{
		id: 'type',
		title: `${typeLabel(1)} or ${typeLabel(2)}`,
		check:
			'A Type 2 tests whether controls operated effectively over a period. A Type 1 looks at their design on a single date and tests no operation over time.',
		act: ['For a Type 1, ask when a Type 2 will be available.'],
		section: 'types',
		blanks: ['Type'],
	},
	{
		id: 'categories',
		title: 'Categories in scope (SOC 2)',
		check:
			'Security is always included. Check that every other category you rely on, such as Availability for uptime or Privacy for personal data, is in scope.',
		act: [
			'For each category you rely on that is missing, ask how it is assured and whether it will be added.',
		],
		section: 'basics',
		blanks: ['Categories in scope', 'Categories you rely on'],
	},
	{
		id: 'opinion',
		title: 'The auditor’s opinion',
		check: `Find the opinion paragraph and any “basis for” paragraph. The opinion is one of: ${OPINIONS.map((o) => o.label).join('; ')}.`,
		act: [
			'Qualified: read the basis paragraph and decide whether the named matters touch your use; ask what was fixed.',
			'Adverse or a disclaimer: the report cannot be relied on overall, or gives no assurance; do not rely on it and ask the vendor why.',
		],
		section: 'opinions',
		blanks: ['Opinion'],
	},
	{
		id: 'gap',
		title: 'The gap from the period end to today',
		check: `Note the period end (for a Type 1, the date it speaks about) and count the months to today.`,
		act: [
			`Up to ${bridgeMonths.value} months: no bridge letter is usually expected yet.`,
			`More than ${bridgeMonths.value} months: ask for a bridge letter covering up to today, and when the next report will be issued. The letter is signed by the vendor’s management, not the auditor, and carries no audit assurance.`,
			`More than ${currentMonths.value} months: the report is older than readers usually treat as current, and a bridge letter cannot stand in for that long. Ask for the current report.`,
		],
		section: 'bridge',
		blanks: ['Period', 'Months to today', 'Bridge letter up to'],
	},
	{
		id: 'exceptions',
		title: 'Exceptions in the tests of controls',
		check:
			'List each exception. An exception is one test result, not the opinion; judge whether it touches what you rely on, and read management’s response.',
		act: [
			'For each exception without a management response, ask what caused it, what was done, and since when the fix is in place.',
		],
		section: 'exceptions',
		blanks: ['Exceptions (with or without a response)'],
	},
	{
		id: 'subservice',
		title: 'Subservice organizations',
		check:
			'List the vendor’s own providers named in the system description, and whether each is carved out or included.',
		act: [
			'Carve-out: the report does not test that provider’s controls; request its own SOC report.',
			'Inclusive: its relevant controls were tested in this report.',
		],
		section: 'subservice',
		blanks: ['Carved out', 'Inclusive'],
	},
	{
		id: 'cuecs',
		title: 'Complementary user entity controls (CUECs)',
		check:
			'Copy every control the report expects you to operate. The report’s conclusions assume you do.',
		act: [
			'Give each CUEC an owner in your organization. If the report lists none, ask the vendor to confirm that none are expected.',
		],
		section: 'cuecs',
		blanks: ['CUECs and owners'],
	},
];
