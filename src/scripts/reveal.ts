/**
 * Moves focus to a tool's new heading and brings it to the top of the screen, below the sticky
 * header (the heading's scroll-margin-top), so keyboard, screen-reader and phone readers all
 * start at the top of the new step or result, wherever the page was scrolled.
 */
export function revealHeading(el: HTMLElement): void {
	el.focus({ preventScroll: true });
	el.scrollIntoView({ block: 'start' });
}
