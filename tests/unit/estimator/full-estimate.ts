/** The estimate as the page shows it once the deadline check has loaded: deadline judged. */
import { checkDeadline } from '../../../src/lib/estimator/deadline';
import { estimate as estimateWithout } from '../../../src/lib/estimator/model';
import type { Estimate, EstimateInputs } from '../../../src/lib/estimator/types';

export function estimate(inputs: EstimateInputs, today?: string): Estimate {
	return estimateWithout(inputs, today, checkDeadline);
}
