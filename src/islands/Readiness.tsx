/**
 * The readiness self-check: a thin view over src/lib/readiness. State lives in the URL (and, as a
 * convenience, in this browser's localStorage); every rule, score and order comes from the module.
 */
import { revealHeading } from '../scripts/reveal';
import { useEffect, useMemo, useRef, useState } from 'react';

import { loadOnce } from '../lib/engagement/lazy';
import { estimatorQuery } from '../lib/readiness/estimator';
import { toolScope } from '../lib/analytics/tool-scope';
import { trackToolResult } from '../scripts/tool-result';
import { withAnswer } from '../lib/readiness/form';
import {
	AREAS,
	areaLabel,
	type AnswerId,
	type ReadinessQuestion,
	type ReadinessScope,
} from '../lib/readiness/model';
import { outlineQuestions, questionsInScope, type QuestionOutline } from '../lib/readiness/scope';
import { scoreReadiness } from '../lib/readiness/score';
import { adjacentStep, stepsFor } from '../lib/readiness/steps';
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
	/** Base-aware path of the report chooser, e.g. '/chooser/'. */
	chooserHref: string;
	/** Base-aware link and title of each chapter the questions point to, by slug. */
	chapters: Record<string, { href: string; title: string }>;
	/** The questions' outline (see outlineText), for the counts shown before the questions load. */
	outline: string;
	/** The consultation link from the site config, and its label, for the results' call-to-action. */
	consultationUrl: string;
	consultationLabel: string;
}

/** localStorage key for the saved answers (the query string without attribution). */
export const READINESS_STORAGE_KEY = 'soc-guide:readiness';

type Questions = readonly ReadinessQuestion[];
/**
 * The questions are most of the self-check's weight but the first step (the scope) needs only
 * their outline, so they load on demand: when the reader reaches for the tool, moves past the
 * scope, or arrives with answers in the link or in this browser. A failed load may be retried.
 */
type ResultsModule = typeof import('./readiness/ReadinessResults');
/** The results view, which arrives with the questions (a reader with answers will want both). */
let ResultsView: ResultsModule['Results'] | null = null;
const loadQuestions: () => Promise<Questions> = loadOnce(() =>
	Promise.all([import('../data/readiness'), import('./readiness/ReadinessResults')]).then(
		([data, results]) => {
			ResultsView = results.Results;
			return data.READINESS_QUESTIONS;
		},
	),
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

function stepLabel(step: Step): string {
	if (step === 'scope') return 'Your scope';
	if (step === 'results') return 'Results';
	return areaLabel(step);
}

/** The self-check island. */
export default function Readiness({
	estimatorHref,
	chooserHref,
	chapters,
	outline,
	consultationUrl,
	consultationLabel,
}: ReadinessProps) {
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
		// eslint-disable-next-line react-hooks/exhaustive-deps -- a change of state writes the URL; the questions loading does not
	}, [state]);

	const result = useMemo(
		() => (questions ? scoreReadiness(questions, state.scope, state.answers) : null),
		[questions, state.scope, state.answers],
	);

	// Move focus to the new step's heading so keyboard and screen-reader users start at the top.
	// The results arrive with a module loaded on demand: until their heading exists, keep trying.
	useEffect(() => {
		if (!moved.current || !headingRef.current) return;
		if (state.step === 'results' && (!ResultsView || !result)) return;
		moved.current = false;
		revealHeading(headingRef.current);
	});

	const steps = useMemo(() => stepsFor(known, state.scope), [known, state.scope]);
	const asked = useMemo(() => questionsInScope(known, state.scope), [known, state.scope]);
	const answeredCount = asked.filter((q) => state.answers[q.id]).length;

	// Opening the results reports readiness_complete once the score exists: at once, or when the
	// questions finish loading for a reader who jumped straight to the results.
	const reportResults = useRef(false);
	useEffect(() => {
		if (state.step !== 'results') reportResults.current = false;
		if (!reportResults.current || !result) return;
		reportResults.current = false;
		trackToolResult('readiness_complete', {
			score: result.score,
			band: result.band ?? 'none',
			...toolScope(estimatorQuery(state, result)),
		});
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
				) : !questions || !result || !ResultsView ? (
					loading
				) : state.step === 'results' ? (
					<ResultsView
						state={state}
						questions={questions}
						result={result}
						chapters={chapters}
						estimatorHref={estimatorHref}
						chooserHref={chooserHref}
						consultationUrl={consultationUrl}
						consultationLabel={consultationLabel}
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

import { AreaStep, ScopeStep } from './readiness/ReadinessSteps';
