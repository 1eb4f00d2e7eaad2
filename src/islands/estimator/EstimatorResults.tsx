/** The estimate: headline figures, cost table and bars, timeline chart and table, deadline advice. */
import { daysBetween, isoToDay } from '../../lib/engagement/dates';
import {
	formatDate,
	formatDurationRange,
	formatExactDollars,
	formatMoney,
	formatMoneyRange,
	formatMonthYear,
	formatCount,
} from '../../lib/estimator/format';
import type { ComponentType } from 'react';
import type { Consultation } from './DeadlinePanel';
import { describeScope } from '../../lib/estimator/describe';
import { moneyScale, renewalNote } from '../../lib/estimator/presentation';
import {
	FIRM_TIERS,
	READINESS,
	SIZES,
	type Estimate,
	type LineItem,
	type Phase,
} from '../../lib/estimator/types';

/** The inputs in words, for the printed page (the form itself is not printed). */
function PrintedInputs({ estimate }: { estimate: Estimate }) {
	const i = estimate.inputs;
	const label = <T extends string>(list: readonly { id: T; label: string }[], id: T) =>
		list.find((o) => o.id === id)?.label ?? id;
	return (
		<dl className="est-printed-inputs print-only">
			<dt>Organization</dt>
			<dd>
				{label(SIZES, i.size)}; {i.systems} in-scope systems or locations; {i.subservice} subservice
				organizations
			</dd>
			<dt>Readiness</dt>
			<dd>{label(READINESS, i.readiness)}</dd>
			<dt>Audit firm</dt>
			<dd>{label(FIRM_TIERS, i.firm)}</dd>
			<dt>Extras</dt>
			<dd>
				Compliance platform: {i.platform ? 'yes' : 'no'}; penetration test:{' '}
				{i.penTest ? 'yes' : 'no'}
			</dd>
			<dt>Start</dt>
			<dd>{formatDate(i.startDate)}</dd>
			{i.deadline && (
				<>
					<dt>Customer deadline</dt>
					<dd>{formatDate(i.deadline)}</dd>
				</>
			)}
		</dl>
	);
}

function CostTable({
	id,
	caption,
	items,
	total,
}: {
	id: string;
	caption: string;
	items: LineItem[];
	total: Estimate['firstYear'];
}) {
	return (
		<div className="table-scroll">
			<table className="est-table stack-on-phone" id={id}>
				<caption>{caption}</caption>
				<thead>
					<tr>
						<th scope="col">Line item</th>
						<th scope="col" className="num">
							Low
						</th>
						<th scope="col" className="num">
							Typical
						</th>
						<th scope="col" className="num">
							High
						</th>
					</tr>
				</thead>
				<tbody>
					{items.map((item) => (
						<tr key={item.id}>
							<th scope="row">
								{item.label}
								<span className="est-basis">{item.basis}</span>
							</th>
							<td className="num" data-label="Low">
								{formatMoney(item.cost.low)}
							</td>
							<td className="num" data-label="Typical">
								{formatMoney(item.cost.typical)}
							</td>
							<td className="num" data-label="High">
								{formatMoney(item.cost.high)}
							</td>
						</tr>
					))}
				</tbody>
				<tfoot>
					<tr>
						<th scope="row">Total</th>
						<td className="num" data-label="Low">
							{formatMoney(total.low)}
						</td>
						<td className="num" data-label="Typical">
							{formatMoney(total.typical)}
						</td>
						<td className="num" data-label="High">
							{formatMoney(total.high)}
						</td>
					</tr>
				</tfoot>
			</table>
		</div>
	);
}

/*
 * Charts position their bars with inline styles. The site's Content Security Policy blocks style
 * attributes in the HTML, but not styles set from script, so positioned parts are drawn only
 * once the island is live (`live`), never in the prerendered markup.
 */

