/** What the browser tests need to know about the built site, read from dist/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const dist = join(root, 'dist');

/** Every HTML file under a folder, recursively. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

/** The URL path a built HTML file is served at ('/chapters/x/' for chapters/x/index.html). */
export function urlPathOf(file: string, base = dist): string {
	const rel = relative(base, file).split(sep).join('/');
	return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** True for the forwarding pages left at old URLs (content/redirects.txt): not pages of their own. */
export function isRedirectStub(file: string): boolean {
	return /<html[^>]*\sdata-moved-to=/.test(readFileSync(file, 'utf8').slice(0, 300));
}

/** Every page of the build, as URL paths, sorted (redirect stubs are tested in campaign.spec.ts). */
export function allPages(): string[] {
	return htmlFiles(dist)
		.filter((f) => !isRedirectStub(f))
		.map((f) => urlPathOf(f))
		.sort();
}

/** Chapter page paths in the build. */
export function chapterPages(): string[] {
	return allPages().filter((p) => p.startsWith('/chapters/'));
}

export function readDist(path: string): string {
	return readFileSync(join(dist, path), 'utf8');
}

/** WCAG 2.0–2.2 A and AA, as the foundation issue asks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page (less any `exclude` selectors) and returns a readable list of violations (empty when clean). */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
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
