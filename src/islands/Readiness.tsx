/**
 * The readiness self-check: a thin view over src/lib/readiness. State lives in the URL (and, as a
 * convenience, in this browser's localStorage); every rule, score and order comes from the module.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { band } from '../lib/readiness/bands';
import { loadOnce } from '../lib/engagement/lazy';
import { estimatorQuery, ESTIMATOR_READINESS } from '../lib/readiness/estimator';
import { toolScope } from '../lib/analytics/tool-scope';
import { trackToolResult } from '../scripts/tool-result';
import { withAnswer, withCategory, withReport } from '../lib/readiness/form';
import { GAP_STATUS_LABELS, type ReadinessGap } from '../lib/readiness/gaps';
import {
	ANSWERS,
	AREAS,
	OPTIONAL_CATEGORIES,
	REPORTS,
	areaLabel,
	type AnswerId,
	type AreaId,
	type ReadinessQuestion,
	type ReadinessScope,
} from '../lib/readiness/model';
import {
	areasInScope,
	includesSoc2,
	outlineQuestions,
	questionsInScope,
	type QuestionOutline,
} from '../lib/readiness/scope';
import { scoreReadiness, type AreaResult, type ReadinessResult } from '../lib/readiness/score';
import {
	adjacentStep,
	estimatedMinutes,
	firstUnansweredStep,
	stepsFor,
} from '../lib/readiness/steps';
import {
	INITIAL_STATE,
	needsQuestions,
	parseReadinessQuery,
	serializeReadinessQuery,
	type ReadinessState,
	type StateNotice,
	type Step,
} from '../lib/readiness/url-state';

export interface ReadinessProps {
	/** Base-aware path of the estimator page, e.g. '/estimator/'. */
	estimatorHref: string;
	/** Base-aware link and title of each chapter the questions point to, by slug. */
	chapters: Record<string, { href: string; title: string }>;
	/** The questions' outline (see outlineText), for the counts shown before the questions load. */
	outline: string;
}

/** localStorage key for the saved answers (the query string without attribution). */
export const READINESS_STORAGE_KEY = 'soc-guide:readiness';
const TOP_GAPS = 5;

type Questions = readonly ReadinessQuestion[];
/**
 * The questions are most of the self-check's weight but the first step (the scope) needs only
 * their outline, so they load on demand: when the reader reaches for the tool, moves past the
 * scope, or arrives with answers in the link or in this browser. A failed load may be retried.
 */
const loadQuestions: () => Promise<Questions> = loadOnce(() =>
	import('../data/readiness').then((m) => m.READINESS_QUESTIONS),
);

function readSaved(): string | null {
	try {
		return localStorage.getItem(READINESS_STORAGE_KEY);
	} catch {
		return null;
	}
}

function writeSaved(query: string): void {
	try {
		if (query) localStorage.setItem(READINESS_STORAGE_KEY, query);
		else localStorage.removeItem(READINESS_STORAGE_KEY);
	} catch {
		// Storage may be disabled (private modes, policies); the URL still holds the answers.
	}
}

// The blank checklist is static HTML outside the island; print CSS swaps it in while printing.
function printChecklist() {
	const root = document.documentElement;
	root.dataset.print = 'checklist';
	addEventListener('afterprint', () => delete root.dataset.print, { once: true });
	print();
}

function stepLabel(step: Step): string {
	if (step === 'scope') return 'Your scope';
	if (step === 'results') return 'Results';
	return areaLabel(step);
}

