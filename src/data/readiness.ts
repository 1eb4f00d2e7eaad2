// The readiness self-check's questions. Edit freely: the page, the printable checklist, the
// scoring and the gap list all read from this list, and the unit tests check its shape.
//
// For each question:
// - id: short and stable (it is stored in readers' bookmarked links). Never rename a published id;
//   retire it and add a new one instead.
// - area: one of the areas in src/lib/readiness/model.ts; questions show in this file's order.
// - criteria: the Trust Services Criteria it relates to. These are references, not quotations, and
//   the criteria's points of focus are guidance rather than required controls, so a question names
//   a common way to meet a criterion, not the only one.
// - title: a short name for the control (gap lists and the checklist use it).
// - question / why (one sentence) / evidence / fix: plain language, in our own words.
// - chapter: the slug of the chapter that explains the topic.
// - blocks: how often a gap here holds up a first audit (often | sometimes | rarely); effort: how
//   long it usually takes to put in place (days | weeks | months). Both drive the gap order.
//   Practitioners report that first-timers' gaps cluster in access (CC6) and change management
//   (CC8), which is why most "often" ratings sit there.
// - soc1: true when the control is also part of the control environment or IT general controls a
//   SOC 1 relies on. A SOC 1 on its own asks only these.

import type { ReadinessQuestion } from '../lib/readiness/model';

