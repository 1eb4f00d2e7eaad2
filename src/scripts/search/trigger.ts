/**
 * Loaded on every page, so it stays tiny: opens search from the header button, Ctrl/Cmd+K and "/",
 * and asks for highlights when a page was opened from a search result. Everything else (the
 * dialog, Pagefind, its worker and WebAssembly) loads when the reader shows intent (a pointer
 * over the button, focus or a touch on it) or on first use.
 *
 * The lazy module's URL comes from the inert <template> that Search.astro renders it in: a plain
 * import() of it needs none of the bundler's preload helper, which would cost more than this file.
 */
const opener = document.querySelector<HTMLButtonElement>('[data-search-open]');
const onSearchPage = document.querySelector('[data-search-mount]') !== null;
const moduleUrl = document
	.querySelector<HTMLTemplateElement>('template[data-search-module]')
	?.content.querySelector('script')
	?.getAttribute('src');
let loading: Promise<unknown> | undefined;
// Keys typed between the shortcut and the dialog appearing (the first open waits for the module):
// fast typists start their query at once, and those letters must not be lost.
let typed: string | undefined;

function send(action: 'open' | 'highlight' | 'warm' | 'page'): void {
	if (!moduleUrl) return;
	if (action === 'open') typed ??= '';
	loading ??= import(/* @vite-ignore */ moduleUrl).catch(() => (loading = undefined));
	void loading.then(() => {
		document.dispatchEvent(new CustomEvent('soc-search', { detail: { action, opener, typed } }));
		if (action === 'open') typed = undefined;
	});
}

function open(): void {
	// On the search page itself the page's own box is the search.
	const onPage = document.querySelector<HTMLInputElement>(
		'[data-search-panel="page"] input[type="search"]',
	);
	if (onPage) {
		onPage.focus();
		onPage.select();
	} else send('open');
}

opener?.addEventListener('click', open);
// Intent: a pointer over the button, focus on it or a finger on it starts loading the dialog and
// Pagefind, so the first search does not wait for them after the dialog opens.
for (const type of ['pointerenter', 'focus', 'touchstart'] as const) {
	// The search page loads its own panel and Pagefind.
	if (!onSearchPage)
		opener?.addEventListener(type, () => send('warm'), { once: true, passive: true });
}
document.addEventListener('keydown', (event) => {
	if (typed !== undefined && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
		typed += event.key;
		event.preventDefault();
		return;
	}
	if (event.defaultPrevented || event.altKey) return;
	const target = event.target as HTMLElement;
	const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
	if (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !event.shiftKey) {
		event.preventDefault();
		open();
	} else if (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey) {
		// WCAG 2.1.4: a one-character shortcut must be possible to turn off (the dialog has the switch).
		let off = false;
		try {
			off = localStorage.getItem('search-slash') === 'off';
		} catch {
			// Without storage the shortcut stays on.
		}
		if (off) return;
		event.preventDefault();
		open();
	}
});

const kbd = document.querySelector('[data-search-kbd]');
if (kbd && /Mac|iP(hone|ad|od)/.test(navigator.platform)) kbd.textContent = '⌘ K';

// The parameter's name comes from the markup (HIGHLIGHT_PARAM): importing it would add a chunk.
const param = opener?.dataset['highlightParam'];
if (param && new URLSearchParams(location.search).has(param)) send('highlight');
// The /search/ page's panel comes from the same module as the dialog.
if (onSearchPage) send('page');

// A module, not a script: its names stay out of the global scope (window.opener exists).
export {};
