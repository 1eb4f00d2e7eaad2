/** The self-check's steps: the scope and one area's questions. */
import { useId } from 'react';

import { withCategory, withReport } from '../../lib/readiness/form';
import {
	ANSWERS,
	OPTIONAL_CATEGORIES,
	REPORTS,
	type AnswerId,
	type AreaId,
	type ReadinessScope,
	type ReadinessQuestion,
} from '../../lib/readiness/model';
import {
	areasInScope,
	includesSoc2,
	questionsInScope,
	type QuestionOutline,
} from '../../lib/readiness/scope';
import { estimatedMinutes } from '../../lib/readiness/steps';
import { type ReadinessState } from '../../lib/readiness/url-state';

type Questions = readonly ReadinessQuestion[];

// The blank checklist is static HTML outside the island; print CSS swaps it in while printing.
function printChecklist() {
	const root = document.documentElement;
	root.dataset.print = 'checklist';
	addEventListener('afterprint', () => delete root.dataset.print, { once: true });
	print();
}

export function ScopeStep({
	scope,
	questions,
	onChange,
}: {
	scope: ReadinessScope;
	questions: readonly QuestionOutline[];
	onChange: (scope: ReadinessScope) => void;
}) {
	const count = questionsInScope(questions, scope).length;
	const areas = areasInScope(questions, scope).length;
	const setReport = (report: string) => onChange(withReport(scope, report));
	const toggle = (id: string, on: boolean) => onChange(withCategory(scope, id, on));
	return (
		<>
			<p>
				Answer each question for how things work today, not how you plan them. Where a control
				exists but you could not show proof of it to an auditor, choose “in place, not evidenced”.
			</p>
			<fieldset className="rd-fieldset">
				<legend>Which report are you preparing for?</legend>
				{REPORTS.map((r) => (
					<label key={r.id} className="rd-choice">
						<input
							type="radio"
							name="rd-report"
							value={r.id}
							checked={scope.report === r.id}
							onChange={() => setReport(r.id)}
						/>{' '}
						{r.label}
					</label>
				))}
				{scope.report === 'soc1' && (
					<p className="rd-hint">
						A SOC 1 on its own gets the questions on the control environment and the IT general
						controls behind it. Your business-process controls come from your own control
						objectives, which this check does not cover.
					</p>
				)}
			</fieldset>
			{includesSoc2(scope) && (
				<fieldset className="rd-fieldset">
					<legend>Which Trust Services Categories does your SOC 2 cover?</legend>
					<p className="rd-hint">
						Security is always included. Add another category only if you make commitments about it
						to customers.
					</p>
					{OPTIONAL_CATEGORIES.map((c) => (
						<label key={c.id} className="rd-choice">
							<input
								type="checkbox"
								name={`rd-tsc-${c.id}`}
								value={c.id}
								checked={scope.categories.includes(c.id)}
								onChange={(e) => toggle(c.id, e.currentTarget.checked)}
							/>{' '}
							{c.label}
						</label>
					))}
				</fieldset>
			)}
			<p>
				{count} questions in {areas} areas, about {estimatedMinutes(count)} minutes.
			</p>
			<p className="no-print">
				<button type="button" className="rd-link-button" onClick={printChecklist}>
					Print a blank checklist
				</button>{' '}
				<span className="muted">to fill in on paper or with your team.</span>
			</p>
		</>
	);
}

export function AreaStep({
	area,
	questions,
	state,
	onAnswer,
}: {
	area: AreaId;
	questions: Questions;
	state: ReadinessState;
	onAnswer: (id: string, value: AnswerId) => void;
}) {
	const inArea = questionsInScope(questions, state.scope).filter((q) => q.area === area);
	return (
		<ol className="rd-questions">
			{inArea.map((q) => (
				<li key={q.id}>
					<Question
						id={q.id}
						title={q.title}
						question={q.question}
						why={q.why}
						evidence={q.evidence}
						criteria={q.criteria}
						soc1={q.soc1 && state.scope.report !== 'soc2'}
						value={state.answers[q.id]}
						onAnswer={onAnswer}
					/>
				</li>
			))}
		</ol>
	);
}

function Question(props: {
	id: string;
	title: string;
	question: string;
	why: string;
	evidence: string;
	criteria: readonly string[];
	soc1: boolean;
	value: AnswerId | undefined;
	onAnswer: (id: string, value: AnswerId) => void;
}) {
	const uid = useId();
	return (
		<fieldset className="rd-question" aria-describedby={`${uid}-why`}>
			<legend>
				<span className="rd-question-title">{props.title}</span>
				<span className="rd-question-text">{props.question}</span>
			</legend>
			<p id={`${uid}-why`} className="rd-why">
				<span className="rd-criteria">
					{props.criteria.join(', ')}
					{props.soc1 ? ' · also relevant to a SOC 1' : ''}
				</span>{' '}
				{props.why}
			</p>
			<div className="rd-answers">
				{ANSWERS.map((a) => (
					<label key={a.id} className="rd-answer">
						<input
							type="radio"
							name={`rd-${props.id}`}
							value={a.id}
							checked={props.value === a.id}
							onChange={() => props.onAnswer(props.id, a.id)}
						/>{' '}
						{a.label}
					</label>
				))}
			</div>
			<details className="rd-evidence">
				<summary>What evidence usually satisfies an auditor</summary>
				<p>{props.evidence}</p>
			</details>
		</fieldset>
	);
}
