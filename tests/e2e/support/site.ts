/** What the browser tests need: the built site's pages (from tests/support/built.ts), axe, and error watching. */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { allPages, chapterPages, dist, htmlFiles, isRedirectStub, readDist, root, urlPathOf } from '../../support/built.ts';

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
export async function axeViolations(page: Page, exclude: string[] = [], rules?: string[]): Promise<string[]> {
	const builder = rules ? new AxeBuilder({ page }).withRules(rules) : new AxeBuilder({ page }).withTags(AXE_TAGS);
	for (const selector of exclude) builder.exclude(selector);
	const results = await builder.analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`,
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
