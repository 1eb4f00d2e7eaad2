/**
 * The numbers the model reads, and only those: a named import of the data file's `values`
 * section, so browsers download the figures without the sources and notes (the bundler drops
 * the other sections). assumptions.ts validates the whole file when the site is built.
 */
import { values } from '../../../content/estimator-assumptions.json';
import type { FirmTier, OptionalCategory, Range, Readiness, SizeBand } from './types';

/** Every value the model uses, keyed like the data file's `assumptions` documentation. */
export interface AssumptionValues {
	auditFee: Record<FirmTier, Range>;
	typeOneShare: Range;
	soc1Share: Range;
	combinedSecondShare: Range;
	categoryAddOn: Record<OptionalCategory, Range>;
	sizeFactor: Record<SizeBand, number>;
	systemAddOn: Range;
	readinessFee: Range;
	readinessScale: Record<Readiness, number>;
	internalHours: Record<Readiness, Range>;
	evidenceHoursPerMonth: Range;
	platformSaving: number;
	defaultHourlyRate: number;
	soc3Share: Range;
	scopingWeeks: Range;
	readinessWeeks: Range;
	remediationWeeks: Record<Readiness, Range>;
	categoryWeeks: Record<OptionalCategory, Range>;
	sizePace: Record<SizeBand, number>;
	fieldworkWeeks: { type1: Range; type2: Range };
	reportWeeks: Range;
	observationWindow: { allowed: number[]; default: number };
	bridgeLetterMonths: number;
	/** Months of the period each yearly renewal report covers. */
	renewalAudit: number;
}

/** The model's numbers. Their shape is checked at build time and in the unit tests. */
export const V = values;
