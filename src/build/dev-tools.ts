/**
 * Build steps that need development tools (the e-book renderer needs Playwright and pdf.js) check
 * for them here, so a host that installs only `dependencies` still builds the site and says what it
 * skipped.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The packages of `names` that cannot be resolved from the project. */
export function missingDevTools(names: string[]): string[] {
	return names.filter((name) => {
		try {
			require.resolve(name);
			return false;
		} catch {
			return true;
		}
	});
}
