/**
 * The estimator's inputs: plain controls grouped in fieldsets, each with its error text. Not a
 * <form>: nothing is submitted, every change updates the estimate at once.
 */
import { SOC3_NEEDS, SOC3_SHORT, soc3Fits } from '../../lib/engagement/soc3';
import type { ReactNode } from 'react';
import type { DraftField, Drafts, FieldErrors } from '../../lib/estimator/drafts';
import { includesSoc2 } from '../../lib/estimator/inputs';
import {
	CATEGORIES,
	EXAM_TYPES,
	FIRM_TIERS,
	LIMITS,
	READINESS,
	REPORTS,
	SIZES,
	WINDOWS,
	type Category,
	type EstimateInputs,
} from '../../lib/estimator/types';

interface Props {
	inputs: EstimateInputs;
	drafts: Drafts;
	errors: FieldErrors;
	defaultRate: number;
	onChange: (patch: Partial<EstimateInputs>) => void;
	onDraft: (field: DraftField, value: string) => void;
	/** Called with a control's id as it gets focus (to fetch what typing in it needs). */
	onFocusField?: (id: string) => void;
}

function Field(props: {
	id: string;
	label: string;
	hint?: string;
	error?: string | undefined;
	children: (describedBy: string | undefined) => ReactNode;
}) {
	const hintId = props.hint ? `${props.id}-hint` : undefined;
	const errorId = props.error ? `${props.id}-error` : undefined;
	const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
	return (
		<div className="est-field">
			<label htmlFor={props.id}>{props.label}</label>
			{props.hint && (
				<p className="est-hint" id={hintId}>
					{props.hint}
				</p>
			)}
			{props.children(describedBy)}
			{props.error && (
				<p className="est-error" id={errorId}>
					{props.error}
				</p>
			)}
		</div>
	);
}

