/**
 * The chooser's result: the recommendation, its reasons, the steps and the hand-offs. Loaded on
 * demand, with the rules behind it: the chooser needs them only once every question is answered.
 */
import type { ChooserLinks } from '../../lib/chooser/links';
import type { RefObject } from 'react';
import {
	optionLabel,
	questionById,
	QUESTIONS,
	NO_COMMITMENTS,
	type Answers,
	type QuestionId,
} from '../../lib/chooser/questions';
import type { Note } from '../../lib/chooser/answer-rules';
import { recommendReport, type Recommendation } from '../../lib/chooser/rules';
import { aboutMonths, datesText, stepDuration, typeLabel } from '../../lib/chooser/timing';
import {
	CATEGORIES,
	REPORT_NAMES,
	labelOf,
	typeLabel as examTypeLabel,
} from '../../lib/engagement/vocabulary';
import { estimatorQueryFor, serializeChooserAnswers } from '../../lib/chooser/query';
import { formatDate, todayIso } from '../../lib/engagement/dates';
import { SOC3_SHORT } from '../../lib/engagement/soc3';
import { deadlineCheck } from '../../lib/engagement/timeline';
import { planHref } from '../../lib/engagement/url';
import { consultationHref, type Attribution } from '../../lib/attribution/attribution';

export { recommendReport };

/** Link targets computed at build time (base path already applied). */
export type { ChapterLink, ChooserLinks } from '../../lib/chooser/links';

/** What the visitor answered, in words. */
function answerText(id: QuestionId, answers: Partial<Answers>): string {
	const value = answers[id];
	if (value === undefined) return 'Not answered';
	if (typeof value === 'string') return optionLabel(id, value);
	return value.length === 0
		? optionLabel(id, NO_COMMITMENTS)
		: value.map((v) => optionLabel(id, v)).join('; ');
}

export interface ResultProps {
	recommendation: Recommendation;
	answers: Answers;
	headingRef: RefObject<HTMLHeadingElement | null>;
	uid: string;
	onChange: (id: QuestionId) => void;
	onRestart: () => void;
	onCopy: (url: string) => void;
	copied: boolean;
	links: ChooserLinks;
	attribution: Attribution;
}

/**
 * "Financial reporting: Yes" for each answer a statement rests on: only the options it rests on,
 * not every option ticked for that question (the full answers are listed under the result).
 */
function Because({ note }: { note: Note }) {
	const ids = [...new Set(note.because.map((b) => b.question))];
	const said = (id: QuestionId) =>
		note.because
			.filter((b) => b.question === id)
			.map((b) => optionLabel(id, b.value))
			.join('; ');
	return (
		<span className="chooser-because">
			{' '}
			(Your answer{ids.length > 1 ? 's' : ''}:{' '}
			{ids.map((id) => `${questionById(id).short}: ${said(id)}`).join('; ')})
		</span>
	);
}

function Notes({ notes }: { notes: readonly Note[] }) {
	return (
		<ul>
			{notes.map((n, i) => (
				<li key={i}>
					{n.text}
					<Because note={n} />
				</li>
			))}
		</ul>
	);
}