/** Horizontal bars from low to high with a mark at the typical figure; the table above says the same. */
function CostBars({ items, live }: { items: LineItem[]; live: boolean }) {
	const scale = moneyScale(Math.max(0, ...items.map((i) => i.cost.high)));
	const pct = (n: number) => `${Math.min(100, Math.max(0, (n / scale.max) * 100)).toFixed(2)}%`;
	return (
		<div className="est-bars" aria-hidden="true">
			<p className="est-bars-legend">
				Each bar runs from the low to the high figure; the mark is the typical one.
			</p>
			{items.map((item) => (
				<div className="est-bar-row" key={item.id}>
					<span className="est-bar-label">{item.label}</span>
					<span className="est-bar-track">
						{live && (
							<>
								<span
									className="est-bar"
									style={{
										left: pct(item.cost.low),
										width: `calc(${pct(item.cost.high - item.cost.low)} + 2px)`,
									}}
								/>
								<span className="est-bar-mark" style={{ left: pct(item.cost.typical) }} />
							</>
						)}
					</span>
					<span className="est-bar-value">{formatMoney(item.cost.typical)}</span>
				</div>
			))}
			<div className="est-bar-row est-bar-scale">
				<span className="est-bar-label">US dollars</span>
				<span className="est-bar-axis" data-testid="cost-scale">
					{live &&
						scale.ticks.map((t, k) => (
							<span
								key={t}
								className="est-bar-tick"
								style={{
									left: pct(t),
									transform: k === 0 ? 'none' : k === scale.ticks.length - 1 ? 'translateX(-100%)' : 'translateX(-50%)',
								}}
							>
								{formatMoney(t)}
							</span>
						))}
				</span>
				<span className="est-bar-value" />
			</div>
		</div>
	);
}

function phaseLength(p: Phase): string {
	return p.months !== null ? `${p.months} months` : formatDurationRange(p.days.low, p.days.high);
}

/** Quarter starts (January, April, July, October) inside the chart, thinned to about six labels. */
function quarterTicks(start: string, end: string): string[] {
	const ticks: string[] = [];
	let [y, m] = start.split('-').map(Number) as [number, number];
	m = m + 3 - ((m - 1) % 3);
	for (;;) {
		if (m > 12) {
			m -= 12;
			y += 1;
		}
		const iso = `${y}-${String(m).padStart(2, '0')}-01`;
		if (iso > end) break;
		ticks.push(iso);
		m += 3;
	}
	const every = Math.max(1, Math.ceil(ticks.length / 6));
	return ticks.filter((_, i) => i % every === 0);
}

/** Keeps a centered label inside the chart when its point is near an edge. */
function edgeShift(at: number): string {
	if (at < 0.1) return 'none';
	if (at > 0.9) return 'translateX(-100%)';
	return 'translateX(-50%)';
}

function Gantt({ estimate, live }: { estimate: Estimate; live: boolean }) {
	const t = estimate.timeline;
	const start = estimate.inputs.startDate;
	const deadline = estimate.deadline?.deadline ?? null;
	const end = [t.reportDate.latest, deadline]
		.filter((d): d is string => d !== null)
		.sort()
		.at(-1)!;
	const span = Math.max(1, daysBetween(start, end) + 1);
	const pos = (iso: string) =>
		`${((Math.max(0, isoToDay(iso) - isoToDay(start)) / span) * 100).toFixed(2)}%`;
	const width = (from: string, to: string) =>
		`${(((daysBetween(from, to) + 1) / span) * 100).toFixed(2)}%`;
	return (
		<figure className="est-gantt" aria-labelledby="est-gantt-caption">
			<figcaption id="est-gantt-caption">
				Typical timeline from {formatDate(start)} to a report on {formatDate(t.reportDate.typical)}
			</figcaption>
			<ol className="est-gantt-rows">
				{t.phases.map((p) => (
					<li key={p.id} className={`est-gantt-row est-phase-${p.id}`}>
						<span className="est-gantt-label">
							{p.label}
							<span className="est-gantt-dates">
								{': '}
								{formatDate(p.typical.start)} to {formatDate(p.typical.end)} ({phaseLength(p)})
							</span>
						</span>
						<span className="est-gantt-track" aria-hidden="true">
							{live && (
								<span
									className="est-gantt-bar"
									style={{
										left: pos(p.typical.start),
										width: width(p.typical.start, p.typical.end),
									}}
								/>
							)}
							{live && deadline && (
								<span className="est-gantt-dl" style={{ left: pos(deadline) }} />
							)}
						</span>
					</li>
				))}
				<li className="est-gantt-row est-gantt-report">
					<span className="est-gantt-label">
						Report date
						<span className="est-gantt-dates">
							{': '}earliest {formatDate(t.reportDate.earliest)}, typically{' '}
							{formatDate(t.reportDate.typical)}, could slip to {formatDate(t.reportDate.latest)}
						</span>
					</span>
					<span className="est-gantt-track" aria-hidden="true">
						{live && (
							<>
								<span
									className="est-gantt-spread"
									style={{
										left: pos(t.reportDate.earliest),
										width: width(t.reportDate.earliest, t.reportDate.latest),
									}}
								/>
								<span className="est-gantt-marker" style={{ left: pos(t.reportDate.typical) }} />
								{deadline && <span className="est-gantt-dl" style={{ left: pos(deadline) }} />}
							</>
						)}
					</span>
				</li>
			</ol>
			<div className="est-gantt-axis" aria-hidden="true">
				{live &&
					quarterTicks(start, end)
						// Labels are centered on their tick; ones too close to an edge would spill out of the chart.
						.filter((tick) => {
							const at = (isoToDay(tick) - isoToDay(start)) / span;
							return at > 0.06 && at < 0.94;
						})
						.map((tick) => (
							<span key={tick} className="est-gantt-tick" style={{ left: pos(tick) }}>
								{formatMonthYear(tick).replace(/^(\w{3})\w* (\d{4})$/, '$1 $2')}
							</span>
						))}
				{live && deadline && (
					<span
						className="est-gantt-deadline"
						style={{
							left: pos(deadline),
							transform: edgeShift((isoToDay(deadline) - isoToDay(start)) / span),
						}}
					>
						Deadline
					</span>
				)}
			</div>
		</figure>
	);
}

