/**
 * How every part of the project launches Chromium (the e-book renderer, the browser tests, the
 * scale benchmark): Debian's /usr/bin/chromium or CHROMIUM_PATH where it exists (these machines
 * cannot download Playwright's browsers), else Playwright's own (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';

/** Launch options for Playwright's chromium.launch (or a config's launchOptions). */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
	const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	return {
		...(existsSync(system) ? { executablePath: system } : {}),
		args: [
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			// Chromium refuses to sandbox as root (CI runs as root).
			...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
		],
	};
}
