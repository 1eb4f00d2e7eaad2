/**
 * The deadline verdict and what could help, with the check behind it. Loaded on demand: only an
 * estimate with a customer deadline needs either.
 */
import { deadlineVerdict } from '../../lib/estimator/deadline';
import type { Estimate } from '../../lib/estimator/types';

export { checkDeadline } from '../../lib/estimator/deadline';

const STATUS_TITLES = {
	'on-track': 'The deadline looks achievable',
	tight: 'The deadline is tight',
	'not-feasible': 'The deadline is not achievable as planned',
} as const;

/** A consultation call-to-action: its link (plan and estimate attached) and its label. */
export interface Consultation {
	href: string;
	label: string;
}

/** The deadline verdict, for an estimate that has a deadline; a plan that cannot make it gets a way to talk it through. */
export function DeadlinePanel({
	estimate,
	consultation,
}: {
	estimate: Estimate;
	consultation: Consultation;
}) {
	const d = estimate.deadline;
	if (!d) return null;
	return (
		<section
			className={`est-deadline est-deadline-${d.status}`}
			aria-labelledby="est-deadline-heading"
		>
			<h3 id="est-deadline-heading">{STATUS_TITLES[d.status]}</h3>
			<p>{deadlineVerdict(estimate)}</p>
			{d.options.length > 0 && (
				<>
					<p>What could help:</p>
					<ul className="est-options">
						{d.options.map((o) => (
							<li key={o.id}>
								<strong>{o.title}.</strong> <span className="est-option-detail">{o.detail}</span>
								{o.typicalReportDate !== null && (
									<span className={o.meetsDeadline ? 'est-meets' : 'est-misses'}>
										{o.meetsDeadline ? ' Meets the deadline.' : ' Still after the deadline.'}
									</span>
								)}
							</li>
						))}
					</ul>
				</>
			)}
			{d.status === 'not-feasible' && (
				<p className="est-deadline-cta no-print">
					An auditor can tell you which of these fits your customer and your controls.{' '}
					<a
						className="button"
						href={consultation.href}
						data-cta="consultation"
						data-where="estimator-deadline"
						data-testid="deadline-cta"
					>
						{consultation.label}
					</a>
				</p>
			)}
		</section>
	);
}