export default function EstimatorForm({
	inputs,
	drafts,
	errors,
	defaultRate,
	onChange,
	onDraft,
	onFocusField,
}: Props) {
	const soc2 = includesSoc2(inputs.report);
	const soc3Possible = soc3Fits(inputs);
	const toggleCategory = (id: Category, on: boolean) => {
		const next = on ? [...inputs.categories, id] : inputs.categories.filter((c) => c !== id);
		onChange({ categories: next });
	};
	return (
		<section
			className="est-form"
			aria-labelledby="est-form-heading"
			onFocus={(e) => onFocusField?.(e.target.id)}
		>
			<h2 id="est-form-heading">Your situation</h2>

			{/* The dates first: a deadline carried from the chooser or the self-check is what a reader checks first. */}
			<Field
				id="est-deadline"
				label="Customer deadline (optional)"
				hint="The date a customer needs the report by."
				error={errors.deadline}
			>
				{(describedBy) => (
					<input
						id="est-deadline"
						type="date"
						min={`${LIMITS.startYear.min}-01-01`}
						max={`${LIMITS.startYear.max}-12-31`}
						value={drafts.deadline}
						aria-invalid={errors.deadline ? true : undefined}
						aria-describedby={describedBy}
						onChange={(e) => onDraft('deadline', e.target.value)}
					/>
				)}
			</Field>

			<Field id="est-start" label="Start date" error={errors.start}>
				{(describedBy) => (
					<input
						id="est-start"
						type="date"
						min={`${LIMITS.startYear.min}-01-01`}
						max={`${LIMITS.startYear.max}-12-31`}
						value={drafts.start}
						required
						aria-invalid={errors.start ? true : undefined}
						aria-describedby={describedBy}
						onChange={(e) => onDraft('start', e.target.value)}
					/>
				)}
			</Field>

			<fieldset>
				<legend>Report</legend>
				{REPORTS.map((r) => (
					<div className="est-choice" key={r.id}>
						<input
							type="radio"
							id={`est-report-${r.id}`}
							name="est-report"
							value={r.id}
							checked={inputs.report === r.id}
							onChange={() => onChange({ report: r.id })}
						/>
						<label htmlFor={`est-report-${r.id}`}>{r.label}</label>
					</div>
				))}
			</fieldset>

			<fieldset>
				<legend>Type</legend>
				{EXAM_TYPES.map((t) => (
					<div className="est-choice" key={t.id}>
						<input
							type="radio"
							id={`est-type-${t.id}`}
							name="est-type"
							value={t.id}
							checked={inputs.type === t.id}
							onChange={() => onChange({ type: t.id })}
						/>
						<label htmlFor={`est-type-${t.id}`}>
							{t.label}
							<span className="est-choice-hint">
								{t.id === 1 ? ' — design on one date' : ' — operation over a period'}
							</span>
						</label>
					</div>
				))}
			</fieldset>

			<Field
				id="est-window"
				label="First observation window"
				hint={
					inputs.type === 2 ? 'How many months the first Type 2 covers.' : 'Only a Type 2 has one.'
				}
			>
				{(describedBy) => (
					<select
						id="est-window"
						value={inputs.window}
						disabled={inputs.type !== 2}
						aria-describedby={describedBy}
						onChange={(e) =>
							onChange({ window: Number(e.target.value) as EstimateInputs['window'] })
						}
					>
						{WINDOWS.map((w) => (
							<option key={w} value={w}>
								{w} months
							</option>
						))}
					</select>
				)}
			</Field>

			<fieldset disabled={!soc2} aria-describedby="est-tsc-hint">
				<legend>Trust Services categories (SOC 2)</legend>
				<p className="est-hint" id="est-tsc-hint">
					{soc2 ? 'Security is always included.' : 'Categories apply to a SOC 2 only.'}
				</p>
				{CATEGORIES.map((c) => (
					<div className="est-choice" key={c.id}>
						<input
							type="checkbox"
							id={`est-tsc-${c.id}`}
							checked={inputs.categories.includes(c.id)}
							disabled={c.id === 'security'}
							onChange={(e) => toggleCategory(c.id, e.target.checked)}
						/>
						<label htmlFor={`est-tsc-${c.id}`}>{c.label}</label>
					</div>
				))}
			</fieldset>

			<div className="est-choice est-standalone">
				<input
					type="checkbox"
					id="est-soc3"
					checked={inputs.soc3}
					disabled={!soc3Possible}
					aria-describedby="est-soc3-hint"
					onChange={(e) => onChange({ soc3: e.target.checked })}
				/>
				<label htmlFor="est-soc3">Add a SOC 3 report</label>
				<p className="est-hint" id="est-soc3-hint">
					{soc3Possible ? SOC3_SHORT : SOC3_NEEDS}
				</p>
			</div>

			<Field id="est-size" label="Organization size">
				{(describedBy) => (
					<select
						id="est-size"
						value={inputs.size}
						aria-describedby={describedBy}
						onChange={(e) => onChange({ size: e.target.value as EstimateInputs['size'] })}
					>
						{SIZES.map((s) => (
							<option key={s.id} value={s.id}>
								{s.label}
							</option>
						))}
					</select>
				)}
			</Field>

			<Field
				id="est-systems"
				label="In-scope systems or locations"
				hint={`Production systems, offices or data centers the report covers (${LIMITS.systems.min}–${LIMITS.systems.max}).`}
				error={errors.systems}
			>
				{(describedBy) => (
					<input
						id="est-systems"
						type="number"
						min={LIMITS.systems.min}
						max={LIMITS.systems.max}
						step={1}
						value={drafts.systems}
						aria-invalid={errors.systems ? true : undefined}
						aria-describedby={describedBy}
						onChange={(e) => onDraft('systems', e.target.value)}
					/>
				)}
			</Field>

			<Field
				id="est-subservice"
				label="Subservice organizations"
				hint="Vendors your controls rely on, such as your cloud host."
				error={errors.subservice}
			>
				{(describedBy) => (
					<input
						id="est-subservice"
						type="number"
						min={LIMITS.subservice.min}
						max={LIMITS.subservice.max}
						step={1}
						value={drafts.subservice}
						aria-invalid={errors.subservice ? true : undefined}
						aria-describedby={describedBy}
						onChange={(e) => onDraft('subservice', e.target.value)}
					/>
				)}
			</Field>

			<fieldset>
				<legend>Readiness today</legend>
				{READINESS.map((r) => (
					<div className="est-choice" key={r.id}>
						<input
							type="radio"
							id={`est-readiness-${r.id}`}
							name="est-readiness"
							value={r.id}
							checked={inputs.readiness === r.id}
							aria-describedby={`est-readiness-${r.id}-hint`}
							onChange={() => onChange({ readiness: r.id })}
						/>
						<label htmlFor={`est-readiness-${r.id}`}>{r.label}</label>
						<p className="est-hint" id={`est-readiness-${r.id}-hint`}>
							{r.hint}
						</p>
					</div>
				))}
			</fieldset>

			<Field id="est-firm" label="Audit firm">
				{(describedBy) => (
					<select
						id="est-firm"
						value={inputs.firm}
						aria-describedby={describedBy}
						onChange={(e) => onChange({ firm: e.target.value as EstimateInputs['firm'] })}
					>
						{FIRM_TIERS.map((f) => (
							<option key={f.id} value={f.id}>
								{f.label}
							</option>
						))}
					</select>
				)}
			</Field>

			<fieldset>
				<legend>Extras</legend>
				<div className="est-choice">
					<input
						type="checkbox"
						id="est-platform"
						checked={inputs.platform}
						onChange={(e) => onChange({ platform: e.target.checked })}
					/>
					<label htmlFor="est-platform">Compliance-automation platform</label>
				</div>
				<div className="est-choice">
					<input
						type="checkbox"
						id="est-pentest"
						checked={inputs.penTest}
						onChange={(e) => onChange({ penTest: e.target.checked })}
					/>
					<label htmlFor="est-pentest">Penetration test</label>
				</div>
			</fieldset>

			<Field
				id="est-rate"
				label="Internal hourly cost (optional)"
				hint={`What an hour of your staff's time costs, in US dollars. Empty uses $${defaultRate}.`}
				error={errors.rate}
			>
				{(describedBy) => (
					<input
						id="est-rate"
						type="number"
						min={LIMITS.hourlyRate.min}
						max={LIMITS.hourlyRate.max}
						step="any"
						placeholder={String(defaultRate)}
						value={drafts.rate}
						aria-invalid={errors.rate ? true : undefined}
						aria-describedby={describedBy}
						onChange={(e) => onDraft('rate', e.target.value)}
					/>
				)}
			</Field>
		</section>
	);
}
