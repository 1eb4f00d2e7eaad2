/** What the reader enters from the vendor's report: plain form controls over the input handlers. */
import { useEffect, useRef, type ReactNode } from 'react';
import {
	addCuec,
	addException,
	addSubservice,
	removeItem,
	updateCuec,
	updateException,
	updateSubservice,
	withCategory,
	withChoice,
	withDate,
	withVendor,
	MAX_ITEMS,
} from '../../lib/review/input';
import type { InputProblem, ReviewField, ReviewInput } from '../../lib/review/rules';
import {
	METHODS,
	OPINIONS,
	OPTIONAL_CATEGORIES,
	REVIEW_REPORTS,
	REVIEW_TYPES,
	USES,
} from '../../lib/review/vocabulary';

interface Props {
	input: ReviewInput;
	problems: readonly InputProblem[];
	onChange: (update: (input: ReviewInput) => ReviewInput) => void;
}

const TYPE_OPTIONS = REVIEW_TYPES.map((t) => ({
	id: String(t.id),
	label: `${t.label} (${t.hint})`,
}));

type ListName = 'exceptions' | 'subservice' | 'cuecs';

function Choices({
	name,
	legend,
	options,
	value,
	onPick,
	hint,
}: {
	name: string;
	legend: string;
	options: readonly { id: string; label: string }[];
	value: string;
	onPick: (id: string) => void;
	hint?: string;
}) {
	return (
		<fieldset>
			<legend>{legend}</legend>
			{hint && <p className="rv-hint">{hint}</p>}
			{options.map((o) => (
				<label key={o.id} className="rv-check">
					<input
						type="radio"
						name={name}
						value={o.id}
						checked={value === o.id}
						onChange={() => onPick(o.id)}
					/>
					{o.label}
				</label>
			))}
		</fieldset>
	);
}

