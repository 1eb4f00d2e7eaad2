/** The review of the report as entered, and its exports (memo, CSV, print, link). */
import { useState } from 'react';
import type { Review, ReviewInput } from '../../lib/review/rules';
import { longDate, periodLine, reportName } from '../../lib/review/rules';
import { SECTIONS, type SectionId } from '../../lib/review/sections';
import { OPINIONS, labelOf } from '../../lib/review/vocabulary';
import { href } from '../../lib/site/href';
import { loadOnce } from '../../lib/engagement/lazy';

interface Props {
	input: ReviewInput;
	review: Review;
	today: string;
}

const LEVEL_LABEL = { ok: 'Fine', 'follow-up': 'Follow up', 'not-enough': 'Not enough' } as const;

// Only a reader who exports needs the memo and CSV writers.
const loadExport = loadOnce(() => import('../../lib/review/export'));

function save(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function ReviewResult({ input, review, today }: Props) {
	const [status, setStatus] = useState('');
	const { finding, gap } = review;
	const complete = finding.level !== 'incomplete';
	const absolute = (path: string) => new URL(href(path), location.href).href;
	const section = (id: SectionId) => <a href={href(SECTIONS[id].path)}>{SECTIONS[id].title}</a>;

	const exportFile = async (kind: 'md' | 'csv') => {
		try {
			const writers = await loadExport();
			if (kind === 'md')
				save(
					writers.exportName(input, today, 'md'),
					writers.memoMarkdown(input, review, today, absolute),
					'text/markdown;charset=utf-8',
				);
			else
				save(
					writers.exportName(input, today, 'csv'),
					writers.followUpsCsv(review, absolute),
					'text/csv;charset=utf-8',
				);
			setStatus(
				kind === 'md' ? 'Memo downloaded (Markdown).' : 'Follow-up questions downloaded (CSV).',
			);
		} catch {
			setStatus('The export could not be loaded. Check the connection and try again.');
		}
	};
	const copyLink = async () => {
		try {
			await navigator.clipboard.writeText(location.href);
			setStatus('Link to this review copied. Anyone with the link sees what you entered.');
		} catch {
			setStatus('Copying is blocked in this browser; copy the address from the address bar.');
		}
	};

	return (
		<section className="rv-result" aria-labelledby="rv-result-heading">
			<h2 id="rv-result-heading">
				Review of {input.vendor ? `${input.vendor}’s` : 'the vendor’s'} {reportName(input)}
			</h2>
			<p className="rv-meta">
				Reviewed {longDate(today)}
				{input.end && (
					<> · {input.type === 1 ? periodLine(input) : `period ${periodLine(input)}`}</>
				)}
				{input.opinion && <> · opinion: {labelOf(OPINIONS, input.opinion).toLowerCase()}</>}
			</p>
			<div
				className={`rv-finding rv-${finding.level}`}
				role="status"
				aria-live="polite"
				data-testid="review-finding"
			>
				{complete && (
					<p className="rv-badge">{LEVEL_LABEL[finding.level as keyof typeof LEVEL_LABEL]}</p>
				)}
				<p className="rv-headline">{finding.headline}</p>
			</div>
			{complete && (
				<>
					<h3>Why</h3>
					<ul className="rv-reasons">
						{finding.reasons.map((r) => (
							<li key={r.id} className={`rv-reason rv-${r.level}`}>
								<span className="rv-tag">{LEVEL_LABEL[r.level]}:</span> {r.text}{' '}
								<span className="rv-see">See {section(r.section)}.</span>
							</li>
						))}
					</ul>
					<div className="rv-columns">
						<div>
							<h3>What the report covers</h3>
							<ul>
								{review.covers.map((c) => (
									<li key={c}>{c}</li>
								))}
							</ul>
						</div>
						<div>
							<h3>What it does not cover</h3>
							{review.doesNotCover.length > 0 ? (
								<ul>
									{review.doesNotCover.map((c) => (
										<li key={c}>{c}</li>
									))}
								</ul>
							) : (
								<p>Nothing outside your use was found.</p>
							)}
						</div>
					</div>
					{gap && (
						<>
							<h3>Coverage gap to today</h3>
							<p data-testid="review-gap">
								{gap.days === 0
									? 'The report covers up to today.'
									: `${gap.days} ${gap.days === 1 ? 'day' : 'days'} since ${longDate(gap.end)}; ${gap.bridge === 'none' ? 'no bridge letter.' : gap.bridge === 'covers' ? 'a bridge letter covers them (management’s word, not the auditor’s).' : `the bridge letter leaves the last ${gap.uncoveredDays} uncovered.`}`}{' '}
								See {section(gap.band === 'stale' ? 'current' : 'bridge')}.
							</p>
						</>
					)}
				</>
			)}
			<h3>Follow-up questions for the vendor</h3>
			{review.followUps.length > 0 ? (
				<ol className="rv-questions">
					{review.followUps.map((f) => (
						<li key={f.id}>
							{f.question} <span className="rv-see no-print">({section(f.section)})</span>
						</li>
					))}
				</ol>
			) : (
				<p>None.</p>
			)}
			<h3>CUECs you must operate</h3>
			{review.cuecs.length > 0 ? (
				<ul className="rv-tasks">
					{review.cuecs.map((c, i) => (
						<li key={i}>{c}</li>
					))}
				</ul>
			) : (
				<p>None entered.</p>
			)}
			<h3>Subservice reports to request</h3>
			{review.requests.length > 0 ? (
				<ul>
					{review.requests.map((r, i) => (
						<li key={i}>{r}</li>
					))}
				</ul>
			) : (
				<p>None: no subservice organization is carved out.</p>
			)}
			<p className="rv-small">
				This review records what you entered from the report; it is not an audit and gives no
				assurance of its own. A SOC report is an auditor’s attestation about a past period, not a
				certification.
			</p>
			<div className="rv-actions no-print">
				<button type="button" className="button secondary" onClick={() => void exportFile('md')}>
					Download memo (Markdown)
				</button>
				<button type="button" className="button secondary" onClick={() => void exportFile('csv')}>
					Download follow-ups (CSV)
				</button>
				<button type="button" className="button secondary" onClick={() => print()}>
					Print memo
				</button>
				<button type="button" className="button secondary" onClick={() => void copyLink()}>
					Copy link to this review
				</button>
			</div>
			<p className="rv-status no-print" role="status">
				{status}
			</p>
		</section>
	);
}
