/**
 * Typical visitors and their answers. The chooser page shows each with the recommendation the
 * rules give it, and the scenario tests pin those recommendations down.
 */
import type { Answers } from './questions';

/** A typical visitor, described in a sentence, with the answers they would give. */
export interface ExampleVisitor {
	id: string;
	title: string;
	description: string;
	answers: Answers;
}

/** The typical visitors, in the order the page lists them. */
export const EXAMPLE_VISITORS: readonly ExampleVisitor[] = [
	{
		id: 'payroll',
		title: 'A payroll processor',
		description:
			"Runs payroll for other companies, so its work flows straight into their books; customers' auditors ask for a SOC 1.",
		answers: {
			financial: 'yes',
			data: 'yes',
			commitments: ['processing', 'personal'],
			public: 'no',
			asked: 'soc1',
			deadline: '12m',
			controls: 'over-6m',
		},
	},
	{
		id: 'saas',
		title: 'A SaaS company holding customer data',
		description:
			'Hosts customer records, promises uptime and confidentiality, and has enterprise prospects asking for SOC 2.',
		answers: {
			financial: 'no',
			data: 'yes',
			commitments: ['uptime', 'confidential'],
			public: 'no',
			asked: 'soc2',
			deadline: '12m',
			controls: '3-6m',
		},
	},
	{
		id: 'data-centre',
		title: 'A data centre serving both kinds of customers',
		description:
			"Some customers' auditors want a SOC 1; other customers' security teams want a SOC 2 with an uptime promise.",
		answers: {
			financial: 'unsure',
			data: 'yes',
			commitments: ['uptime'],
			public: 'no',
			asked: 'both',
			deadline: 'later',
			controls: 'over-6m',
		},
	},
	{
		id: 'public-report',
		title: 'A company wanting a public report',
		description:
			'Wants something it can put on its trust page for prospects who have not signed an NDA.',
		answers: {
			financial: 'no',
			data: 'yes',
			commitments: [],
			public: 'yes',
			asked: 'none',
			deadline: 'later',
			controls: 'over-6m',
		},
	},
	{
		id: 'tight-deadline',
		title: 'A tight deadline with immature controls',
		description:
			'A big customer wants a SOC 2 within three months, but security routines are not written down yet.',
		answers: {
			financial: 'no',
			data: 'yes',
			commitments: ['confidential'],
			public: 'no',
			asked: 'soc2',
			deadline: '3m',
			controls: 'informal',
		},
	},
];
