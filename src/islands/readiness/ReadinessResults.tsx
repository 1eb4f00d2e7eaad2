/**
 * The self-check's results: the band, the time the model plans to close the gaps, the scores by area,
 * the gap list and the hand-off to the estimator. Loaded with the questions, which it needs.
 */
import { useState, type ReactNode } from 'react';
import { consultationHref } from '../../lib/attribution/attribution';
import { toolScope } from '../../lib/analytics/tool-scope';
import { visitAttribution } from '../../scripts/attribution';
import { band } from '../../lib/readiness/bands';

import { estimatorQuery, ESTIMATOR_READINESS } from '../../lib/readiness/estimator';

import { GAP_STATUS_LABELS, type ReadinessGap } from '../../lib/readiness/gaps';
import { areaLabel, type ReadinessQuestion } from '../../lib/readiness/model';
import { type AreaResult, type ReadinessResult } from '../../lib/readiness/score';
import { firstUnansweredStep } from '../../lib/readiness/steps';
import { type ReadinessState, type Step } from '../../lib/readiness/url-state';

import type { ReadinessProps } from '../Readiness';
import { deadlineSentence, remediationSentence } from '../../lib/readiness/remediation';
import { planOfState } from '../../lib/readiness/url-state';
import { todayIso } from '../../lib/engagement/dates';
import { planHref } from '../../lib/engagement/url';

type Questions = readonly ReadinessQuestion[];

const TOP_GAPS = 5;

export function Results({
	state,
	questions,
	result,
	chapters,
	estimatorHref,
	chooserHref,
	consultationUrl,
	consultationLabel,
	onGoTo,
}: {
	consultationUrl: string;
	consultationLabel: string;
	state: ReadinessState;
	questions: Questions;
	result: ReadinessResult;
	chapters: ReadinessProps['chapters'];
	estimatorHref: string;
	chooserHref: string;
	onGoTo: (step: Step) => void;
}) {
	const bandInfo = result.band ? band(result.band) : undefined;
	const top = result.gaps.slice(0, TOP_GAPS);
	const rest = result.gaps.slice(TOP_GAPS);
	const estimator = `${estimatorHref}?${estimatorQuery(state, result)}`;
	const today = todayIso();
	const plan = planOfState(state);
	const firstOpen = firstUnansweredStep(questions, state.scope, state.answers);
	// The results render only in the browser (after the questions load), so the visit's campaign
	// tags can be read at once; read once, not on every answer.
	const [attribution] = useState(visitAttribution);
	const consultation = consultationHref(
		consultationUrl,
		{
			from: '/readiness/',
			...toolScope(estimatorQuery(state, result)),
			score: result.score === null ? undefined : String(result.score),
		},
		attribution,
	);
	return (
		<>
			{result.counts.unanswered > 0 && (
				<p className="rd-notice">
					{result.counts.unanswered} of {result.total} questions are not answered yet; they count as
					not in place.{' '}
					<button type="button" className="rd-link-button" onClick={() => onGoTo(firstOpen)}>
						Answer the rest
					</button>
				</p>
			)}
			<div className={`rd-band rd-band-${result.band ?? 'none'}`} data-testid="readiness-band">
				{bandInfo && result.score !== null ? (
					<>
						<p className="rd-score">
							<span className="rd-score-number">{result.score}</span>
							<span className="rd-score-max"> out of 100</span>
						</p>
						<p className="rd-band-label">{bandInfo.label}</p>
						<p>{bandInfo.summary}</p>
						<p data-testid="readiness-time">{remediationSentence(plan, result.band!, today)}</p>
						{deadlineSentence(plan, result.band!, today) && (
							<p data-testid="readiness-deadline">{deadlineSentence(plan, result.band!, today)}</p>
						)}
						{result.capped && (
							<p>
								Your score alone would read “{band('ready').label}”, but{' '}
								{result.blockers.length === 1
									? 'one control that often holds'
									: `${result.blockers.length} controls that often hold`}{' '}
								up first audits {result.blockers.length === 1 ? 'is' : 'are'} not in place, so the
								band stays at “{bandInfo.label}” until{' '}
								{result.blockers.length === 1 ? 'it is' : 'they are'} fixed.
							</p>
						)}
					</>
				) : (
					<p>
						Every question was marked not applicable, so there is nothing to score. Check the scope
						and answers if that is not what you meant.
					</p>
				)}
				<p className="rd-disclaimer">
					This is a self-check, not an audit opinion: only a CPA firm’s examination can tell you
					whether controls meet the criteria.
				</p>
			</div>

			<aside className="rd-cta no-print" aria-labelledby="rd-cta-heading">
				<h3 id="rd-cta-heading">Talk it through with an auditor</h3>
				<p>
					Bring this score and your gap list to a call: an auditor can tell you which gaps matter
					for your customers and what a realistic first report date is.
				</p>
				<a
					className="button"
					href={consultation}
					data-cta="consultation"
					data-where="readiness-results"
					data-testid="readiness-cta"
				>
					{consultationLabel}
				</a>
			</aside>

			<h3>By area</h3>
			<AreaTable areas={result.areas} />

			{result.gaps.length === 0 ? (
				<p>No gaps: every question in scope is in place with evidence or not applicable.</p>
			) : (
				<>
					<h3 id="rd-top-gaps">Fix these first</h3>
					<GapList gaps={top} start={1} chapters={chapters} />
					{rest.length > 0 && (
						<>
							<h3>The rest of your gap list</h3>
							<GapList gaps={rest} start={TOP_GAPS + 1} chapters={chapters} />
						</>
					)}
				</>
			)}

			<div className="rd-actions no-print">
				<button type="button" className="button secondary" onClick={() => print()}>
					Print the gap list
				</button>
				<a className="button" href={estimator}>
					Use this in the estimator
				</a>
			</div>
			<p className="muted no-print">
				The estimator opens with your scope
				{result.band ? (
					<> and the readiness level “{ESTIMATOR_READINESS[result.band]}” filled in</>
				) : null}
				.
			</p>
			<p className="muted no-print">
				Not sure this is the right report?{' '}
				<a href={planHref(chooserHref, plan, { attribution: state.attribution })}>
					Review which report fits
				</a>
				, with the same scope and dates.
			</p>
		</>
	);
}

