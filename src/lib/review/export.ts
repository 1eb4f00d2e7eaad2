/**
 * The review as files the reader keeps: a Markdown memo (the same content the printed memo shows)
 * and a CSV of the follow-up questions to send the vendor. Built in the browser; nothing is sent.
 */
import { csvCell } from '../site/csv';
import type { Review, ReviewInput } from './rules';
import { longDate, periodLine, reportName } from './rules';
import { SECTIONS } from './sections';
import { OPINIONS, USES, labelOf } from './vocabulary';

/** Turns a chapter path into the address the reader can open (origin and base path included). */
export type LinkTo = (path: string) => string;

const LEVEL_WORDS = { ok: 'fine', 'follow-up': 'follow up', 'not-enough': 'not enough' } as const;

// Markdown treats these as formatting; the reader's own text is shown as typed.
function md(text: string): string {
	return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** The review memo in Markdown. */
export function memoMarkdown(
	input: ReviewInput,
	review: Review,
	today: string,
	linkTo: LinkTo,
): string {
	const vendor = input.vendor ? md(input.vendor) : 'the vendor';
	const lines: string[] = [
		`# Review of ${vendor}’s ${reportName(input)} report`,
		'',
		`Reviewed on ${longDate(today)}. Relied on for: ${labelOf(USES, input.use).toLowerCase()}.`,
		`Period: ${periodLine(input)}. Report date: ${input.issued ? longDate(input.issued) : 'not entered'}. Opinion: ${input.opinion ? labelOf(OPINIONS, input.opinion) : 'not entered'}.`,
		'',
		'## Finding',
		'',
		`**${review.finding.headline}**`,
		'',
	];
	if (review.finding.level !== 'incomplete')
		for (const r of review.finding.reasons)
			lines.push(
				`- ${LEVEL_WORDS[r.level]}: ${md(r.text)} ([${SECTIONS[r.section].title}](${linkTo(SECTIONS[r.section].path)}))`,
			);
	const list = (title: string, items: string[], empty: string, mark = '-') => {
		lines.push('', `## ${title}`, '');
		if (items.length === 0) lines.push(empty);
		else
			items.forEach((item, i) => lines.push(`${mark === '1.' ? `${i + 1}.` : mark} ${md(item)}`));
	};
	list('What the report covers', review.covers, 'Nothing entered yet.');
	list('What it does not cover', review.doesNotCover, 'Nothing outside your use was found.');
	lines.push('', '## Follow-up questions for the vendor', '');
	if (review.followUps.length === 0) lines.push('None.');
	review.followUps.forEach((f, i) => lines.push(`${i + 1}. ${md(f.question)}`));
	list('Complementary user entity controls you operate', review.cuecs, 'None entered.', '- [ ]');
	list(
		'Subservice reports to request',
		review.requests,
		'None: no subservice organization is carved out.',
	);
	lines.push(
		'',
		'---',
		'',
		'This memo records what the reviewer entered from the report; it is not an audit and gives no assurance of its own. A SOC report is an auditor’s attestation about a past period, not a certification.',
		'',
	);
	return lines.join('\n');
}

/** The follow-up questions as CSV (RFC 4180, CRLF line ends), with room for the vendor's answer. */
export function followUpsCsv(review: Review, linkTo: LinkTo): string {
	const rows: (string | number)[][] = [
		['Number', 'Question', 'Topic', 'Explained at', 'Answer', 'Status'],
	];
	review.followUps.forEach((f, i) =>
		rows.push([
			i + 1,
			f.question,
			SECTIONS[f.section].title,
			linkTo(SECTIONS[f.section].path),
			'',
			'Open',
		]),
	);
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name for the exports: soc-review-acme-2026-12-04.md */
export function exportName(input: ReviewInput, today: string, extension: 'md' | 'csv'): string {
	const slug = input.vendor
		.normalize('NFKD')
		.replace(/[^\w\s-]/g, '')
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, '-')
		.slice(0, 40)
		.replace(/-$/, '');
	return `soc-review-${slug ? `${slug}-` : ''}${today}.${extension}`;
}
