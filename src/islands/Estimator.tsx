/**
 * The cost and time estimator island: holds the inputs, mirrors them in the URL, and renders
 * the form and the estimate. All figures come from the pure model in src/lib/estimator.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { consultationHref, type Attribution } from '../lib/attribution/attribution';
import { todayIso } from '../lib/estimator/dates';
import { ctaSummary } from '../lib/estimator/describe';
import { toolScope } from '../lib/analytics/tool-scope';
import { trackToolResult } from '../scripts/tool-result';
import { estimateCsv, summaryText } from '../lib/estimator/export';
import { formatDate, formatMoney, formatMoneyRange } from '../lib/estimator/format';
import { defaultInputs, sanitizeInputs } from '../lib/estimator/inputs';
import { estimate as runEstimate } from '../lib/estimator/model';
import { contractQuery, FIELD_PARSERS, parseEstimateQuery, toEstimateQuery } from '../lib/estimator/query';
import type { EstimateInputs, Notice } from '../lib/estimator/types';
import { visitAttribution } from '../scripts/attribution';
import EstimatorForm, {
	type DraftField,
	type Drafts,
	type FieldErrors,
} from './estimator/EstimatorForm';
import EstimatorResults from './estimator/EstimatorResults';

interface Props {
	/** The build date: the start date of the server-rendered state, replaced by today on load. */
	buildDate: string;
	defaultRate: number;
	consultationUrl: string;
	consultationLabel: string;
	publisher: string;
}

const CONTRACT_KEYS = ['report', 'type', 'tsc', 'soc3', 'readiness'];

function draftsOf(inputs: EstimateInputs): Drafts {
	return {
		systems: String(inputs.systems),
		subservice: String(inputs.subservice),
		rate: inputs.hourlyRate === null ? '' : String(inputs.hourlyRate),
		start: inputs.startDate,
		deadline: inputs.deadline ?? '',
	};
}

/** Reads one typed field; returns the inputs patch, or the message to show next to the field. */
function readDraft(
	field: DraftField,
	raw: string,
	inputs: EstimateInputs,
): { patch: Partial<EstimateInputs> } | { error: string } {
	const value = raw.trim();
	switch (field) {
		case 'systems':
		case 'subservice': {
			if (value === '') return { error: 'Enter a whole number.' };
			const r = FIELD_PARSERS[field](value);
			return r.ok ? { patch: { [field]: r.value } } : { error: r.message };
		}
		case 'rate': {
			if (value === '') return { patch: { hourlyRate: null } };
			const r = FIELD_PARSERS.rate(value);
			return r.ok ? { patch: { hourlyRate: r.value } } : { error: r.message };
		}
		case 'start': {
			if (value === '') return { error: 'Enter a start date.' };
			const r = FIELD_PARSERS.start(value);
			return r.ok ? { patch: { startDate: r.value } } : { error: r.message };
		}
		case 'deadline': {
			if (value === '') return { patch: { deadline: null } };
			const r = FIELD_PARSERS.deadline(value);
			if (!r.ok) return { error: r.message };
			if (r.value <= inputs.startDate)
				return { error: 'The deadline must be after the start date.' };
			return { patch: { deadline: r.value } };
		}
	}
}

