/**
 * How every part of the project launches Chromium (the e-book renderer, the browser tests, the
 * Lighthouse audit, the scale benchmark): Debian's /usr/bin/chromium or CHROMIUM_PATH where it
 * exists (these machines cannot download Playwright's browsers), else Playwright's own
 * (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';

/** The system Chromium to use, or undefined to let Playwright use its own. */
export function chromiumPath(): string | undefined {
	const system = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
	return existsSync(system) ? system : undefined;
}

/** Flags that keep Chromium quiet on a closed network (and let it run as root, as CI does). */
export function chromiumArgs(): string[] {
	return [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		// Chromium refuses to sandbox as root (CI runs as root).
		...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
	];
}

/** Launch options for Playwright's chromium.launch (or a config's launchOptions). */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
	const path = chromiumPath();
	return { ...(path ? { executablePath: path } : {}), args: chromiumArgs() };
}
