/** What the browser tests need: the built site's pages (from tests/support/built.ts), axe, and error watching. */
import type { Page } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export {
	allPages,
	chapterPages,
	dist,
	htmlFiles,
	isRedirectStub,
	readDist,
	root,
	urlPathOf,
} from '../../support/built.ts';

/** WCAG 2.0–2.2 A and AA, as the foundation issue asks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The axe rules whose outcome depends on colours. The themes differ only in colours (global.css
 * sets every theme colour with light-dark(); no rule changes layout or markup by theme), so a
 * page that passes every rule in one theme needs only these in the other.
 */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page (less any `exclude` selectors) and returns a readable list of violations
 * (empty when clean): every WCAG A/AA rule, or only `rules` when given.
 */
export async function axeViolations(
	page: Page,
	exclude: string[] = [],
	rules?: string[],
): Promise<string[]> {
	return axe(page, { exclude: exclude.map((selector) => [selector]) }, rules);
}

/** axe on one part of the page (`selector`), for the steps where only that part changes. */
export async function axeViolationsWithin(page: Page, selector: string): Promise<string[]> {
	return axe(page, { include: [[selector]] });
}

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/**
 * Runs axe-core in the page itself: its source is evaluated once per document (the test API's
 * wrapper evaluated it on every run and opened a second page to merge results, which took most of
 * a run's time on a small page) and then reused for the light and the dark run. Evaluating through
 * the browser's debugging protocol is not subject to the page's Content-Security-Policy. The site
 * has no frames, which is all the wrapper's extra work was for.
 */
async function axe(page: Page, context: ElementContext, rules?: string[]): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const options: RunOptions = rules
		? { runOnly: { type: 'rule', values: rules } }
		: { runOnly: { type: 'tag', values: AXE_TAGS } };
	const results = await page.evaluate(
		([context, options]) =>
			(window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe.run(
				context,
				options,
			),
		[context, options] as const,
	);
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join(' | ')}`,
	);
}

/** Collects console errors, CSP violations and failed requests of a page for later assertions. */
export async function watchErrors(page: Page): Promise<string[]> {
	const errors: string[] = [];
	// Report Content Security Policy violations explicitly, whatever the browser logs for them.
	await page.exposeFunction('__reportCspViolation', (msg: string) => errors.push(`CSP: ${msg}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __reportCspViolation: (m: string) => void }).__reportCspViolation(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`,
			);
		});
	});
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
	page.on('response', (res) => {
		if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	return errors;
}
