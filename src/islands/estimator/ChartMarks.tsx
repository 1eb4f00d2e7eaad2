/**
 * The positioned parts of the estimate's two charts: cost bars with their dollar scale, and the
 * timeline's bars, report window, deadline line and quarter labels. They are placed with inline
 * styles, which the page's Content Security Policy allows only from script, so the prerendered
 * page has none; the island loads this module once it is live, after its first screen.
 */
import { daysBetween, isoToDay } from '../../lib/engagement/dates';
import { formatMoney, formatMonthYear } from '../../lib/estimator/format';
import { moneyScale } from '../../lib/estimator/scale';
import type { Estimate, LineItem, Phase } from '../../lib/estimator/types';

/** The cost chart's scale (its highest tick at or above every item's high figure) as a CSS position. */
function costPosition(items: LineItem[]) {
	const scale = moneyScale(Math.max(0, ...items.map((i) => i.cost.high)));
	const pct = (n: number) => `${Math.min(100, Math.max(0, (n / scale.max) * 100)).toFixed(2)}%`;
	return { scale, pct };
}

/** One item's bar from low to high, and the mark at its typical figure. */
export function CostMarks({ items, item }: { items: LineItem[]; item: LineItem }) {
	const { pct } = costPosition(items);
	return (
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
	);
}

/** The labelled ticks of the dollar scale under the bars. */
export function CostTicks({ items }: { items: LineItem[] }) {
	const { scale, pct } = costPosition(items);
	return scale.ticks.map((t, k) => (
		<span
			key={t}
			className="est-bar-tick"
			style={{
				left: pct(t),
				transform:
					k === 0
						? 'none'
						: k === scale.ticks.length - 1
							? 'translateX(-100%)'
							: 'translateX(-50%)',
			}}
		>
			{formatMoney(t)}
		</span>
	));
}

/** The timeline chart's span (from the start to the later of the latest report date and the deadline). */
function frame(estimate: Estimate) {
	const t = estimate.timeline;
	const start = estimate.inputs.startDate;
	const deadline = estimate.deadline?.deadline ?? null;
	const end = [t.reportDate.latest, deadline]
		.filter((d): d is string => d !== null)
		.sort()
		.at(-1)!;
	const span = Math.max(1, daysBetween(start, end) + 1);
	const at = (iso: string) => (isoToDay(iso) - isoToDay(start)) / span;
	const pos = (iso: string) => `${(Math.max(0, at(iso)) * 100).toFixed(2)}%`;
	const width = (from: string, to: string) =>
		`${(((daysBetween(from, to) + 1) / span) * 100).toFixed(2)}%`;
	return { start, end, deadline, at, pos, width };
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

/** A phase's bar, and the deadline line when there is one. */
export function PhaseMarks({ estimate, phase }: { estimate: Estimate; phase: Phase }) {
	const { deadline, pos, width } = frame(estimate);
	return (
		<>
			<span
				className="est-gantt-bar"
				style={{
					left: pos(phase.typical.start),
					width: width(phase.typical.start, phase.typical.end),
				}}
			/>
			{deadline && <span className="est-gantt-dl" style={{ left: pos(deadline) }} />}
		</>
	);
}

/** The report row: the window from the earliest to the latest date, the typical date, the deadline. */
export function ReportMarks({ estimate }: { estimate: Estimate }) {
	const { deadline, pos, width } = frame(estimate);
	const r = estimate.timeline.reportDate;
	return (
		<>
			<span
				className="est-gantt-spread"
				style={{ left: pos(r.earliest), width: width(r.earliest, r.latest) }}
			/>
			<span className="est-gantt-marker" style={{ left: pos(r.typical) }} />
			{deadline && <span className="est-gantt-dl" style={{ left: pos(deadline) }} />}
		</>
	);
}

/** The quarter labels under the timeline, and the deadline's. */
export function GanttAxis({ estimate }: { estimate: Estimate }) {
	const { start, end, deadline, at, pos } = frame(estimate);
	return (
		<>
			{quarterTicks(start, end)
				// Labels are centered on their tick; ones too close to an edge would spill out of the chart.
				.filter((tick) => at(tick) > 0.06 && at(tick) < 0.94)
				.map((tick) => (
					<span key={tick} className="est-gantt-tick" style={{ left: pos(tick) }}>
						{formatMonthYear(tick).replace(/^(\w{3})\w* (\d{4})$/, '$1 $2')}
					</span>
				))}
			{deadline && (
				<span
					className="est-gantt-deadline"
					style={{ left: pos(deadline), transform: edgeShift(at(deadline)) }}
				>
					Deadline
				</span>
			)}
		</>
	);
}