export default function Estimator({
	buildDate,
	defaultRate,
	consultationUrl,
	consultationLabel,
	publisher,
}: Props) {
	const [today, setToday] = useState(buildDate);
	const [inputs, setInputs] = useState<EstimateInputs>(() => defaultInputs(buildDate));
	const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(defaultInputs(buildDate)));
	const [errors, setErrors] = useState<FieldErrors>({});
	const [notices, setNotices] = useState<Notice[]>([]);
	const [prefill, setPrefill] = useState<'chooser' | 'link' | null>(null);
	const [attribution, setAttribution] = useState<Attribution>({});
	const [status, setStatus] = useState('');
	const [announcement, setAnnouncement] = useState('');
	const [fallbackText, setFallbackText] = useState<string | null>(null);
	const touched = useRef(false);
	// Set once the URL has been read, so tests (and styles) can tell the live estimate from the prerender.
	const [ready, setReady] = useState(false);

	// The page is prerendered without a query string, so the URL is read only after hydration.
	useEffect(() => {
		const now = todayIso();
		const parsed = parseEstimateQuery(location.search, now);
		setToday(now);
		setInputs(parsed.inputs);
		setDrafts(draftsOf(parsed.inputs));
		setNotices(parsed.notices);
		if (parsed.applied.length > 0) {
			const fromChooser =
				!parsed.applied.includes('start') && parsed.applied.some((k) => CONTRACT_KEYS.includes(k));
			setPrefill(fromChooser ? 'chooser' : 'link');
		}
		setAttribution(visitAttribution());
		setReady(true);
	}, []);

	const result = useMemo(() => runEstimate(inputs, today), [inputs, today]);

	// Keep the address in step with the inputs once the visitor changes something, so the URL
	// can be shared; campaign parameters stay out of it (they are kept for the visit instead).
	useEffect(() => {
		if (!touched.current) return;
		const query = toEstimateQuery(result.inputs);
		history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
	}, [result.inputs]);

	// Announce the new totals politely, once typing pauses.
	useEffect(() => {
		if (!touched.current) return;
		const id = setTimeout(() => {
			trackToolResult('estimator_change', { estimate: ctaSummary(result), ...toolScope(contractQuery(result.inputs)) });
			setAnnouncement(
				`First-year cost typically ${formatMoney(result.firstYear.typical)}, range ${formatMoneyRange(result.firstYear)}. ` +
					`Report typically by ${formatDate(result.timeline.reportDate.typical)}.`,
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
		const read = readDraft(field, value, inputs);
		const nextErrors: FieldErrors = {
			...errors,
			[field]: 'error' in read ? read.error : undefined,
		};
		let patch = 'patch' in read ? read.patch : {};
		// A new start date can make a typed deadline valid again, or invalid.
		if (field === 'start' && 'patch' in read && drafts.deadline.trim() !== '') {
			const d = readDraft('deadline', drafts.deadline, { ...inputs, ...read.patch });
			nextErrors.deadline = 'error' in d ? d.error : undefined;
			patch = { ...patch, deadline: 'patch' in d ? (d.patch.deadline ?? null) : null };
		}
		setErrors(nextErrors);
		if ('patch' in read) update(patch);
	};

	const shareUrl = () => `${location.origin}${location.pathname}?${toEstimateQuery(result.inputs)}`;

	const copySummary = async () => {
		const text = summaryText(result, shareUrl());
		try {
			await navigator.clipboard.writeText(text);
			setFallbackText(null);
			setStatus('Summary copied to the clipboard.');
		} catch {
			setFallbackText(text);
			setStatus('Copying is blocked in this browser; the summary is shown below to copy by hand.');
		}
	};

	const copyLink = async () => {
		try {
			await navigator.clipboard.writeText(shareUrl());
			setStatus('Link to this estimate copied.');
		} catch {
			setFallbackText(shareUrl());
			setStatus('Copying is blocked in this browser; the link is shown below to copy by hand.');
		}
	};

	const downloadCsv = () => {
		const blob = new Blob([estimateCsv(result)], { type: 'text/csv;charset=utf-8' });
		const url = URL.createObjectURL(blob);
		const link = document.createElement('a');
		link.href = url;
		link.download = `soc-estimate-${result.inputs.startDate}.csv`;
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		setStatus('CSV file downloaded.');
	};

	const ctaHref = consultationHref(
		consultationUrl,
		{ from: '/estimator/', estimate: ctaSummary(result) },
		attribution,
	);

	return (
		<div className="est" data-ready={ready ? 'true' : 'false'}>
			{notices.length > 0 && (
				<div className="est-notices" role="status">
					<h2>Some settings in the link could not be used</h2>
					<ul>
						{notices.map((n, i) => (
							<li key={`${n.field}-${i}`}>{n.message}</li>
						))}
					</ul>
					<p>The estimate below uses the defaults for those settings.</p>
				</div>
			)}
			{prefill && (
				<p className="est-prefill" role="status">
					{prefill === 'chooser'
						? 'Filled in from your answers in the report chooser. Change anything below.'
						: 'Filled in from the link you followed. Change anything below.'}
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
				/>
				<section className="est-output" aria-labelledby="est-results-heading">
					<EstimatorResults estimate={result} live={ready} />

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

					<div className="est-actions no-print">
						<button type="button" className="button secondary" onClick={copySummary}>
							Copy summary
						</button>
						<button type="button" className="button secondary" onClick={downloadCsv}>
							Download CSV
						</button>
						<button type="button" className="button secondary" onClick={() => window.print()}>
							Print
						</button>
						<button type="button" className="button secondary" onClick={copyLink}>
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
						<a className="button" href={ctaHref} data-testid="estimator-cta" data-cta="consultation" data-where="estimator">
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