/** Every question of the readiness self-check, in the order the reader meets them. */
export const READINESS_QUESTIONS: readonly ReadinessQuestion[] = [
	// Governance and control environment (CC1–CC2)
	{
		id: 'oversight',
		title: 'Leadership oversight of security',
		area: 'governance',
		criteria: ['CC1.2', 'CC1.3', 'CC1.5'],
		question:
			'Does a named person or group with authority (a board, a committee or, in a small company, the founders) own security, review it on a schedule, and keep a record of those reviews?',
		why: 'Auditors start with the control environment: if no one with authority watches over the controls, every other control depends on goodwill.',
		evidence:
			'Dated minutes or notes of security reviews, and an organization chart naming who owns security.',
		fix: 'Name an owner for security, set a recurring leadership review (quarterly is common), and keep minutes of each one.',
		chapter: 'readiness-assessment',
		blocks: 'sometimes',
		effort: 'days',
		soc1: true,
	},
	{
		id: 'policies',
		title: 'Approved security policies',
		area: 'governance',
		criteria: ['CC2.2', 'CC5.3'],
		question:
			'Are your security policies written down, approved by management, shared with staff, and reviewed at least once a year?',
		why: 'An auditor tests what you do against what you wrote, so missing or stale policies leave nothing to test against, or expose a gap between policy and practice.',
		evidence:
			'The approved policies with version history, a dated annual review, and staff acknowledgements.',
		fix: 'Write the core policies (access, change, incident response, vendors, data handling), have management approve them, and make sure they describe what you actually do.',
		chapter: 'common-pitfalls',
		blocks: 'often',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'people',
		title: 'Onboarding checks and security training',
		area: 'governance',
		criteria: ['CC1.1', 'CC1.4', 'CC2.2'],
		question:
			'When people join, do they accept a code of conduct and confidentiality terms, pass a background check where the law allows, and complete security training that repeats every year?',
		why: 'Auditors pick people hired during the period and ask for proof of each step, and these records are easy to lose when no one owns them.',
		evidence:
			'Signed acknowledgements, background-check confirmations and training completion records for each person.',
		fix: 'Make a joiner checklist (agreements, background check, training) that leaves a record for each person, and schedule yearly refresher training.',
		chapter: 'common-pitfalls',
		blocks: 'often',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'commitments',
		title: 'Written commitments to customers',
		area: 'governance',
		criteria: ['CC2.3'],
		question:
			'Have you written down what you promise customers about security and availability (in contracts, terms or service levels), and can customers easily report a problem to you?',
		why: 'A SOC 2 measures your controls against the commitments you make, and the system description has to state them.',
		evidence:
			'Customer agreements or terms, service-level commitments, and a published support or security contact.',
		fix: 'Gather your security and availability promises in one place, check that they match what you deliver, and publish a way for customers to report issues.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'days',
		soc1: false,
	},

	// Risk assessment (CC3)
	{
		id: 'risk-assessment',
		title: 'Yearly risk assessment',
		area: 'risk',
		criteria: ['CC3.1', 'CC3.2', 'CC3.4'],
		question:
			'Do you carry out a documented risk assessment at least once a year, and again after significant changes such as a new product or hosting provider, that rates the threats to your service and records how you will handle each?',
		why: 'Auditors expect your controls to follow from the risks you identified; without a risk assessment your choice of controls has no stated basis.',
		evidence:
			'A dated risk register with likelihood and impact ratings, owners and chosen responses, approved by management.',
		fix: 'Hold a risk workshop, record each risk with a rating, an owner and a response in a register, and revisit it every year and whenever the business changes significantly.',
		chapter: 'readiness-assessment',
		blocks: 'often',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'fraud-risk',
		title: 'Fraud and insider risk',
		area: 'risk',
		criteria: ['CC3.3'],
		question:
			'Does your risk assessment consider fraud and misuse by insiders, such as someone abusing administrator access or altering records?',
		why: 'The criteria name fraud risk on its own, and first risk registers often leave it out.',
		evidence:
			'Fraud and insider-misuse entries in the risk register, each linked to the controls that address it.',
		fix: 'Add insider and fraud scenarios to the risk register and link each to a control that would prevent or detect it.',
		chapter: 'readiness-assessment',
		blocks: 'rarely',
		effort: 'days',
		soc1: true,
	},

	// Monitoring (CC4)
	{
		id: 'control-checks',
		title: 'Regular checks that controls run',
		area: 'monitoring',
		criteria: ['CC4.1'],
		question:
			'Does someone check on a schedule that your controls are actually operating, for example with a quarterly internal review or a compliance tool’s automated checks?',
		why: 'A Type 2 examination tests controls across months, and your own checks are what catch a lapse before the auditor’s sample does.',
		evidence:
			'Dated internal review reports, checklists or exports from a monitoring tool, with follow-up on what they found.',
		fix: 'List your key controls, give each an owner, and check every quarter that each one ran and left evidence.',
		chapter: 'type-1-vs-type-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'pen-test',
		title: 'Independent penetration test',
		area: 'monitoring',
		criteria: ['CC4.1'],
		question:
			'Have you had an independent penetration test or security assessment in the past twelve months, with its findings tracked to closure?',
		why: 'The criteria mention penetration testing only as one example of an independent evaluation, not as a requirement, but most auditors and customers expect one.',
		evidence: 'The test report, a ticket for each finding, and a retest or closure note.',
		fix: 'Book an independent test early enough to fix and retest the findings before your audit period ends, and track each finding to closure.',
		chapter: 'common-pitfalls',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: false,
	},
	{
		id: 'deficiencies',
		title: 'Tracking control problems to closure',
		area: 'monitoring',
		criteria: ['CC4.2'],
		question:
			'When a control fails or a review finds a problem, is it logged, given an owner and a deadline, tracked until fixed, and reported to leadership if serious?',
		why: 'A problem you already track and correct weighs far less with an auditor than one the auditor discovers.',
		evidence:
			'An issue log or tickets showing owners, dates and resolution, and leadership updates for serious items.',
		fix: 'Keep one log of control issues with owners and due dates, and go through it at your regular leadership security review.',
		chapter: 'after-the-report',
		blocks: 'rarely',
		effort: 'days',
		soc1: true,
	},

	// Logical and physical access (CC6)
	{
		id: 'mfa',
		title: 'Multi-factor authentication everywhere',
		area: 'access',
		criteria: ['CC6.1'],
		question:
			'Is multi-factor authentication enforced for everyone on email, your cloud and hosting consoles, your code repository and production systems?',
		why: 'Missing multi-factor authentication on administrative or production access is one of the quickest routes to an audit finding, and customers ask about it first.',
		evidence:
			'Identity-provider or console settings showing that it is enforced, and a list of any exceptions with reasons.',
		fix: 'Enforce multi-factor authentication in your identity provider and in each console, and document the few exceptions you cannot avoid.',
		chapter: 'common-pitfalls',
		blocks: 'often',
		effort: 'days',
		soc1: true,
	},
	{
		id: 'joiners',
		title: 'Approved, role-based access',
		area: 'access',
		criteria: ['CC6.2', 'CC6.3'],
		question:
			'Is access to production and key business systems granted only after a recorded approval, and matched to the person’s role?',
		why: 'For each sampled new account an auditor asks who approved it and why, and access granted over a chat message leaves no answer.',
		evidence:
			'Access-request tickets with approvals, and role definitions showing which access each role gets.',
		fix: 'Route every access request through a ticket or form that records the approver, and define standard access for each role.',
		chapter: 'common-pitfalls',
		blocks: 'often',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'leavers',
		title: 'Prompt removal of access',
		area: 'access',
		criteria: ['CC6.2', 'CC6.3'],
		question:
			'When someone leaves or changes role, is their access removed promptly (for example within one business day) across every system, with a record?',
		why: 'Auditors compare the list of people who left with live accounts, and one active account belonging to a former employee is a classic exception.',
		evidence: 'The HR list of leavers matched to deprovisioning tickets with dates and times.',
		fix: 'Create an offboarding checklist that HR triggers, covering every system with a deadline, and keep each completed checklist.',
		chapter: 'common-pitfalls',
		blocks: 'often',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'access-review',
		title: 'Quarterly access reviews',
		area: 'access',
		criteria: ['CC6.2', 'CC6.3'],
		question:
			'Do you review who has access to production, cloud accounts and sensitive systems at least every quarter, and correct what the review finds?',
		why: 'Regular reviews are how you show that access stays appropriate over time, and a skipped review cannot be made up after the fact.',
		evidence:
			'Dated review records showing who reviewed which user lists, what changed, and the tickets for those changes.',
		fix: 'Schedule quarterly reviews with named reviewers, keep the user lists they signed off, and raise a ticket for every change.',
		chapter: 'common-pitfalls',
		blocks: 'often',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'privileged',
		title: 'Limited administrator access',
		area: 'access',
		criteria: ['CC6.1', 'CC6.3'],
		question:
			'Are administrator and production privileges limited to the few people who need them, with shared accounts avoided or kept in a password vault?',
		why: 'Broad or shared administrator access undermines other controls, because anyone holding it can change systems and the records about them.',
		evidence:
			'A list of administrators with the reason each needs access, and vault settings for any shared credentials.',
		fix: 'Cut administrator access to those who need it, give each person a named account, and move shared secrets into a vault.',
		chapter: 'common-pitfalls',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'encryption',
		title: 'Encryption of customer data',
		area: 'access',
		criteria: ['CC6.1', 'CC6.7'],
		question:
			'Is customer data encrypted in transit and at rest, with access to the encryption keys restricted?',
		why: 'Auditors and customers treat encryption as a baseline wherever customer data is stored or moves.',
		evidence:
			'Configuration exports or screenshots for storage encryption and TLS, and the list of people who can manage keys.',
		fix: 'Turn on encryption for databases, storage and backups, require TLS for every connection, and restrict who can manage keys.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: false,
	},
	{
		id: 'endpoints',
		title: 'Managed, protected laptops',
		area: 'access',
		criteria: ['CC6.7', 'CC6.8'],
		question:
			'Are company laptops and other devices managed centrally, with disk encryption, screen lock, updates and malware protection enforced?',
		why: 'Staff devices hold credentials and often customer data, so auditors ask how you know every device meets your standard.',
		evidence:
			'A report from your device-management tool listing each device and whether it complies.',
		fix: 'Enroll every device in a device-management tool that enforces encryption, screen lock, updates and malware protection.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: false,
	},

	{
		id: 'physical',
		title: 'Physical access and disposal',
		area: 'access',
		criteria: ['CC6.4', 'CC6.5'],
		question:
			'Is physical access to your offices and to any equipment you run restricted to authorized people, and are old devices and storage media wiped or destroyed before disposal?',
		why: 'Logical controls mean little if someone can walk up to a server or recover data from a discarded laptop; where a cloud provider runs the data centers, its own SOC report covers them.',
		evidence:
			'Badge or key access lists, visitor logs, and records of devices wiped or destroyed; for cloud-hosted systems, the provider’s SOC report.',
		fix: 'Restrict and log access to offices and equipment, and keep a record each time a device or drive is wiped or destroyed.',
		chapter: 'reading-a-soc-report',
		blocks: 'rarely',
		effort: 'days',
		soc1: true,
	},

	// System operations and incident response (CC7)
	{
		id: 'logging',
		title: 'Central logging and alerts',
		area: 'operations',
		criteria: ['CC7.2', 'CC7.3'],
		question:
			'Are security-relevant events in production (sign-ins, administrator actions, configuration changes) logged centrally, kept long enough to investigate, and set to alert someone when something looks wrong?',
		why: 'Auditors ask how you would notice an attack or misuse, and logs that nobody watches do not answer that.',
		evidence:
			'Logging and retention settings, alert rules, and examples of alerts with the follow-up they received.',
		fix: 'Send production and cloud audit logs to one place, keep them for a period your policy sets, and route alerts to a named person or rota.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'vulnerabilities',
		title: 'Vulnerability scanning and patching',
		area: 'operations',
		criteria: ['CC7.1'],
		question:
			'Do you scan your systems and software dependencies for vulnerabilities, and fix what you find within deadlines set by severity?',
		why: 'Auditors compare the deadlines in your policy with what actually happened, so both unscanned systems and overdue critical fixes show up.',
		evidence:
			'Scan reports, your fix deadlines by severity, and tickets showing fixes made within them.',
		fix: 'Turn on automated scanning for infrastructure and dependencies, set fix deadlines by severity, and track findings as tickets.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: false,
	},
	{
		id: 'incidents',
		title: 'Tested incident response plan',
		area: 'operations',
		criteria: ['CC7.3', 'CC7.4', 'CC7.5'],
		question:
			'Do you have a written incident response plan, with roles and steps for telling customers, that you have tested in the past year (a tabletop exercise counts)?',
		why: 'Auditors look for both a plan and proof that it works, and incidents handled without a record are hard to defend.',
		evidence:
			'The plan, notes from a tabletop exercise, and incident tickets with their post-incident reviews.',
		fix: 'Write a short plan naming who leads, how you judge severity and when you notify customers, then rehearse it in a tabletop exercise.',
		chapter: 'common-pitfalls',
		blocks: 'often',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'backups',
		title: 'Backups with a tested restore',
		area: 'operations',
		criteria: ['CC7.5'],
		question:
			'Is production data backed up automatically, do you notice when a backup fails, and have you restored from a backup as a test in the past year?',
		why: 'A backup that has never been restored is an assumption, and auditors ask for proof that recovery works.',
		evidence: 'Backup schedules and failure alerts, and a dated record of a test restore.',
		fix: 'Automate backups with failure alerts, then perform and record a test restore at least once a year.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'days',
		soc1: true,
	},

	// Change management (CC8)
	{
		id: 'change-review',
		title: 'Independent review of every change',
		area: 'change',
		criteria: ['CC8.1'],
		question:
			'Is every change to production code and infrastructure reviewed and approved by someone other than its author before release?',
		why: 'Auditors pick changes from across the period and ask for the approval of each, so even a few unreviewed changes become exceptions.',
		evidence:
			'Pull requests or change tickets showing a second person’s approval before deployment.',
		fix: 'Require approval from someone other than the author on every change, and let your tools record it.',
		chapter: 'common-pitfalls',
		blocks: 'often',
		effort: 'days',
		soc1: true,
	},
	{
		id: 'change-testing',
		title: 'Testing before release',
		area: 'change',
		criteria: ['CC8.1'],
		question:
			'Are changes tested before they reach production, by automated tests, in a staging environment or with documented manual checks?',
		why: 'The criteria expect changes to be tested before they go live, and auditors look for the test result behind each sampled change.',
		evidence:
			'Automated test results linked to each change, or a recorded sign-off of manual testing.',
		fix: 'Run automated tests on every change and block releases that fail them; record a manual sign-off where automation is not practical.',
		chapter: 'common-pitfalls',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'change-enforced',
		title: 'Review that cannot be bypassed',
		area: 'change',
		criteria: ['CC8.1'],
		question:
			'Do your tools stop anyone from pushing straight to production or skipping review, and are emergency changes approved after the fact?',
		why: 'A review step that people can bypass is a habit rather than a control, and auditors check the settings that enforce it.',
		evidence:
			'Branch protection and deployment pipeline settings, and a list of emergency changes with their later approvals.',
		fix: 'Turn on branch protection, deploy only through your pipeline, and define an emergency route that requires approval within a day or two.',
		chapter: 'common-pitfalls',
		blocks: 'often',
		effort: 'days',
		soc1: true,
	},
	{
		id: 'infra-changes',
		title: 'Controlled infrastructure changes',
		area: 'change',
		criteria: ['CC8.1'],
		question:
			'Do infrastructure and configuration changes (cloud settings, network rules, database changes) go through the same controlled process as code, for example as infrastructure as code?',
		why: 'Changes made by hand in a cloud console leave no review trail, and auditors sample them just as they sample code changes.',
		evidence:
			'Infrastructure-as-code history with reviews, or change tickets for manual changes, plus alerts for untracked changes.',
		fix: 'Move infrastructure into code that is reviewed like application changes, and raise a ticket for any change that must still be made by hand.',
		chapter: 'common-pitfalls',
		blocks: 'sometimes',
		effort: 'months',
		soc1: true,
	},

	// Vendor and business-continuity risk (CC9)
	{
		id: 'vendors',
		title: 'Vendor register and reviews',
		area: 'vendors',
		criteria: ['CC9.2'],
		question:
			'Do you keep a list of the vendors that handle your data or run part of your service, rated by risk, and review the important ones (their SOC reports, for example) every year?',
		why: 'Your service depends on vendors such as your cloud host, and auditors expect you to monitor them, including the controls their reports expect you to run.',
		evidence:
			'A vendor register with risk ratings, and notes from yearly reviews of key vendors’ reports, including how you cover the controls they expect of you.',
		fix: 'List your vendors, rate them, collect the SOC reports of the critical ones, and record a short review of each, including the user controls they ask of you.',
		chapter: 'reading-a-soc-report',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: true,
	},
	{
		id: 'vendor-terms',
		title: 'Security terms in vendor contracts',
		area: 'vendors',
		criteria: ['CC9.2'],
		question:
			'Do your contracts with key vendors include security, confidentiality and incident-notification terms?',
		why: 'Contract terms are how you hold vendors to the commitments you make to your own customers.',
		evidence: 'Signed agreements or data-processing addenda that contain those terms.',
		fix: 'Review contracts with critical vendors and add security, confidentiality and breach-notification terms, at the latest when they renew.',
		chapter: 'reading-a-soc-report',
		blocks: 'rarely',
		effort: 'months',
		soc1: false,
	},
	{
		id: 'continuity',
		title: 'Business continuity and recovery plan',
		area: 'vendors',
		criteria: ['CC9.1'],
		question:
			'Do you have a business continuity and disaster recovery plan that says how you would keep the service running or restore it, reviewed in the past year?',
		why: 'The criteria ask how you limit the risk of business disruption, and a plan that lives only in people’s heads cannot be shown to an auditor.',
		evidence: 'The plan, with owners and recovery targets, and a dated review.',
		fix: 'Write a plan covering your critical systems, recovery targets and who does what, and review it every year.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: false,
	},

	// Availability (A1): asked only when Availability is in scope
	{
		id: 'capacity',
		title: 'Capacity and uptime monitoring',
		area: 'availability',
		criteria: ['A1.1'],
		question:
			'Do you monitor capacity and performance against what you need to meet your availability commitments, and plan ahead for growth?',
		why: 'The availability criteria start from the uptime you promise, so auditors ask how you know you can keep that promise.',
		evidence: 'Capacity and uptime dashboards, alert thresholds, and capacity-planning notes.',
		fix: 'Set capacity and uptime alerts tied to your service-level commitments, and review capacity on a schedule.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: false,
	},
	{
		id: 'resilience',
		title: 'Resilient infrastructure',
		area: 'availability',
		criteria: ['A1.2'],
		question:
			'Is your production environment built to survive the failure of a single component or location, with backups stored separately?',
		why: 'Availability depends on protections and recovery infrastructure that match your commitments, and auditors look at how yours are designed.',
		evidence:
			'Architecture diagrams showing redundancy, and the settings for backup location and replication.',
		fix: 'Remove single points of failure from critical systems, and keep backups in a separate location or region.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'months',
		soc1: false,
	},
	{
		id: 'recovery-test',
		title: 'Tested recovery plan',
		area: 'availability',
		criteria: ['A1.3'],
		question:
			'Have you tested your recovery plan in the past year, for example by failing over or rebuilding from backups, and checked that you met your recovery targets?',
		why: 'The availability criteria call for recovery testing, so an auditor will ask for the results of your last test.',
		evidence:
			'A dated recovery test report with the times achieved against targets and follow-up actions.',
		fix: 'Schedule a recovery test, time it against your targets, and record what you learned and fixed.',
		chapter: 'soc-2',
		blocks: 'often',
		effort: 'weeks',
		soc1: false,
	},

	// Confidentiality (C1): asked only when Confidentiality is in scope
	{
		id: 'classification',
		title: 'Knowing what is confidential',
		area: 'confidentiality',
		criteria: ['C1.1'],
		question:
			'Have you decided which information is confidential, recorded where it is kept, and restricted who can see it?',
		why: 'You cannot show that confidential information is protected until you have said what it is and where it lives.',
		evidence:
			'A data classification policy and an inventory of where confidential data is stored, with its access restrictions.',
		fix: 'Define confidentiality levels, map where confidential data lives, and restrict access to it.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: false,
	},
	{
		id: 'retention',
		title: 'Disposal of confidential information',
		area: 'confidentiality',
		criteria: ['C1.2'],
		question:
			'Do you delete or destroy confidential information when your retention period or a customer contract says you should, and keep a record of it?',
		why: 'The criteria cover disposal as well as protection, because confidential data kept longer than promised is a risk in itself.',
		evidence:
			'A retention schedule, deletion logs or records of destroyed media, and records of customer deletion requests.',
		fix: 'Set retention periods, automate deletion where you can, and record disposals, including when a customer leaves.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: false,
	},

	// Processing Integrity (PI1): asked only when Processing Integrity is in scope
	{
		id: 'processing-specs',
		title: 'Definitions and input checks',
		area: 'processing-integrity',
		criteria: ['PI1.1', 'PI1.2'],
		question:
			'Have you defined what complete and accurate processing means for your service, and do you check inputs against that definition?',
		why: 'Processing integrity is judged against your own definition of correct processing, so auditors start by asking for it.',
		evidence:
			'Processing specifications or data definitions, and input validation rules with examples of rejected inputs.',
		fix: 'Document what correct inputs and outputs look like for your key processes, and validate inputs against it.',
		chapter: 'soc-2',
		blocks: 'often',
		effort: 'weeks',
		soc1: false,
	},
	{
		id: 'processing-checks',
		title: 'Catching processing errors',
		area: 'processing-integrity',
		criteria: ['PI1.3', 'PI1.4'],
		question:
			'Do you detect and correct processing errors (with reconciliations, control totals or alerts on failed jobs, for example) before outputs reach customers?',
		why: 'Auditors look for controls that would catch an incomplete or wrong result, not just a process that usually works.',
		evidence: 'Reconciliation reports, failed-job alerts, and tickets showing errors corrected.',
		fix: 'Add reconciliations or automated checks at the key processing steps, and track every error until it is corrected.',
		chapter: 'soc-2',
		blocks: 'often',
		effort: 'months',
		soc1: false,
	},
	{
		id: 'processing-records',
		title: 'Complete, protected records',
		area: 'processing-integrity',
		criteria: ['PI1.5'],
		question:
			'Are inputs and outputs stored completely and accurately, protected from unauthorized change, and kept as long as your commitments require?',
		why: 'Stored records are what let you and your customers show later that processing was right.',
		evidence:
			'Storage and retention settings, access restrictions on stored data, and integrity checks.',
		fix: 'Decide how long inputs and outputs are kept, protect them from unauthorized change, and check their integrity.',
		chapter: 'soc-2',
		blocks: 'rarely',
		effort: 'weeks',
		soc1: false,
	},

	// Privacy (P1–P8): asked only when Privacy is in scope
	{
		id: 'privacy-notice',
		title: 'Privacy notice and consent',
		area: 'privacy',
		criteria: ['P1.1', 'P2.1', 'P3.1', 'P3.2'],
		question:
			'Does your privacy notice say what personal information you collect and why, and do you collect only that, with consent where it is needed?',
		why: 'The privacy criteria compare what you tell people with what you actually collect and do.',
		evidence:
			'The published privacy notice, consent records, and an inventory of the personal information you collect.',
		fix: 'Map the personal information you collect, update your notice to match, and record consent where it is required.',
		chapter: 'soc-2',
		blocks: 'often',
		effort: 'weeks',
		soc1: false,
	},
	{
		id: 'privacy-use',
		title: 'Limited use and retention',
		area: 'privacy',
		criteria: ['P4.1', 'P4.2', 'P4.3'],
		question:
			'Is personal information used only for the purposes in your notice, kept only as long as needed, and then disposed of securely?',
		why: 'Using or keeping personal information beyond what you said breaks the very commitments the privacy criteria test.',
		evidence: 'Retention periods for personal information and logs of its deletion.',
		fix: 'Set retention periods for personal information, automate its deletion, and check every new use against your notice.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: false,
	},
	{
		id: 'privacy-rights',
		title: 'Access and correction requests',
		area: 'privacy',
		criteria: ['P5.1', 'P5.2', 'P7.1'],
		question:
			'Can people ask to see and correct the personal information you hold about them, and do you answer within a set time?',
		why: 'The criteria expect a working route for access and correction requests, and auditors sample the requests you received.',
		evidence: 'The request procedure and a log of requests with their response dates.',
		fix: 'Publish how to make a request, name an owner, and log each request with its response date.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: false,
	},
	{
		id: 'privacy-disclosure',
		title: 'Sharing, breaches and complaints',
		area: 'privacy',
		criteria: ['P6.1–P6.7', 'P8.1'],
		question:
			'Do you share personal information with third parties only as your notice allows and under terms that protect it, and do you have procedures for breach notification and complaints?',
		why: 'Disclosure, breach notification and complaint handling make up the largest group of privacy criteria.',
		evidence:
			'A list of third parties receiving personal information with their contract terms, a breach-notification procedure, and a complaints log.',
		fix: 'List who receives personal information and why, add protection and notification terms to their contracts, and write breach-notification and complaint procedures.',
		chapter: 'soc-2',
		blocks: 'sometimes',
		effort: 'weeks',
		soc1: false,
	},
];
