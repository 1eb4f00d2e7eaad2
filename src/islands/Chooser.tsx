/**
 * The report chooser: one question at a time, then the recommendation with its reasons and the
 * hand-offs to the estimator and a consultation. A thin view over src/lib/chooser.
 */
import {
	Fragment,
	useEffect,
	useId,
	useMemo,
	useRef,
	useState,
	type SubmitEvent,
	type RefObject,
} from 'react';
import {
	COMMITMENT_CHOICES,
	NO_COMMITMENTS,
	QUESTIONS,
	optionLabel,
	questionById,
	type Answers,
	type CommitmentChoice,
	type Question,
	type QuestionId,
} from '../lib/chooser/questions';
import {
	REPORT_LABELS,
	TSC_LABELS,
	recommendReport,
	typeLabel,
	type Note,
	type Recommendation,
} from '../lib/chooser/rules';
import {
	estimatorQueryFor,
	estimatorSearchFor,
	firstUnanswered,
	isComplete,
	parseChooserQuery,
	serializeChooserAnswers,
	type QueryNotice,
} from '../lib/chooser/query';
import {
	ATTRIBUTION_KEYS,
	consultationHref,
	type Attribution,
} from '../lib/attribution/attribution';
import { visitAttribution } from '../scripts/attribution';
import { trackToolResult } from '../scripts/tool-result';
import { toolScope } from '../lib/analytics/tool-scope';
import '../styles/chooser.css';

/** A link target computed at build time (base path already applied). */
export interface ChapterLink {
	title: string;
	href: string;
}

export interface ChooserProps {
	/** The chooser page, e.g. '/chooser/' (with the base path). */
	chooserHref: string;
	estimatorHref: string;
	readinessHref: string;
	/** The consultation URL from the site config. */
	consultationUrl: string;
	/** Chapter titles and hrefs by slug, for "read next". */
	chapters: Record<string, ChapterLink>;
}

type View = { kind: 'question'; index: number; fromResult: boolean } | { kind: 'result' };

const TOTAL = QUESTIONS.length;

/** The inputs' current selection for a question, from the stored answers. */
function selectionFor(question: Question, answers: Partial<Answers>): string[] {
	const value = answers[question.id];
	if (value === undefined) return [];
	if (question.kind === 'single') return [value as string];
	const list = value as readonly CommitmentChoice[];
	return list.length === 0 ? [NO_COMMITMENTS] : [...list];
}

/** The stored answer for a question from the inputs' selection (undefined when empty). */
function answerFrom(
	question: Question,
	selection: readonly string[],
): Answers[QuestionId] | undefined {
	if (selection.length === 0) return undefined;
	if (question.kind === 'single') return selection[0] as Answers[QuestionId];
	if (selection.includes(NO_COMMITMENTS)) return [];
	return COMMITMENT_CHOICES.filter((c) => selection.includes(c));
}

