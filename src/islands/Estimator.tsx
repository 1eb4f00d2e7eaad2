/**
 * The cost and time estimator island: holds the inputs, mirrors them in the URL, and renders
 * the form and the estimate. All figures come from the pure model in src/lib/estimator.
 */
import { startTransition, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { consultationHref, type Attribution } from '../lib/attribution/attribution';
import { todayIso } from '../lib/engagement/dates';
import { ctaSummary } from '../lib/estimator/describe';
import { glance } from '../lib/estimator/presentation';
import { trackToolResult } from '../scripts/tool-result';
import { formatDate } from '../lib/estimator/format';
import { defaultInputs, sanitizeInputs } from '../lib/estimator/inputs';
import { estimate as runEstimate } from '../lib/estimator/model';
import { draftsOf, type DraftField, type Drafts, type FieldErrors } from '../lib/estimator/drafts';
import type { ParsedQuery } from '../lib/estimator/query';
import type { EstimateInputs, Notice } from '../lib/estimator/types';
import { visitAttribution } from '../scripts/attribution';
import type { ActionContext } from './estimator/actions';
import EstimatorForm from './estimator/EstimatorForm';
import EstimatorResults from './estimator/EstimatorResults';
import {
	LOAD_FAILED,
	loadActions,
	loadDeadline,
	loadExport,
	loadLinks,
	loadMarks,
	loadTyping,
} from './estimator/parts';

interface Props {
	/** The build date: the start date of the server-rendered state, replaced by today on load. */
	buildDate: string;
	defaultRate: number;
	consultationUrl: string;
	consultationLabel: string;
	publisher: string;
	/** Base-aware paths of the other two tools, which this estimate's plan is handed to. */
	chooserHref: string;
	readinessHref: string;
}

type TypingModule = Awaited<ReturnType<typeof loadTyping>>;
type DeadlineModule = Awaited<ReturnType<typeof loadDeadline>>;
type LinksModule = Awaited<ReturnType<typeof loadLinks>>;
type MarksModule = Awaited<ReturnType<typeof loadMarks>>;
const TYPED_FIELD = /^est-(systems|subservice|rate|start|deadline)$/;

export default function Estimator({
	buildDate,
	defaultRate,
	consultationUrl,
	consultationLabel,
	publisher,
	chooserHref,
	readinessHref,
}: Props) {
	const [today, setToday] = useState(buildDate);
	const [inputs, setInputs] = useState<EstimateInputs>(() => defaultInputs(buildDate));
	const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(defaultInputs(buildDate)));
	const [errors, setErrors] = useState<FieldErrors>({});
	const [notices, setNotices] = useState<Notice[]>([]);
	const [prefill, setPrefill] = useState<string | null>(null);
	const [attribution, setAttribution] = useState<Attribution>({});
	const [status, setStatus] = useState('');
	const [announcement, setAnnouncement] = useState('');
	const [fallbackText, setFallbackText] = useState<string | null>(null);
	const [deadlineCheck, setDeadlineCheck] = useState<DeadlineModule | null>(null);
	const [links, setLinks] = useState<LinksModule | null>(null);
	const [marks, setMarks] = useState<MarksModule | null>(null);
	/** A hand-off link followed before the plan could be written into it (see followWithPlan). */
	const [leaving, setLeaving] = useState<string | null>(null);
	const touched = useRef(false);
	const typing = useRef<TypingModule | null>(null);
	// The latest state, for a field check that finishes loading after the keystroke that needed it.
	const latest = useRef({ inputs, errors });
	latest.current = { inputs, errors };
	// Set once the URL has been read, so tests (and styles) can tell the live estimate from the prerender.
	const [ready, setReady] = useState(false);

	// The page is prerendered without a query string, so the URL is read only after hydration. The
	// query reader loads only when the link carries settings; a plain visit starts from the defaults.
	useEffect(() => {
		const now = todayIso();
		let current = true;
		const apply = ({ inputs: read, notices: found, prefill: note }: ParsedQuery) => {
			if (!current) return;
			setToday(now);
			setInputs(read);
			setDrafts(draftsOf(read));
			setNotices(found);
			setPrefill(note);
			setReady(true);
		};
		const defaults: ParsedQuery = {
			inputs: defaultInputs(now),
			notices: [],
			applied: [],
			prefill: null,
		};
		setAttribution(visitAttribution());
		// A link with campaign tags alone means the defaults too; the reader decides. The query reader
		// is built on the link writer, so a visit with a query string has the links from the start.
		if (location.search.length <= 1) apply(defaults);
		else
			Promise.all([import('../lib/estimator/query'), loadLinks()]).then(
				([{ parseEstimateQuery, hasSettings }, module]) => {
					if (current) startTransition(() => setLinks(module));
					apply(hasSettings(location.search) ? parseEstimateQuery(location.search, now) : defaults);
				},
				() => apply({ ...defaults, notices: [{ key: 'query', message: LOAD_FAILED }] }),
			);
		return () => {
			current = false;
		};
	}, []);

	// A hand-off link followed early leaves once the plan is read and the link writer is here.
	useEffect(() => {
		if (leaving === null || !ready) return;
		let current = true;
		loadLinks().then(
			(module) => current && location.assign(module.handOnHref(leaving, inputs, attribution)),
			() => current && location.assign(leaving),
		);
		return () => {
			current = false;
		};
	}, [leaving, ready, inputs, attribution]);

	// The charts' marks (and the printout's list of inputs) load as soon as the estimate is live;
	// without them the charts show labels only.
	useEffect(() => {
		if (!ready || marks) return;
		let current = true;
		loadMarks().then(
			(module) => current && startTransition(() => setMarks(module)),
			() => undefined,
		);
		return () => {
			current = false;
		};
	}, [ready, marks]);

	// The links load once the page has nothing else to do (or earlier, when something needs them).
	useEffect(() => {
		if (!ready || links) return;
		let current = true;
		const load = () =>
			loadLinks().then(
				(module) => current && startTransition(() => setLinks(module)),
				() => undefined,
			);
		const idle = window.requestIdleCallback
			? window.requestIdleCallback(load, { timeout: 2000 })
			: window.setTimeout(load, 200);
		return () => {
			current = false;
			if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
			else window.clearTimeout(idle);
		};
	}, [ready, links]);

	// The deadline check loads once an estimate has a deadline; until then there is no verdict.
	useEffect(() => {
		if (inputs.deadline === null || deadlineCheck) return;
		let current = true;
		loadDeadline().then(
			(module) => current && startTransition(() => setDeadlineCheck(module)),
			() => current && setStatus(LOAD_FAILED),
		);
		return () => {
			current = false;
		};
	}, [inputs.deadline, deadlineCheck]);

	const result = useMemo(
		() => runEstimate(inputs, today, deadlineCheck?.checkDeadline),
		[inputs, today, deadlineCheck],
	);

	// Keep the address in step with the inputs once the visitor changes something, so the URL
	// can be shared; campaign parameters stay out of it (they are kept for the visit instead).
	useEffect(() => {
		if (!touched.current) return;
		if (!links) {
			void loadLinks().then(setLinks, () => setStatus(LOAD_FAILED));
			return;
		}
		const query = links.toEstimateQuery(result.inputs);
		history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
	}, [result.inputs, links]);

	// Announce the new totals politely, once typing pauses.
	useEffect(() => {
		if (!touched.current) return;
		const id = setTimeout(() => {
			// The scope fields are written by the link writer, here by now (a change loads it).
			void loadLinks().then(
				({ contractQuery, toolScope }) =>
					trackToolResult('estimator_change', {
						estimate: ctaSummary(result),
						...toolScope(contractQuery(result.inputs)),
					}),
				() => undefined,
			);
			// In the words of the summary that stays in view.
			const { cost, report, deadline } = glance(result);
			setAnnouncement(
				`First year ${cost}. Report ${report}.${deadline ? ` Deadline ${deadline}.` : ''}`,
			);
		}, 700);
		return () => clearTimeout(id);
	}, [result]);

	const update = (patch: Partial<EstimateInputs>) => {
		touched.current = true;
		setInputs((prev) => sanitizeInputs({ ...prev, ...patch }, today));
	};

	const onDraft = (field: DraftField, value: string) => {
		touched.current = true;
		setDrafts((prev) => ({ ...prev, [field]: value }));
		const nextDrafts = { ...drafts, [field]: value };
		const apply = ({ typeInto }: TypingModule) => {
			const typed = typeInto(
				field,
				value,
				latest.current.inputs,
				nextDrafts,
				latest.current.errors,
			);
			setErrors(typed.errors);
			if (typed.patch) update(typed.patch);
		};
		// Loaded when a text field first gets focus, so normally already here.
		if (typing.current) apply(typing.current);
		else
			loadTyping().then(
				(module) => {
					typing.current = module;
					apply(module);
				},
				() => setErrors((prev) => ({ ...prev, [field]: LOAD_FAILED })),
			);
	};

	/** Fetches what a field needs as it gets focus, before the first keystroke. */
	const prefetch = (id: string) => {
		if (TYPED_FIELD.test(id) && !typing.current) {
			loadTyping().then(
				(module) => (typing.current = module),
				() => undefined,
			);
		}
		if (id === 'est-deadline') void loadDeadline().catch(() => undefined);
	};

	const prefetchLinks = () => void loadLinks().catch(() => undefined);
	/** Runs a button's action once its code is here (it starts loading as the pointer nears). */
	const act = (name: 'copySummary' | 'copyLink' | 'downloadCsv') => () => {
		const ctx: ActionContext = { inputs, today, result, setStatus, setFallbackText };
		loadActions().then(
			(actions) => actions[name](ctx),
			() => setStatus(LOAD_FAILED),
		);
	};
	const prefetchActions = () => {
		void loadActions().catch(() => undefined);
		void loadExport().catch(() => undefined);
		prefetchLinks();
	};

	const ctaHref = consultationHref(
		consultationUrl,
		{ from: '/estimator/', estimate: ctaSummary(result) },
		attribution,
	);
	// The deadline box's offer carries the plan's scope too (once the link writer is here, which is
	// from the start on a visit with a query string): the visitor has a date to meet.
	const deadlineCta = {
		href: consultationHref(
			consultationUrl,
			{
				from: '/estimator/',
				...(links ? Object.fromEntries(links.contractQuery(result.inputs)) : {}),
				estimate: ctaSummary(result),
			},
			attribution,
		),
		label: consultationLabel,
	};
	const atGlance = glance(result);
	// Only once the URL is read: the prerendered page has no address of its own to print.
	const reopen =
		ready && links
			? links.estimateAddress(location.origin + location.pathname, result.inputs)
			: null;

	// The same plan (scope, readiness, dates) handed to the other two tools, with the visit's tags;
	// until the link writer is here and the URL has been read, the bare paths (what a reader without
	// JavaScript follows).
	const live = ready ? links : null;
	const readinessLink = live ? live.handOnHref(readinessHref, inputs, attribution) : readinessHref;
	const chooserLink = live ? live.handOnHref(chooserHref, inputs, attribution) : chooserHref;
	/**
	 * A click that comes before the link writer, or before the plan in this page's own URL has been
	 * read, waits for both (see the effect on `leaving`), so the plan always goes along.
	 */
	const followWithPlan = (path: string) => (event: MouseEvent<HTMLAnchorElement>) => {
		if (
			live ||
			event.button !== 0 ||
			event.metaKey ||
			event.ctrlKey ||
			event.shiftKey ||
			event.altKey
		)
			return;
		event.preventDefault();
		setLeaving(path);
	};

	return (
		<div className="est" data-ready={ready ? 'true' : 'false'}>
			{/* The answer in one line, kept in view on phones while the inputs below change it. */}
			<section
				className="est-glance"
				aria-label="Your estimate at a glance"
				data-testid="est-glance"
			>
				<p>
					<span>
						First year <strong data-testid="glance-cost">{atGlance.cost}</strong>
					</span>{' '}
					<span>
						Report <strong data-testid="glance-report">{atGlance.report}</strong>
					</span>
					{atGlance.deadline && (
						<>
							{' '}
							<span className={`est-glance-deadline est-glance-${result.deadline?.status}`}>
								Deadline <strong data-testid="glance-deadline">{atGlance.deadline}</strong>
							</span>
						</>
					)}{' '}
					<a className="no-print" href="#est-results-heading">
						Details
					</a>
				</p>
			</section>
			<p className="print-only est-printed-on">
				Estimate made on {formatDate(today)}
				{reopen && (
					<>
						. Reopen it at <span className="est-printed-url">{reopen}</span>
					</>
				)}
			</p>
			{notices.length > 0 && (
				<div className="est-notices" role="status">
					<h2>Some settings in the link could not be used</h2>
					<ul>
						{notices.map((n, i) => (
							<li key={`${n.key}-${i}`}>{n.message}</li>
						))}
					</ul>
					<p>The estimate below uses the defaults for those settings.</p>
				</div>
			)}
			{prefill && (
				<p className="est-prefill" role="status">
					{prefill}
				</p>
			)}
			<div className="est-layout">
				<EstimatorForm
					inputs={inputs}
					drafts={drafts}
					errors={errors}
					defaultRate={defaultRate}
					onChange={update}
					onDraft={onDraft}
					onFocusField={prefetch}
				/>
				<section className="est-output" aria-labelledby="est-results-heading">
					<EstimatorResults
						estimate={result}
						Marks={ready ? (marks ?? undefined) : undefined}
						Printed={ready ? marks?.PrintedInputs : undefined}
						DeadlinePanel={deadlineCheck?.DeadlinePanel}
						consultation={deadlineCta}
					/>

					<section className="est-note" aria-labelledby="est-note-heading">
						<h3 id="est-note-heading">Estimates, not quotes</h3>
						<p>
							These figures blend published price ranges and timelines; they are not a quote from
							any firm. Only an audit firm that has scoped your organization can quote. The main
							drivers here:
						</p>
						<ul>
							{result.drivers.map((d) => (
								<li key={d}>{d}</li>
							))}
						</ul>
						<p>
							<a href="#assumptions">See every assumption and its source</a>.
						</p>
					</section>

					<nav
						className="est-next no-print"
						aria-label="The other tools, for this plan"
						onPointerEnter={prefetchLinks}
						onFocus={prefetchLinks}
					>
						<p>
							For this same scope and dates:{' '}
							<a href={readinessLink} onClick={followWithPlan(readinessHref)}>
								check how ready you are
							</a>{' '}
							or{' '}
							<a href={chooserLink} onClick={followWithPlan(chooserHref)}>
								review which report fits
							</a>
							.
						</p>
					</nav>

					<div
						className="est-actions no-print"
						onPointerEnter={prefetchActions}
						onFocus={prefetchActions}
					>
						<button type="button" className="button secondary" onClick={act('copySummary')}>
							Copy summary
						</button>
						<button type="button" className="button secondary" onClick={act('downloadCsv')}>
							Download CSV
						</button>
						<button type="button" className="button secondary" onClick={() => window.print()}>
							Print
						</button>
						<button type="button" className="button secondary" onClick={act('copyLink')}>
							Copy link to this estimate
						</button>
					</div>
					<p className="est-status no-print" role="status">
						{status}
					</p>
					{fallbackText !== null && (
						<div className="est-fallback no-print">
							<label htmlFor="est-fallback-text">Text to copy</label>
							<textarea id="est-fallback-text" readOnly rows={8} value={fallbackText} />
						</div>
					)}

					<aside className="cta" aria-labelledby="est-cta-heading">
						<h2 id="est-cta-heading" className="cta-heading">
							Turn this estimate into a quote
						</h2>
						<p>
							{publisher}'s auditors can scope your organization and give you a firm figure and
							timeline. The call is free and carries no obligation.
						</p>
						<a
							className="button"
							href={ctaHref}
							data-testid="estimator-cta"
							data-cta="consultation"
							data-where="estimator"
						>
							{consultationLabel}
						</a>
					</aside>
				</section>
			</div>
			<p className="visually-hidden" role="status" aria-live="polite">
				{announcement}
			</p>
		</div>
	);
}