function AreaTable({ areas }: { areas: AreaResult[] }) {
	return (
		<div className="table-scroll">
			<table className="rd-areas">
				<caption className="visually-hidden">Score by area</caption>
				<thead>
					<tr>
						<th scope="col">Area</th>
						<th scope="col">Score</th>
						<th scope="col">Answers</th>
					</tr>
				</thead>
				<tbody>
					{areas.map((a) => (
						<tr key={a.area.id}>
							<th scope="row">{a.area.label}</th>
							<td data-label="Score">
								{a.score === null ? (
									'Not applicable'
								) : (
									<span className="rd-bar-cell">
										<span className="rd-bar" aria-hidden="true">
											<span style={{ inlineSize: `${a.score}%` }} />
										</span>
										{a.score}
									</span>
								)}
							</td>
							<td data-label="Answers">{describeCounts(a)}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}

function describeCounts(a: AreaResult): string {
	const parts: string[] = [];
	const c = a.counts;
	if (c.evidenced) parts.push(`${c.evidenced} evidenced`);
	if (c.unevidenced) parts.push(`${c.unevidenced} not evidenced`);
	if (c.missing) parts.push(`${c.missing} not in place`);
	if (c.unanswered) parts.push(`${c.unanswered} unanswered`);
	if (c.na) parts.push(`${c.na} not applicable`);
	return parts.join(', ');
}

function GapList({
	gaps,
	start,
	chapters,
}: {
	gaps: ReadinessGap[];
	start: number;
	chapters: ReadinessProps['chapters'];
}): ReactNode {
	return (
		<ol className="rd-gaps" start={start}>
			{gaps.map((g) => {
				const chapter = chapters[g.question.chapter];
				return (
					<li key={g.question.id}>
						<p className="rd-gap-title">
							<strong>{g.question.title}</strong>{' '}
							<span className="rd-gap-meta">
								{areaLabel(g.question.area)} · {GAP_STATUS_LABELS[g.status]}
							</span>
						</p>
						<p>
							<strong>What to do:</strong> {g.action}
						</p>
						<p>
							<strong>Why it matters:</strong> {g.question.why}
						</p>
						<p>
							<strong>Evidence that usually satisfies an auditor:</strong> {g.question.evidence}
						</p>
						{chapter && (
							<p>
								Read more: <a href={chapter.href}>{chapter.title}</a>
							</p>
						)}
					</li>
				);
			})}
		</ol>
	);
}