/** The self-check island. */
export default function Readiness({ estimatorHref, chapters, outline }: ReadinessProps) {
	const [questions, setQuestions] = useState<Questions | null>(null);
	const [loadFailed, setLoadFailed] = useState(false);
	const [state, setState] = useState<ReadinessState>(INITIAL_STATE);
	const [notices, setNotices] = useState<StateNotice[]>([]);
	const [restored, setRestored] = useState(false);
	const [cleared, setCleared] = useState(false);
	// Set once the URL or saved answers have been applied; tests and styles can wait for it.
	const [ready, setReady] = useState(false);
	const loaded = useRef(false);
	// Whether the last state change moved to another step by the reader's action (focus moves then).
	const moved = useRef(false);
	const lastStep = useRef<Step>(INITIAL_STATE.step);
	const fromHistory = useRef(false);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const outlined = useMemo(() => outlineQuestions(outline), [outline]);
	// The real questions once loaded; until then the outline's stand-ins, which count the same.
	const known: readonly QuestionOutline[] = questions ?? outlined;
	const knownRef = useRef(known);
	knownRef.current = known;
	const serialize = (s: ReadinessState) => serializeReadinessQuery(s, known);
	/** The state's query without attribution: what is worth saving and what counts as "started". */
	const ownQuery = (s: ReadinessState) => serialize({ ...s, attribution: [] });

	/** Loads the questions (once); resolves to them, or undefined when loading failed. */
	function fetchQuestions(): Promise<Questions | undefined> {
		return loadQuestions().then(
			(list) => {
				setQuestions(list);
				setLoadFailed(false);
				return list;
			},
			() => {
				setLoadFailed(true);
				return undefined;
			},
		);
	}

	// Read the URL (or the saved answers) after mount: the HTML was prerendered without a query.
	// Answers and steps need the questions; a link without them reads the same without.
	useEffect(() => {
		let current = true;
		const start = (list: readonly QuestionOutline[]) => {
			if (!current) return;
			const own = (s: ReadinessState) => serializeReadinessQuery({ ...s, attribution: [] }, list);
			const fromUrl = parseReadinessQuery(location.search, list);
			let next = fromUrl.state;
			if (own(fromUrl.state) === '') {
				const saved = readSaved();
				if (saved) {
					// Saved answers came from this page, so problems in them (a retired question, say)
					// are not the reader's concern: keep what still parses.
					const fromSaved = parseReadinessQuery(saved, list).state;
					if (own(fromSaved) !== '') {
						next = { ...fromSaved, attribution: fromUrl.state.attribution };
						setRestored(true);
					}
				}
			}
			lastStep.current = next.step;
			fromHistory.current = true;
			setState(next);
			setNotices(fromUrl.notices);
			setReady(true);
			loaded.current = true;
		};
		if (needsQuestions(location.search) || readSaved() !== null) {
			void fetchQuestions().then((list) => start(list ?? []));
		} else start([]);

		const onPop = () => {
			const apply = (list: readonly QuestionOutline[]) => {
				const parsed = parseReadinessQuery(location.search, list);
				fromHistory.current = true;
				moved.current = parsed.state.step !== lastStep.current;
				lastStep.current = parsed.state.step;
				setState(parsed.state);
			};
			if (needsQuestions(location.search)) void fetchQuestions().then((list) => apply(list ?? []));
			else apply(knownRef.current);
		};
		addEventListener('popstate', onPop);
		return () => {
			current = false;
			removeEventListener('popstate', onPop);
		};
	}, []);

	// Mirror the state into the URL and storage. A new step is a history entry, so Back works;
	// answering a question replaces the entry instead of flooding the history.
	useEffect(() => {
		if (!loaded.current) return;
		const query = serialize(state);
		writeSaved(ownQuery(state));
		if (fromHistory.current) {
			fromHistory.current = false;
			const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
			if (`${location.pathname}${location.search}${location.hash}` !== url) {
				history.replaceState(null, '', url);
			}
			return;
		}
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		if (moved.current) history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	}, [state]);

	// Move focus to the new step's heading so keyboard and screen-reader users start at the top.
	useEffect(() => {
		if (!moved.current) return;
		moved.current = false;
		headingRef.current?.focus();
	}, [state.step]);

	const steps = useMemo(() => stepsFor(known, state.scope), [known, state.scope]);
	const result = useMemo(
		() => (questions ? scoreReadiness(questions, state.scope, state.answers) : null),
		[questions, state.scope, state.answers],
	);
	const asked = useMemo(() => questionsInScope(known, state.scope), [known, state.scope]);
	const answeredCount = asked.filter((q) => state.answers[q.id]).length;

	// Opening the results reports readiness_complete once the score exists: at once, or when the
	// questions finish loading for a reader who jumped straight to the results.
	const reportResults = useRef(false);
	useEffect(() => {
		if (state.step !== 'results') reportResults.current = false;
		if (!reportResults.current || !result) return;
		reportResults.current = false;
		trackToolResult('readiness_complete', { score: result.score, band: result.band ?? 'none', ...toolScope(estimatorQuery(state, result)) });
	}, [state, result]);

	function goTo(step: Step) {
		if (step !== 'scope') void fetchQuestions();
		if (step === 'results' && state.step !== 'results') reportResults.current = true;
		moved.current = step !== state.step;
		lastStep.current = step;
		setCleared(false);
		setState((s) => ({ ...s, step }));
	}

	function setScope(scope: ReadinessScope) {
		setState((s) => ({ ...s, scope }));
	}

	function answer(id: string, value: AnswerId) {
		setCleared(false);
		setState((s) => ({ ...s, answers: withAnswer(s.answers, knownRef.current, id, value) }));
	}

	function clearAnswers() {
		moved.current = state.step !== 'scope';
		lastStep.current = 'scope';
		setRestored(false);
		setNotices([]);
		setCleared(true);
		setState((s) => ({ ...INITIAL_STATE, attribution: s.attribution }));
	}

	const stepIndex = steps.indexOf(state.step);
	const previous = adjacentStep(steps, state.step, -1);
	const next = adjacentStep(steps, state.step, 1);

	const loading = loadFailed ? (
		<div className="rd-notice" role="alert">
			<p>The questions could not be loaded. Check the connection and try again.</p>
			<button type="button" className="button secondary" onClick={() => void fetchQuestions()}>
				Try again
			</button>
		</div>
	) : (
		<p role="status">Loading the questions…</p>
	);

	return (
		// Reaching for the tool (pointer or keyboard) is the cue to fetch the questions.
		<div
			className="rd"
			data-ready={ready ? '' : undefined}
			onPointerEnter={() => void fetchQuestions()}
			onFocus={() => void fetchQuestions()}
		>
			{notices.length > 0 && (
				<div className="rd-notice no-print" role="status">
					<p>
						<strong>Some of the link could not be used:</strong>
					</p>
					<ul>
						{notices.map((n, i) => (
							<li key={i}>{n.message}</li>
						))}
					</ul>
					<button type="button" className="button secondary" onClick={() => setNotices([])}>
						Dismiss
					</button>
				</div>
			)}
			{restored && (
				<p className="rd-notice no-print" role="status">
					We restored the answers saved in this browser.{' '}
					<button type="button" className="rd-link-button" onClick={clearAnswers}>
						Clear my answers
					</button>
				</p>
			)}
			{cleared && (
				<p className="rd-notice no-print" role="status">
					Your answers were cleared from this page and this browser.
				</p>
			)}

			<nav className="rd-steps no-print" aria-label="Self-check steps">
				<ol>
					{steps.map((step) => {
						const area = AREAS.find((a) => a.id === step);
						const inArea = area ? asked.filter((q) => q.area === area.id) : [];
						const done = inArea.filter((q) => state.answers[q.id]).length;
						return (
							<li key={step}>
								<button
									type="button"
									aria-current={step === state.step ? 'step' : undefined}
									onClick={() => goTo(step)}
								>
									{stepLabel(step)}
									{area && (
										<span className="rd-step-count">
											{' '}
											{done}/{inArea.length}
											<span className="visually-hidden"> answered</span>
										</span>
									)}
								</button>
							</li>
						);
					})}
				</ol>
			</nav>

			<div className="rd-progress no-print">
				<label htmlFor="rd-progress">
					Step {stepIndex + 1} of {steps.length}: {answeredCount} of {asked.length} questions
					answered
				</label>
				<progress id="rd-progress" max={asked.length} value={answeredCount} />
			</div>

			<section className="rd-step" aria-labelledby="rd-step-heading">
				<h2 id="rd-step-heading" tabIndex={-1} ref={headingRef}>
					{state.step === 'scope' || state.step === 'results'
						? stepLabel(state.step)
						: `${stepLabel(state.step)} (${AREAS.find((a) => a.id === state.step)?.criteria})`}
				</h2>
				{state.step === 'scope' ? (
					<ScopeStep scope={state.scope} questions={known} onChange={setScope} />
				) : !questions || !result ? (
					loading
				) : state.step === 'results' ? (
					<Results
						state={state}
						questions={questions}
						result={result}
						chapters={chapters}
						estimatorHref={estimatorHref}
						onGoTo={goTo}
					/>
				) : (
					<AreaStep area={state.step} questions={questions} state={state} onAnswer={answer} />
				)}
			</section>

			<div className="rd-nav no-print">
				{previous && (
					<button type="button" className="button secondary" onClick={() => goTo(previous)}>
						Back: {stepLabel(previous)}
					</button>
				)}
				{next && (
					<button type="button" className="button" onClick={() => goTo(next)}>
						{state.step === 'scope'
							? 'Start the questions'
							: next === 'results'
								? 'See your results'
								: `Next: ${stepLabel(next)}`}
					</button>
				)}
			</div>

			<div className="rd-storage no-print">
				<p className="muted">
					Your answers are kept in this page’s address, so you can bookmark or share it, and in this
					browser’s storage so you can come back later.
				</p>
				<button type="button" className="button secondary" onClick={clearAnswers}>
					Clear my answers
				</button>
			</div>
		</div>
	);
}

