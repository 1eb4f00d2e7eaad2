/**
 * What the estimator's buttons do: copy a summary or a link, download a CSV. Only a visitor who
 * presses one needs this code (and the export writers it loads), so the island fetches it on demand,
 * starting as the pointer or the keyboard focus reaches the buttons.
 */
import { estimate as runEstimate } from '../../lib/estimator/model';
import type { Estimate, EstimateInputs } from '../../lib/estimator/types';
import { LOAD_FAILED, loadDeadline, loadExport, loadLinks } from './parts';

/** The estimate on screen and where an action reports what happened. */
export interface ActionContext {
	inputs: EstimateInputs;
	today: string;
	/** The estimate as shown (without a deadline verdict until the deadline check has loaded). */
	result: Estimate;
	/** A status line for the visitor. */
	setStatus: (message: string) => void;
	/** Text to copy by hand when the clipboard is blocked (null hides the box). */
	setFallbackText: (text: string | null) => void;
}

/** This estimate's address, or null (with a message) when the link writer could not be loaded. */
async function shareUrl(ctx: ActionContext): Promise<string | null> {
	try {
		const { estimateAddress } = await loadLinks();
		return estimateAddress(location.origin + location.pathname, ctx.result.inputs);
	} catch {
		ctx.setStatus(LOAD_FAILED);
		return null;
	}
}

/**
 * The export writers and the estimate to export, or null (with a message) when they could not be
 * loaded. An export asked for before the deadline check has arrived waits for it, so a file never
 * leaves out a deadline the screen is about to show.
 */
async function exporter(ctx: ActionContext) {
	try {
		const [writers, check] = await Promise.all([
			loadExport(),
			ctx.result.inputs.deadline === null ? null : loadDeadline(),
		]);
		return {
			writers,
			estimate: check ? runEstimate(ctx.inputs, ctx.today, check.checkDeadline) : ctx.result,
		};
	} catch {
		ctx.setStatus(LOAD_FAILED);
		return null;
	}
}

/** Puts text on the clipboard, or shows it to copy by hand when the browser blocks that. */
async function copy(ctx: ActionContext, text: string, done: string, what: string) {
	try {
		await navigator.clipboard.writeText(text);
		ctx.setFallbackText(null);
		ctx.setStatus(done);
	} catch {
		ctx.setFallbackText(text);
		ctx.setStatus(
			`Copying is blocked in this browser; the ${what} is shown below to copy by hand.`,
		);
	}
}

export async function copySummary(ctx: ActionContext): Promise<void> {
	const [ready, address] = await Promise.all([exporter(ctx), shareUrl(ctx)]);
	if (!ready || address === null) return;
	await copy(
		ctx,
		ready.writers.summaryText(ready.estimate, address),
		'Summary copied to the clipboard.',
		'summary',
	);
}

export async function copyLink(ctx: ActionContext): Promise<void> {
	const address = await shareUrl(ctx);
	if (address !== null) await copy(ctx, address, 'Link to this estimate copied.', 'link');
}

export async function downloadCsv(ctx: ActionContext): Promise<void> {
	const ready = await exporter(ctx);
	if (!ready) return;
	const blob = new Blob([ready.writers.estimateCsv(ready.estimate)], {
		type: 'text/csv;charset=utf-8',
	});
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = `soc-estimate-${ready.estimate.inputs.startDate}.csv`;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
	ctx.setStatus('CSV file downloaded.');
}