/** What the visitor answered, in words. */
function answerText(id: QuestionId, answers: Partial<Answers>): string {
	const value = answers[id];
	if (value === undefined) return 'Not answered';
	if (typeof value === 'string') return optionLabel(id, value);
	return value.length === 0
		? optionLabel(id, NO_COMMITMENTS)
		: value.map((v) => optionLabel(id, v)).join('; ');
}

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
	const headingRef = useRef<HTMLHeadingElement>(null);
	const firstInputRef = useRef<HTMLInputElement>(null);
	const shouldFocus = useRef(false);
	const interacted = useRef(false);

	// The HTML is prerendered without a query string, so the URL is read only after mount.
	useEffect(() => {
		setAttribution(visitAttribution());
		const parsed = parseChooserQuery(location.search, { passThrough: ATTRIBUTION_KEYS });
		// The notice box is a live region that exists from the first render, so it is announced.
		setNotices(parsed.notices);
		setAnswers(parsed.answers);
		const next = firstUnanswered(parsed.answers);
		if (next === null) setView({ kind: 'result' });
		else {
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
	useEffect(() => {
		if (!shouldFocus.current) return;
		shouldFocus.current = false;
		headingRef.current?.focus();
	}, [view]);

	const recommendation = useMemo(
		() => (isComplete(answers) ? recommendReport(answers) : null),
		[answers],
	);

	function go(next: View, nextAnswers: Partial<Answers> = answers) {
		shouldFocus.current = true;
		setError(false);
		setCopied(false);
		setView(next);
		if (next.kind === 'question') setSelection(selectionFor(QUESTIONS[next.index]!, nextAnswers));
		else if (isComplete(nextAnswers)) {
			const r = recommendReport(nextAnswers);
			announce(`Recommendation ready: ${r.headline}.`);
			trackToolResult('chooser_complete', { recommendation: r.headline, ...toolScope(estimatorQueryFor(r)) });
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
		const nextAnswers = { ...answers, [question.id]: value } as Partial<Answers>;
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
		if (question.kind === 'single') {
			setSelection([value]);
			return;
		}
		// "None of these" excludes every other box, and ticking another box clears it.
		if (value === NO_COMMITMENTS) setSelection(checked ? [NO_COMMITMENTS] : []);
		else {
			const rest = selection.filter((v) => v !== NO_COMMITMENTS && v !== value);
			setSelection(checked ? [...rest, value] : rest);
		}
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

	if (view.kind === 'result' && recommendation) {
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
											name={`${uid}-${question.id}`}
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

interface ResultProps {
	recommendation: Recommendation;
	answers: Answers;
	headingRef: RefObject<HTMLHeadingElement | null>;
	uid: string;
	onChange: (id: QuestionId) => void;
	onRestart: () => void;
	onCopy: (url: string) => void;
	copied: boolean;
	links: ChooserProps;
	attribution: Attribution;
}

/** "Financial reporting: Yes" for each answer a statement rests on. */
function Because({ note, answers }: { note: Note; answers: Answers }) {
	const ids = [...new Set(note.because.map((b) => b.question))];
	return (
		<span className="chooser-because">
			{' '}
			(Your answer{ids.length > 1 ? 's' : ''}:{' '}
			{ids.map((id) => `${questionById(id).short}: ${answerText(id, answers)}`).join('; ')})
		</span>
	);
}

function Notes({ notes, answers }: { notes: readonly Note[]; answers: Answers }) {
	return (
		<ul>
			{notes.map((n, i) => (
				<li key={i}>
					{n.text}
					<Because note={n} answers={answers} />
				</li>
			))}
		</ul>
	);
}

function monthsText([min, max]: readonly [number, number]): string {
	if (max === 0) return 'at the same time';
	return min === max ? `about ${min} month${min === 1 ? '' : 's'}` : `about ${min}–${max} months`;
}

function Result({
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
	const first = estimatorSearchFor(r, 'first');
	const next = r.type?.then ? estimatorSearchFor(r, 'next') : null;
	const context: Record<string, string> = {
		from: links.chooserHref,
		recommendation: r.headline,
		...Object.fromEntries(estimatorQueryFor(r) ?? []),
	};
	const consultation = consultationHref(links.consultationUrl, context, attribution);
	const soc2Categories = r.categories.map((c) => TSC_LABELS[c]).join(', ');
	const chapters = r.chapters.flatMap((slug) =>
		links.chapters[slug] ? [links.chapters[slug]!] : [],
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
							<strong>SOC 1</strong>, {typeLabel(r.type)}: controls that matter to your customers'
							financial reporting.
						</li>
					)}
					{r.reports.includes('soc2') && (
						<li>
							<strong>SOC 2</strong>, {typeLabel(r.type)}, covering {soc2Categories}.
						</li>
					)}
					{r.reports.includes('soc3') && (
						<li>
							<strong>SOC 3</strong>: a short public report issued from the SOC 2 Type II
							examination.
						</li>
					)}
				</ul>
			)}
			{r.alsoConsider.length > 0 && (
				<p>
					<strong>Worth weighing as well:</strong>{' '}
					{r.alsoConsider.map((x) => REPORT_LABELS[x]).join(' and ')}. See the notes below.
				</p>
			)}
			{r.categoriesToCheck.length > 0 && (
				<p>
					<strong>Check against your contracts:</strong>{' '}
					{r.categoriesToCheck.map((c) => TSC_LABELS[c]).join(', ')}. Add one only if you make the
					matching promise.
				</p>
			)}

			<h3>Why</h3>
			<Notes notes={r.reasons} answers={answers} />

			{r.type && (
				<>
					<h3>The steps, with typical durations</h3>
					<ol className="chooser-steps">
						{r.type.steps.map((s, i) => (
							<li key={i}>
								{s.text} <span className="chooser-months">({monthsText(s.months)})</span>
							</li>
						))}
					</ol>
					<p>
						Typical time to your first report:{' '}
						<strong>{monthsText(r.type.monthsToFirstReport)}</strong>. These are ranges published by
						practitioners, not a promise; your audit firm sets the real dates.
					</p>
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
					<Notes notes={r.toConfirm} answers={answers} />
				</>
			)}

			{r.caveats.length > 0 && (
				<>
					<h3>Good to know</h3>
					<Notes notes={r.caveats} answers={answers} />
				</>
			)}

			<h3>Next steps</h3>
			<div className="chooser-actions">
				{first && (
					<a className="button" href={`${links.estimatorHref}?${first}`}>
						Estimate cost and time for this
					</a>
				)}
				{next && (
					<a className="button secondary" href={`${links.estimatorHref}?${next}`}>
						Estimate the Type II that follows
					</a>
				)}
				{!first && (
					<a className="button" href={links.readinessHref}>
						Run the readiness self-check
					</a>
				)}
				<a className="button secondary" href={consultation} data-cta="consultation" data-where="chooser">
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
