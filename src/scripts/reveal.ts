/**
 * Moves focus to a tool's new heading and brings it to the top of the screen, below the sticky
 * header (the heading's scroll-margin-top), so keyboard, screen-reader and phone readers all
 * start at the top of the new step or result, wherever the page was scrolled.
 *
 * The jump is instant, whatever the page's scroll-behavior: what the reader was looking at has just
 * been replaced, so a smooth scroll would only carry them through unrelated text for half a second
 * or more (longer on a slow phone), with the answer moving under their eyes until it stops.
 */
export function revealHeading(el: HTMLElement): void {
	el.focus({ preventScroll: true });
	el.scrollIntoView({ block: 'start', behavior: 'instant' });
}