export default function ReviewForm({ input, problems, onChange }: Props) {
	const focusNext = useRef<string | null>(null);
	useEffect(() => {
		if (focusNext.current) document.getElementById(focusNext.current)?.focus();
		focusNext.current = null;
	});
	const problem = (field: ReviewField) =>
		problems
			.filter((p) => p.field === field)
			.map((p) => p.message)
			.join(' ');

	const dateField = (
		field: 'start' | 'end' | 'issued' | 'bridge',
		label: string,
		hint?: string,
	): ReactNode => {
		const message = problem(field);
		const described = [hint ? `rv-${field}-hint` : '', message ? `rv-${field}-error` : '']
			.filter(Boolean)
			.join(' ');
		return (
			<div className="rv-field">
				<label htmlFor={`rv-${field}`}>{label}</label>
				{hint && (
					<p className="rv-hint" id={`rv-${field}-hint`}>
						{hint}
					</p>
				)}
				<input
					id={`rv-${field}`}
					type="date"
					value={input[field]}
					aria-invalid={message ? true : undefined}
					aria-describedby={described || undefined}
					onChange={(e) => {
						const value = e.currentTarget.value;
						onChange((i) => withDate(i, field, value));
					}}
				/>
				{message && (
					<p className="rv-error" id={`rv-${field}-error`}>
						{message}
					</p>
				)}
			</div>
		);
	};

	const add = (list: ListName, id: string) => {
		focusNext.current = `${id}-${input[list].length}`;
		onChange((i) =>
			list === 'exceptions'
				? addException(i)
				: list === 'subservice'
					? addSubservice(i)
					: addCuec(i),
		);
	};
	const remove = (list: ListName, index: number, addId: string) => {
		const left = input[list].length - 1;
		focusNext.current = left > 0 ? `${addId}-${Math.min(index, left - 1)}` : `${addId}-add`;
		onChange((i) => removeItem(i, list, index));
	};
	const removeButton = (list: ListName, index: number, id: string, what: string) => (
		<button type="button" className="rv-remove" onClick={() => remove(list, index, id)}>
			Remove
			<span className="visually-hidden">
				{' '}
				{what} {index + 1}
			</span>
		</button>
	);
	const addButton = (list: ListName, id: string, label: string) =>
		input[list].length < MAX_ITEMS && (
			<button
				type="button"
				id={`${id}-add`}
				className="button secondary rv-add"
				onClick={() => add(list, id)}
			>
				{label}
			</button>
		);

	return (
		<div className="rv-form no-print">
			<h2 className="visually-hidden">What the report says</h2>
			<div className="rv-field">
				<label htmlFor="rv-vendor">Vendor (optional, for the memo)</label>
				<input
					id="rv-vendor"
					type="text"
					value={input.vendor}
					onChange={(e) => {
						const value = e.currentTarget.value;
						onChange((i) => withVendor(i, value));
					}}
				/>
			</div>
			<Choices
				name="rv-use"
				legend="What you rely on this vendor for"
				options={USES}
				value={input.use}
				onPick={(v) => onChange((i) => withChoice(i, 'use', v))}
			/>
			{input.use !== 'financial' && (
				<fieldset>
					<legend>Besides security, you rely on the vendor for</legend>
					{OPTIONAL_CATEGORIES.map((c) => (
						<label key={c.id} className="rv-check">
							<input
								type="checkbox"
								checked={input.needs.includes(c.id)}
								onChange={(e) => {
									const on = e.currentTarget.checked;
									onChange((i) => withCategory(i, 'needs', c.id, on));
								}}
							/>
							{c.label}
						</label>
					))}
				</fieldset>
			)}
			<Choices
				name="rv-report"
				legend="The report"
				options={REVIEW_REPORTS}
				value={input.report}
				onPick={(v) => onChange((i) => withChoice(i, 'report', v))}
			/>
			<Choices
				name="rv-type"
				legend="Its type"
				options={TYPE_OPTIONS}
				value={String(input.type)}
				onPick={(v) => onChange((i) => withChoice(i, 'type', v))}
			/>
			<fieldset>
				<legend>Dates on the cover</legend>
				{input.type === 2 && dateField('start', 'Period start')}
				{dateField('end', input.type === 2 ? 'Period end' : 'The date the report speaks about')}
				{dateField('issued', 'Date of the auditor’s report (optional)')}
			</fieldset>
			<Choices
				name="rv-opinion"
				legend="The auditor’s opinion"
				options={OPINIONS}
				value={input.opinion}
				onPick={(v) => onChange((i) => withChoice(i, 'opinion', v))}
			/>
			{input.report === 'soc2' && (
				<fieldset>
					<legend>Categories in scope besides Security</legend>
					{OPTIONAL_CATEGORIES.map((c) => (
						<label key={c.id} className="rv-check">
							<input
								type="checkbox"
								checked={input.categories.includes(c.id)}
								onChange={(e) => {
									const on = e.currentTarget.checked;
									onChange((i) => withCategory(i, 'categories', c.id, on));
								}}
							/>
							{c.label}
						</label>
					))}
				</fieldset>
			)}
			<fieldset>
				<legend>Exceptions noted in the tests</legend>
				{input.exceptions.length === 0 && (
					<p className="rv-hint">None entered. Add each exception the report lists.</p>
				)}
				{input.exceptions.map((e, n) => (
					<div className="rv-item" key={n}>
						<label htmlFor={`rv-exc-${n}`}>Exception {n + 1}</label>
						<input
							id={`rv-exc-${n}`}
							type="text"
							value={e.text}
							onChange={(ev) => {
								const text = ev.currentTarget.value;
								onChange((i) => updateException(i, n, { text }));
							}}
						/>
						<label className="rv-check">
							<input
								type="checkbox"
								checked={e.responded}
								onChange={(ev) => {
									const responded = ev.currentTarget.checked;
									onChange((i) => updateException(i, n, { responded }));
								}}
							/>
							Management responded<span className="visually-hidden"> to exception {n + 1}</span>
						</label>
						{removeButton('exceptions', n, 'rv-exc', 'exception')}
					</div>
				))}
				{addButton('exceptions', 'rv-exc', 'Add an exception')}
			</fieldset>
			<fieldset>
				<legend>Subservice organizations</legend>
				{input.subservice.length === 0 && (
					<p className="rv-hint">
						None entered. The system description names them, such as a cloud host.
					</p>
				)}
				{input.subservice.map((s, n) => (
					<div className="rv-item" key={n}>
						<label htmlFor={`rv-sub-${n}`}>Subservice organization {n + 1}</label>
						<input
							id={`rv-sub-${n}`}
							type="text"
							value={s.name}
							onChange={(ev) => {
								const name = ev.currentTarget.value;
								onChange((i) => updateSubservice(i, n, { name }));
							}}
						/>
						<label htmlFor={`rv-sub-${n}-method`}>
							Method<span className="visually-hidden"> for subservice organization {n + 1}</span>
						</label>
						<select
							id={`rv-sub-${n}-method`}
							value={s.method}
							onChange={(ev) => {
								const method = ev.currentTarget.value as typeof s.method;
								onChange((i) => updateSubservice(i, n, { method }));
							}}
						>
							{METHODS.map((m) => (
								<option key={m.id} value={m.id}>
									{m.label}
								</option>
							))}
						</select>
						{removeButton('subservice', n, 'rv-sub', 'subservice organization')}
					</div>
				))}
				{addButton('subservice', 'rv-sub', 'Add a subservice organization')}
			</fieldset>
			<fieldset>
				<legend>Complementary user entity controls (CUECs)</legend>
				{input.cuecs.length === 0 && (
					<p className="rv-hint">None entered. Copy each control the report expects of you.</p>
				)}
				{input.cuecs.map((c, n) => (
					<div className="rv-item" key={n}>
						<label htmlFor={`rv-cuec-${n}`}>CUEC {n + 1}</label>
						<input
							id={`rv-cuec-${n}`}
							type="text"
							value={c}
							onChange={(ev) => {
								const text = ev.currentTarget.value;
								onChange((i) => updateCuec(i, n, text));
							}}
						/>
						{removeButton('cuecs', n, 'rv-cuec', 'CUEC')}
					</div>
				))}
				{addButton('cuecs', 'rv-cuec', 'Add a CUEC')}
			</fieldset>
			<fieldset>
				<legend>Bridge letter</legend>
				{dateField(
					'bridge',
					'The last day the bridge letter speaks for',
					'Leave empty if the vendor has not sent one.',
				)}
			</fieldset>
		</div>
	);
}
