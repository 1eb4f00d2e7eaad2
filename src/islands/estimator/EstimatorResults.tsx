/** The estimate: headline figures, cost table and bars, timeline chart and table, deadline advice. */
import {
	formatDate,
	formatDurationRange,
	formatExactDollars,
	formatMoney,
	formatMoneyRange,
	formatEstimatedCount,
} from '../../lib/estimator/format';
import type { ComponentType } from 'react';
import type { Consultation } from './DeadlinePanel';
import { describeScope } from '../../lib/estimator/describe';
import { renewalNote } from '../../lib/estimator/presentation';
import type { Estimate, LineItem, Phase } from '../../lib/estimator/types';

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
 * attributes in the HTML, but not styles set from script, so the positioned parts (./ChartMarks)
 * are drawn only once the island is live and they have loaded, never in the prerendered markup.
 * The labels and the tables say everything the charts show.
 */
type Marks = typeof import('./ChartMarks');

/** Horizontal bars from low to high with a mark at the typical figure; the table above says the same. */
function CostBars({ items, Marks }: { items: LineItem[]; Marks: Marks | undefined }) {
	return (
		<div className="est-bars" aria-hidden="true">
			<p className="est-bars-legend">
				Each bar runs from the low to the high figure; the mark is the typical one.
			</p>
			{items.map((item) => (
				<div className="est-bar-row" key={item.id}>
					<span className="est-bar-label">{item.label}</span>
					<span className="est-bar-track">
						{Marks && <Marks.CostMarks items={items} item={item} />}
					</span>
					<span className="est-bar-value">{formatMoney(item.cost.typical)}</span>
				</div>
			))}
			<div className="est-bar-row est-bar-scale">
				<span className="est-bar-label">US dollars</span>
				<span className="est-bar-axis" data-testid="cost-scale">
					{Marks && <Marks.CostTicks items={items} />}
				</span>
				<span className="est-bar-value" />
			</div>
		</div>
	);
}

function phaseLength(p: Phase): string {
	return p.months !== null ? `${p.months} months` : formatDurationRange(p.days.low, p.days.high);
}

function Gantt({ estimate, Marks }: { estimate: Estimate; Marks: Marks | undefined }) {
	const t = estimate.timeline;
	const start = estimate.inputs.startDate;
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
							{Marks && <Marks.PhaseMarks estimate={estimate} phase={p} />}
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
						{Marks && <Marks.ReportMarks estimate={estimate} />}
					</span>
				</li>
			</ol>
			<div className="est-gantt-axis" aria-hidden="true">
				{Marks && <Marks.GanttAxis estimate={estimate} />}
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
	Marks,
	Printed,
	DeadlinePanel,
	consultation,
}: {
	estimate: Estimate;
	/** The inputs in words for the printed page, once the island is live and its code has loaded. */
	Printed?: ComponentType<{ estimate: Estimate }> | undefined;
	/** The charts' positioned parts, once the island is live and their code has loaded. */
	Marks?: Marks | undefined;
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
			{Printed && <Printed estimate={e} />}
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
						<span className="est-big">{formatEstimatedCount(e.internalHours.typical)} hours</span>
						<span className="est-range">
							range {formatEstimatedCount(e.internalHours.low)}–
							{formatEstimatedCount(e.internalHours.high)}, at {formatExactDollars(e.hourlyRate)} an
							hour{e.hourlyRateIsDefault ? ' (default)' : ''}
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
			<CostBars items={included} Marks={Marks} />
			<CostTable
				id="est-renewal-table"
				caption="Yearly renewal by line item, in US dollars (rounded)"
				items={e.renewalItems.filter((i) => i.included)}
				total={e.renewal}
			/>

			<h3>Timeline</h3>
			<Gantt estimate={e} Marks={Marks} />
			<TimelineTable estimate={e} />
		</div>
	);
}
