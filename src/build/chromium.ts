/**
 * How every part of the project launches Chromium (the e-book renderer, the browser tests, the
 * Lighthouse audit, the scale benchmark): Debian's /usr/bin/chromium (or its headless shell for
 * headless launches) or CHROMIUM_PATH where it exists (these machines cannot download
 * Playwright's browsers), else Playwright's own (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The system Chromium to use, or undefined to let Playwright use its own. */
export function chromiumPath(): string | undefined {
	const system = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
	return existsSync(system) ? system : undefined;
}

/**
 * The Chromium a launch would use, or undefined when there is none on this machine: the system's,
 * else Playwright's own when Playwright (a development dependency) is installed and has one.
 */
export function findChromium(): string | undefined {
	const system = chromiumPath();
	if (system) return system;
	try {
		const { chromium } = require('@playwright/test') as typeof import('@playwright/test');
		const own = chromium.executablePath();
		return own && existsSync(own) ? own : undefined;
	} catch {
		return undefined;
	}
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

/**
 * The browser for Playwright's headless launches (the browser tests, the e-book renderer, the
 * benchmark): CHROMIUM_PATH when set, else Debian's chromium-headless-shell where it is installed
 * (the same engine without the desktop browser around it: the browser suite needs about 40% less
 * processor time with it), else the system Chromium, else Playwright's own. Lighthouse keeps the
 * full browser (`chromiumPath`), as it measures what readers' browsers do.
 */
export function headlessPath(): string | undefined {
	if (process.env.CHROMIUM_PATH) return chromiumPath();
	const shell = process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';
	return existsSync(shell) ? shell : chromiumPath();
}

/** Launch options for Playwright's chromium.launch (or a config's launchOptions). */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
	const path = headlessPath();
	return { ...(path ? { executablePath: path } : {}), args: chromiumArgs() };
}