function TimelineTable({ estimate }: { estimate: Estimate }) {
	return (
		<div className="table-scroll">
			<table className="est-table stack-on-phone" id="est-timeline-table">
				<caption>Phases, their likely length and typical dates</caption>
				<thead>
					<tr>
						<th scope="col">Phase</th>
						<th scope="col">Likely length</th>
						<th scope="col">Typical start</th>
						<th scope="col">Typical end</th>
					</tr>
				</thead>
				<tbody>
					{estimate.timeline.phases.map((p) => (
						<tr key={p.id}>
							<th scope="row">{p.label}</th>
							<td data-label="Likely length">{phaseLength(p)}</td>
							<td data-label="Typical start">{formatDate(p.typical.start)}</td>
							<td data-label="Typical end">{formatDate(p.typical.end)}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}

export default function EstimatorResults({
	estimate,
	live,
	DeadlinePanel,
	consultation,
}: {
	estimate: Estimate;
	live: boolean;
	/** The deadline verdict, once its code has loaded (only estimates with a deadline need it). */
	DeadlinePanel?: ComponentType<{ estimate: Estimate; consultation: Consultation }> | undefined;
	/** Where the deadline box's call-to-action goes (it offers one when the deadline cannot be met). */
	consultation: Consultation;
}) {
	const e = estimate;
	const included = e.items.filter((i) => i.included);
	return (
		<div className="est-results">
			<h2 id="est-results-heading">Your estimate</h2>
			<p className="est-scope">{describeScope(e)}</p>
			<PrintedInputs estimate={e} />
			<dl className="est-headline">
				<div>
					<dt>First-year cost</dt>
					<dd>
						<span className="est-big" data-testid="first-year-typical">
							{formatMoney(e.firstYear.typical)}
						</span>
						<span className="est-range">typical; range {formatMoneyRange(e.firstYear)}</span>
					</dd>
				</div>
				<div>
					<dt>Each year after</dt>
					<dd>
						<span className="est-big">{formatMoney(e.renewal.typical)}</span>
						<span className="est-range">typical; range {formatMoneyRange(e.renewal)}</span>
						<span className="est-why" data-testid="renewal-note">
							{renewalNote(e)}
						</span>
					</dd>
				</div>
				<div>
					<dt>Report in hand</dt>
					<dd>
						<span className="est-big" data-testid="report-typical">
							{formatDate(e.timeline.reportDate.typical)}
						</span>
						<span className="est-range">
							typically; earliest {formatDate(e.timeline.reportDate.earliest)}
						</span>
					</dd>
				</div>
				<div>
					<dt>Staff time</dt>
					<dd>
						<span className="est-big">{formatCount(e.internalHours.typical)} hours</span>
						<span className="est-range">
							range {formatCount(e.internalHours.low)}–{formatCount(e.internalHours.high)}, at{' '}
							{formatExactDollars(e.hourlyRate)} an hour{e.hourlyRateIsDefault ? ' (default)' : ''}
						</span>
					</dd>
				</div>
			</dl>

			{DeadlinePanel && <DeadlinePanel estimate={e} consultation={consultation} />}

			<h3>Cost breakdown</h3>
			<CostTable
				id="est-cost-table"
				caption="First-year cost by line item, in US dollars (rounded, so lines may not add up to the total)"
				items={included}
				total={e.firstYear}
			/>
			<CostBars items={included} live={live} />
			<CostTable
				id="est-renewal-table"
				caption="Yearly renewal by line item, in US dollars (rounded)"
				items={e.renewalItems.filter((i) => i.included)}
				total={e.renewal}
			/>

			<h3>Timeline</h3>
			<Gantt estimate={e} live={live} />
			<TimelineTable estimate={e} />
		</div>
	);
}