/** The recommendation for a complete set of answers. */
export function Result({
	recommendation: r,
	answers,
	headingRef,
	uid,
	onChange,
	onRestart,
	onCopy,
	copied,
	links,
	attribution,
}: ResultProps) {
	const search = serializeChooserAnswers(answers);
	const shareHref = `${links.chooserHref}?${search}`;
	const shareUrl =
		typeof location === 'undefined' ? shareHref : new URL(shareHref, location.href).href;
	const today = todayIso();
	const first = r.plan ? planHref(links.estimatorHref, r.plan) : null;
	const next = r.nextPlan ? planHref(links.estimatorHref, r.nextPlan) : null;
	const selfCheck = planHref(links.readinessHref, r.plan ?? {});
	// The Type II is what a close date puts at risk: the model's options, each with its date.
	const typeTwoPlan = r.nextPlan ?? r.plan;
	const check = typeTwoPlan && r.type?.due ? deadlineCheck(typeTwoPlan, today) : null;
	const context: Record<string, string> = {
		from: links.chooserHref,
		recommendation: r.headline,
		...Object.fromEntries(estimatorQueryFor(r) ?? []),
	};
	const consultation = consultationHref(links.consultationUrl, context, attribution);
	const soc2Categories = r.categories.map((c) => labelOf(CATEGORIES, c)).join(', ');
	const chapters = r.chapters.flatMap((slug) =>
		links.chapters[slug] ? [links.chapters[slug]] : [],
	);

	return (
		<section className="chooser-result" aria-labelledby={`${uid}-result`}>
			<p className="chooser-kicker">Our recommendation</p>
			<h2 id={`${uid}-result`} tabIndex={-1} ref={headingRef}>
				{r.headline}
			</h2>
			{r.reports.length > 0 && r.type && (
				<ul className="chooser-reports">
					{r.reports.includes('soc1') && (
						<li>
							<strong>{labelOf(REPORT_NAMES, 'soc1')}</strong>, {typeLabel(r.type)}: controls that
							matter to your customers' financial reporting.
						</li>
					)}
					{r.reports.includes('soc2') && (
						<li>
							<strong>{labelOf(REPORT_NAMES, 'soc2')}</strong>, {typeLabel(r.type)}, covering{' '}
							{soc2Categories}.
						</li>
					)}
					{r.reports.includes('soc3') && (
						<li>
							<strong>{labelOf(REPORT_NAMES, 'soc3')}</strong>: a short public report. {SOC3_SHORT}{' '}
							<a href={links.chapters['soc-3']?.href ?? '#'}>What a SOC 3 rests on</a>.
						</li>
					)}
				</ul>
			)}
			{r.alsoConsider.length > 0 && (
				<p>
					<strong>Worth weighing as well:</strong>{' '}
					{r.alsoConsider.map((x) => labelOf(REPORT_NAMES, x)).join(' and ')}. See the notes below.
				</p>
			)}
			{r.categoriesToCheck.length > 0 && (
				<p>
					<strong>Check against your contracts:</strong>{' '}
					{r.categoriesToCheck.map((c) => labelOf(CATEGORIES, c)).join(', ')}. Add one only if you
					make the matching promise.
				</p>
			)}

			<h3>Why</h3>
			<Notes notes={r.reasons} />

			{r.type && (
				<>
					<h3>The steps, with typical durations</h3>
					<ol className="chooser-steps">
						{r.type.steps.map((s, i) => (
							<li key={i}>
								{s.text} <span className="chooser-months">({stepDuration(s)})</span>
							</li>
						))}
					</ol>
					<p data-testid="chooser-time">
						Typical time to your first report ({examTypeLabel(r.type.first)}):{' '}
						<strong>{aboutMonths(today, r.type.firstReport.typical)}</strong>,{' '}
						{datesText(r.type.firstReport)}.
						{r.type.nextReport && <> The Type II would arrive {datesText(r.type.nextReport)}.</>}{' '}
						{r.type.due && <>You need it by {formatDate(r.type.due)}. </>}
						This is the estimator's model with its sourced figures, not a promise; your audit firm
						sets the real dates.
					</p>
				</>
			)}

			{check && check.status !== 'on-track' && (
				<>
					<h3>If the Type II must meet your date</h3>
					<ul className="chooser-options">
						{check.options.map((o) => (
							<li key={o.id}>
								<strong>{o.title}.</strong> {o.detail}
							</li>
						))}
					</ul>
				</>
			)}

			{r.instead.length > 0 && (
				<>
					<h3>What to do instead</h3>
					<ul>
						{r.instead.map((t, i) => (
							<li key={i}>{t}</li>
						))}
					</ul>
				</>
			)}

			{r.toConfirm.length > 0 && (
				<>
					<h3>Things to find out</h3>
					<Notes notes={r.toConfirm} />
				</>
			)}

			{r.caveats.length > 0 && (
				<>
					<h3>Good to know</h3>
					<Notes notes={r.caveats} />
				</>
			)}

			<h3>Next steps</h3>
			<div className="chooser-actions">
				{first && (
					<a className="button" href={first}>
						Estimate cost and time for this
					</a>
				)}
				{next && (
					<a className="button secondary" href={next}>
						Estimate the Type II that follows
					</a>
				)}
				<a className={first ? 'button secondary' : 'button'} href={selfCheck}>
					Run the readiness self-check{first ? ' for this scope' : ''}
				</a>
				<a
					className="button secondary"
					href={consultation}
					data-cta="consultation"
					data-where="chooser"
				>
					Talk to an auditor
				</a>
			</div>
			{chapters.length > 0 && (
				<>
					<p className="chooser-read-next">Read next:</p>
					<ul>
						{chapters.map((c) => (
							<li key={c.href}>
								<a href={c.href}>{c.title}</a>
							</li>
						))}
					</ul>
				</>
			)}
			<p className="muted">
				This is guidance based on your answers, not an audit opinion. An audit firm confirms the
				scope with you before any examination starts.
			</p>

			<h3>Your answers</h3>
			<dl className="chooser-answers">
				{QUESTIONS.map((q) => (
					<div key={q.id}>
						<dt>{q.short}</dt>
						<dd>
							{answerText(q.id, answers)}{' '}
							<button type="button" className="link-button" onClick={() => onChange(q.id)}>
								Change
								<span className="visually-hidden"> your answer about {q.short.toLowerCase()}</span>
							</button>
						</dd>
					</div>
				))}
			</dl>
			<div className="chooser-share">
				<a href={shareHref}>Link to this result</a>
				<button type="button" className="button secondary" onClick={() => onCopy(shareUrl)}>
					{copied ? 'Link copied' : 'Copy link'}
				</button>
				<button type="button" className="button secondary" onClick={onRestart}>
					Start again
				</button>
			</div>
		</section>
	);
}
