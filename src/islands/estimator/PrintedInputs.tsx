/**
 * The inputs in words, for the printed page (the form itself is not printed). Only a printout
 * shows it, so it loads with the charts' marks once the island is live, not with the first screen.
 */
import { labelOf } from '../../lib/engagement/vocabulary';
import { formatDate } from '../../lib/estimator/format';
import { FIRM_TIERS, READINESS, SIZES, type Estimate } from '../../lib/estimator/types';

/** The inputs in words, for the printed page (the form itself is not printed). */
export default function PrintedInputs({ estimate }: { estimate: Estimate }) {
	const i = estimate.inputs;
	return (
		<dl className="est-printed-inputs print-only">
			<dt>Organization</dt>
			<dd>
				{labelOf(SIZES, i.size)}; {i.systems} in-scope systems or locations; {i.subservice}{' '}
				subservice organizations
			</dd>
			<dt>Readiness</dt>
			<dd>{labelOf(READINESS, i.readiness)}</dd>
			<dt>Audit firm</dt>
			<dd>{labelOf(FIRM_TIERS, i.firm)}</dd>
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
