/**
 * How every part of the project launches Chromium (the e-book renderer, the browser tests, the
 * scale benchmark): Debian's /usr/bin/chromium or CHROMIUM_PATH where it exists (these machines
 * cannot download Playwright's browsers), else Playwright's own (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The Chromium a launch would use, or undefined when there is none on this machine. */
export function findChromium(): string | undefined {
	const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (existsSync(system)) return system;
	try {
		const own = chromium.executablePath();
		return own && existsSync(own) ? own : undefined;
	} catch {
		return undefined;
	}
}

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