function ScopeStep({
	scope,
	questions,
	onChange,
}: {
	scope: ReadinessScope;
	questions: readonly QuestionOutline[];
	onChange: (scope: ReadinessScope) => void;
}) {
	const count = questionsInScope(questions, scope).length;
	const areas = areasInScope(questions, scope).length;
	const setReport = (report: string) => onChange(withReport(scope, report));
	const toggle = (id: string, on: boolean) => onChange(withCategory(scope, id, on));
	return (
		<>
			<p>
				Answer each question for how things work today, not how you plan them. Where a control
				exists but you could not show proof of it to an auditor, choose “in place, not evidenced”.
			</p>
			<fieldset className="rd-fieldset">
				<legend>Which report are you preparing for?</legend>
				{REPORTS.map((r) => (
					<label key={r.id} className="rd-choice">
						<input
							type="radio"
							name="rd-report"
							value={r.id}
							checked={scope.report === r.id}
							onChange={() => setReport(r.id)}
						/>{' '}
						{r.label}
					</label>
				))}
				{scope.report === 'soc1' && (
					<p className="rd-hint">
						A SOC 1 on its own gets the questions on the control environment and the IT general
						controls behind it. Your business-process controls come from your own control
						objectives, which this check does not cover.
					</p>
				)}
			</fieldset>
			{includesSoc2(scope) && (
				<fieldset className="rd-fieldset">
					<legend>Which Trust Services Categories does your SOC 2 cover?</legend>
					<p className="rd-hint">
						Security is always included. Add another category only if you make commitments about it
						to customers.
					</p>
					{OPTIONAL_CATEGORIES.map((c) => (
						<label key={c.id} className="rd-choice">
							<input
								type="checkbox"
								name={`rd-tsc-${c.id}`}
								value={c.id}
								checked={scope.categories.includes(c.id)}
								onChange={(e) => toggle(c.id, e.currentTarget.checked)}
							/>{' '}
							{c.label}
						</label>
					))}
				</fieldset>
			)}
			<p>
				{count} questions in {areas} areas, about {estimatedMinutes(count)} minutes.
			</p>
			<p className="no-print">
				<button type="button" className="rd-link-button" onClick={printChecklist}>
					Print a blank checklist
				</button>{' '}
				<span className="muted">to fill in on paper or with your team.</span>
			</p>
		</>
	);
}

