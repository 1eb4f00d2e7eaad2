/**
 * Holds back some of the site's scripts, as a slow connection would, so a test can act before
 * they arrive: the races the tools must survive when parts of them load on demand.
 */
import type { Page } from '@playwright/test';

interface HoldOptions {
	/** How long to hold: milliseconds, or until a promise settles. */
	until: number | Promise<unknown>;
	/** Hold only the matching scripts whose text passes this test (e.g. for chunks named alike). */
	containing?: (body: string) => boolean;
}

/** Holds the scripts whose URL matches `pattern`; resolves to a function counting those held. */
export async function holdScripts(
	page: Page,
	pattern: RegExp,
	{ until, containing }: HoldOptions,
): Promise<() => number> {
	let held = 0;
	const wait = () =>
		typeof until === 'number' ? new Promise((resolve) => setTimeout(resolve, until)) : until;
	await page.route(pattern, async (route) => {
		if (!containing) {
			held += 1;
			await wait();
			return route.continue();
		}
		const response = await route.fetch();
		const body = await response.text();
		if (containing(body)) {
			held += 1;
			await wait();
		}
		await route.fulfill({ response, body });
	});
	return () => held;
}
