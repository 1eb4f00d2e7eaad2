/**
 * The report chooser: one question at a time, then the recommendation with its reasons and the
 * hand-offs to the estimator and a consultation. A thin view over src/lib/chooser.
 */
import { Fragment, useEffect, useId, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { QUESTIONS, type Answers, type Question } from '../lib/chooser/questions';
import {
	estimatorQueryFor,
	firstUnanswered,
	isComplete,
	parseChooserQuery,
	serializeChooserAnswers,
	type QueryNotice,
} from '../lib/chooser/query';
import { answerFrom, selectionFor, toggleSelection } from '../lib/chooser/form';
import type { Attribution } from '../lib/attribution/attribution';
import { visitAttribution } from '../scripts/attribution';
import { trackToolResult } from '../scripts/tool-result';
import { revealHeading } from '../scripts/reveal';
import { toolScope } from '../lib/analytics/tool-scope';
import { loadOnce } from '../lib/engagement/lazy';
import type { ChooserLinks } from '../lib/chooser/links';

export type { ChapterLink } from '../lib/chooser/links';
export type ChooserProps = ChooserLinks;

type View = { kind: 'question'; index: number; fromResult: boolean } | { kind: 'result' };
type ResultModule = typeof import('./chooser/ChooserResult');

const TOTAL = QUESTIONS.length;

/**
 * The result view and the rules behind it are most of the chooser's code but are needed only once
 * every question is answered, so they load on demand: from the first answer (well before the last
 * one), or at once when the link already answers everything. A failed load may be retried.
 */
const loadResult: () => Promise<ResultModule> = loadOnce(() => import('./chooser/ChooserResult'));

/** Says something through the page's polite live region. */
function announce(message: string): void {
	const region = document.getElementById('announcer');
	if (!region) return;
	// Clearing first makes screen readers repeat a message that happens to be the same as before.
	region.textContent = '';
	window.setTimeout(() => {
		region.textContent = message;
	}, 50);
}

/** The interactive report chooser. */
export default function Chooser({
	chooserHref,
	estimatorHref,
	readinessHref,
	consultationUrl,
	chapters,
}: ChooserProps) {
	const uid = useId();
	const [answers, setAnswers] = useState<Partial<Answers>>({});
	const [view, setView] = useState<View>({ kind: 'question', index: 0, fromResult: false });
	const [selection, setSelection] = useState<string[]>([]);
	const [error, setError] = useState(false);
	const [notices, setNotices] = useState<QueryNotice[]>([]);
	const [attribution, setAttribution] = useState<Attribution>({});
	const [copied, setCopied] = useState(false);
	const [results, setResults] = useState<ResultModule | null>(null);
	const [loadFailed, setLoadFailed] = useState(false);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const firstInputRef = useRef<HTMLInputElement>(null);
	const shouldFocus = useRef(false);
	const interacted = useRef(false);

	/** Starts loading the result view (once); resolves to it, or undefined when loading failed. */
	function fetchResults(): Promise<ResultModule | undefined> {
		return loadResult().then(
			(module) => {
				setResults(module);
				setLoadFailed(false);
				return module;
			},
			() => {
				setLoadFailed(true);
				return undefined;
			},
		);
	}

	// The HTML is prerendered without a query string, so the URL is read only after mount.
	useEffect(() => {
		setAttribution(visitAttribution());
		const parsed = parseChooserQuery(location.search);
		// The notice box is a live region that exists from the first render, so it is announced.
		setNotices(parsed.notices);
		setAnswers(parsed.answers);
		const next = firstUnanswered(parsed.answers);
		if (next === null) {
			setView({ kind: 'result' });
			void fetchResults();
		} else {
			const index = QUESTIONS.findIndex((q) => q.id === next);
			setView({ kind: 'question', index, fromResult: false });
			setSelection(selectionFor(QUESTIONS[index]!, parsed.answers));
		}
	}, []);

	// Keep the address bar in step with the answers, so the result can be bookmarked and shared.
	// Campaign parameters leave it (they are kept for the visit), so a shared link carries none.
	useEffect(() => {
		if (!interacted.current) return;
		const search = serializeChooserAnswers(answers);
		history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
	}, [answers]);

	// Move focus to the new question or the result after the visitor acts (never on page load).
	// A result still loading has no heading yet: focus moves once it appears.
	const recommendation = useMemo(
		() => (results && isComplete(answers) ? results.recommendReport(answers) : null),
		[results, answers],
	);
	useEffect(() => {
		if (!shouldFocus.current || !headingRef.current) return;
		shouldFocus.current = false;
		revealHeading(headingRef.current);
	}, [view, recommendation]);

	function go(next: View, nextAnswers: Partial<Answers> = answers) {
		shouldFocus.current = true;
		setError(false);
		setCopied(false);
		setView(next);
		if (next.kind === 'question') setSelection(selectionFor(QUESTIONS[next.index]!, nextAnswers));
		else if (isComplete(nextAnswers)) {
			void fetchResults().then((module) => {
				if (!module) return;
				const r = module.recommendReport(nextAnswers);
				announce(`Recommendation ready: ${r.headline}.`);
				trackToolResult('chooser_complete', {
					recommendation: r.headline,
					...toolScope(estimatorQueryFor(r)),
				});
			});
		}
	}

	function submit(
		event: SubmitEvent<HTMLFormElement>,
		question: Question,
		index: number,
		fromResult: boolean,
	) {
		event.preventDefault();
		const value = answerFrom(question, selection);
		if (value === undefined) {
			setError(true);
			firstInputRef.current?.focus();
			return;
		}
		interacted.current = true;
		// The visitor is under way: fetch the result view now so it is there by the last question.
		void fetchResults();
		const nextAnswers = { ...answers, [question.id]: value } as Partial<Answers>;
		// A new band replaces an exact date a link carried.
		if (question.id === 'deadline' && value !== answers.deadline) delete nextAnswers.deadlineDate;
		setAnswers(nextAnswers);
		setNotices([]);
		const missing = firstUnanswered(nextAnswers);
		if (missing === null && (fromResult || index === TOTAL - 1))
			go({ kind: 'result' }, nextAnswers);
		else if (index < TOTAL - 1 && !fromResult) {
			go({ kind: 'question', index: index + 1, fromResult: false }, nextAnswers);
		} else {
			const target = QUESTIONS.findIndex((q) => q.id === missing);
			go({ kind: 'question', index: target, fromResult: false }, nextAnswers);
		}
	}

	function toggle(question: Question, value: string, checked: boolean) {
		setError(false);
		setSelection((current) => toggleSelection(question, current, value, checked));
	}

	function restart() {
		interacted.current = true;
		setAnswers({});
		setNotices([]);
		go({ kind: 'question', index: 0, fromResult: false }, {});
	}

	const noticeBox = (
		<div className="chooser-notices" role="status">
			{notices.length > 0 && (
				<div className="callout callout-warning">
					<p className="callout-title">Part of the link could not be used</p>
					<ul>
						{notices.map((n, i) => (
							<li key={i}>{n.message}</li>
						))}
					</ul>
					<p>We used the rest of the link as normal.</p>
				</div>
			)}
		</div>
	);

	if (view.kind === 'result' && isComplete(answers) && !(results && recommendation)) {
		return (
			<section className="chooser needs-js" aria-label="Report chooser">
				{noticeBox}
				{loadFailed ? (
					<div className="chooser-loading" role="alert">
						<p>Your recommendation could not be loaded. Check the connection and try again.</p>
						<button type="button" className="button" onClick={() => void fetchResults()}>
							Try again
						</button>
					</div>
				) : (
					<p className="chooser-loading" role="status">
						Preparing your recommendation…
					</p>
				)}
			</section>
		);
	}

	if (view.kind === 'result' && results && recommendation) {
		const { Result } = results;
		return (
			<section className="chooser needs-js" aria-label="Report chooser">
				{noticeBox}
				<Result
					recommendation={recommendation}
					answers={answers as Answers}
					headingRef={headingRef}
					uid={uid}
					onChange={(id) =>
						go({
							kind: 'question',
							index: QUESTIONS.findIndex((q) => q.id === id),
							fromResult: true,
						})
					}
					onRestart={restart}
					links={{ chooserHref, estimatorHref, readinessHref, consultationUrl, chapters }}
					attribution={attribution}
					copied={copied}
					onCopy={async (url) => {
						try {
							await navigator.clipboard.writeText(url);
							setCopied(true);
							announce('Link copied');
						} catch {
							announce('Copying failed. Use the link "Link to this result" instead.');
						}
					}}
				/>
			</section>
		);
	}

	const index = view.kind === 'question' ? view.index : 0;
	const fromResult = view.kind === 'question' && view.fromResult;
	const question = QUESTIONS[index]!;
	const ids = {
		hint: `${uid}-hint`,
		why: `${uid}-why`,
		error: `${uid}-error`,
	};
	const options = question.noneOption
		? [...question.options, question.noneOption]
		: question.options;

	return (
		<section className="chooser needs-js" aria-label="Report chooser">
			{noticeBox}
			<form className="chooser-question" onSubmit={(e) => submit(e, question, index, fromResult)}>
				<p className="chooser-progress">
					Question {index + 1} of {TOTAL}
					<span className="chooser-progress-topic"> · {question.short}</span>
				</p>
				{/* Segments rather than a width style: the CSP allows no inline style attributes. */}
				<div className="chooser-bar" aria-hidden="true">
					{QUESTIONS.map((q, i) => (
						<span key={q.id} className={i <= index ? 'done' : undefined} />
					))}
				</div>
				<fieldset aria-describedby={`${ids.hint} ${ids.why}${error ? ` ${ids.error}` : ''}`}>
					<legend>
						<h2 className="chooser-legend" tabIndex={-1} ref={headingRef}>
							{question.title}
						</h2>
					</legend>
					<p className="chooser-hint" id={ids.hint}>
						{question.hint}
					</p>
					<p className="chooser-why" id={ids.why}>
						<strong>Why we ask:</strong> {question.why}
					</p>
					{error && (
						<p className="chooser-error" id={ids.error}>
							<span className="visually-hidden">Error: </span>
							{question.kind === 'multi'
								? 'Choose at least one answer, or "None of these".'
								: 'Choose an answer to continue.'}
						</p>
					)}
					<div className="chooser-options">
						{options.map((option, i) => {
							const inputId = `${uid}-${question.id}-${option.value}`;
							const isNone = question.noneOption?.value === option.value;
							return (
								<Fragment key={option.value}>
									{isNone && <p className="chooser-or">or</p>}
									<div className="chooser-option">
										<input
											ref={i === 0 ? firstInputRef : undefined}
											type={question.kind === 'single' ? 'radio' : 'checkbox'}
											id={inputId}
											// The link's own key: a press of Next before the island is live submits the
											// server-rendered form as a plain GET, and the chooser then opens at the next
											// question with this answer kept, instead of losing it.
											name={question.id}
											value={option.value}
											checked={selection.includes(option.value)}
											onChange={(e) => toggle(question, option.value, e.currentTarget.checked)}
											aria-describedby={option.hint ? `${inputId}-hint` : undefined}
										/>
										<label htmlFor={inputId}>{option.label}</label>
										{option.hint && (
											<span className="chooser-option-hint" id={`${inputId}-hint`}>
												{option.hint}
											</span>
										)}
									</div>
								</Fragment>
							);
						})}
					</div>
				</fieldset>
				<div className="chooser-nav">
					<button type="submit" className="button">
						{fromResult
							? 'Save and see the result'
							: index === TOTAL - 1
								? 'See my recommendation'
								: 'Next'}
					</button>
					{index > 0 && (
						<button
							type="button"
							className="button secondary"
							onClick={() => go({ kind: 'question', index: index - 1, fromResult })}
						>
							Back
						</button>
					)}
					{fromResult && isComplete(answers) && (
						<button
							type="button"
							className="button secondary"
							onClick={() => go({ kind: 'result' })}
						>
							Cancel
						</button>
					)}
				</div>
			</form>
		</section>
	);
}