function AreaStep({
	area,
	questions,
	state,
	onAnswer,
}: {
	area: AreaId;
	questions: Questions;
	state: ReadinessState;
	onAnswer: (id: string, value: AnswerId) => void;
}) {
	const inArea = questionsInScope(questions, state.scope).filter((q) => q.area === area);
	return (
		<ol className="rd-questions">
			{inArea.map((q) => (
				<li key={q.id}>
					<Question
						id={q.id}
						title={q.title}
						question={q.question}
						why={q.why}
						evidence={q.evidence}
						criteria={q.criteria}
						soc1={q.soc1 && state.scope.report !== 'soc2'}
						value={state.answers[q.id]}
						onAnswer={onAnswer}
					/>
				</li>
			))}
		</ol>
	);
}

function Question(props: {
	id: string;
	title: string;
	question: string;
	why: string;
	evidence: string;
	criteria: readonly string[];
	soc1: boolean;
	value: AnswerId | undefined;
	onAnswer: (id: string, value: AnswerId) => void;
}) {
	const uid = useId();
	return (
		<fieldset className="rd-question" aria-describedby={`${uid}-why`}>
			<legend>
				<span className="rd-question-title">{props.title}</span>
				<span className="rd-question-text">{props.question}</span>
			</legend>
			<p id={`${uid}-why`} className="rd-why">
				<span className="rd-criteria">
					{props.criteria.join(', ')}
					{props.soc1 ? ' · also relevant to a SOC 1' : ''}
				</span>{' '}
				{props.why}
			</p>
			<div className="rd-answers">
				{ANSWERS.map((a) => (
					<label key={a.id} className="rd-answer">
						<input
							type="radio"
							name={`rd-${props.id}`}
							value={a.id}
							checked={props.value === a.id}
							onChange={() => props.onAnswer(props.id, a.id)}
						/>{' '}
						{a.label}
					</label>
				))}
			</div>
			<details className="rd-evidence">
				<summary>What evidence usually satisfies an auditor</summary>
				<p>{props.evidence}</p>
			</details>
		</fieldset>
	);
}

function Results({
	state,
	questions,
	result,
	chapters,
	estimatorHref,
	onGoTo,
}: {
	state: ReadinessState;
	questions: Questions;
	result: ReadinessResult;
	chapters: ReadinessProps['chapters'];
	estimatorHref: string;
	onGoTo: (step: Step) => void;
}) {
	const bandInfo = result.band ? band(result.band) : undefined;
	const top = result.gaps.slice(0, TOP_GAPS);
	const rest = result.gaps.slice(TOP_GAPS);
	const estimator = `${estimatorHref}?${estimatorQuery(state, result)}`;
	const firstOpen = firstUnansweredStep(questions, state.scope, state.answers);
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
							<td>
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
							<td>{describeCounts(a)}</td>
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
