/** Behaviour every page needs: theme toggle, the header's menu and scroll behaviour, campaign links and their clicks. */
import { CAMPAIGN_LINKS, decorateConsultationLinks } from './attribution';
import { track } from './analytics';

const root = document.documentElement;
const toggle = document.getElementById('theme-toggle');
const darkQuery = matchMedia('(prefers-color-scheme: dark)');

function isDark(): boolean {
	return root.dataset.theme ? root.dataset.theme === 'dark' : darkQuery.matches;
}

function syncToggle(): void {
	toggle?.setAttribute('aria-pressed', String(isDark()));
}

toggle?.addEventListener('click', () => {
	const next = isDark() ? 'light' : 'dark';
	root.dataset.theme = next;
	try {
		localStorage.setItem('theme', next);
	} catch {
		// Without storage the choice lasts for this page only.
	}
	syncToggle();
});
darkQuery.addEventListener('change', syncToggle);
syncToggle();

// Header menu (phones): a disclosure that opens the links as a drawer under the bar.
const header = document.querySelector<HTMLElement>('.site-header');
const menuButton = document.querySelector<HTMLButtonElement>('.menu-open');
const menu = document.getElementById('site-menu');
const setMenu = (open: boolean): void => {
	menuButton?.setAttribute('aria-expanded', String(open));
	menu?.classList.toggle('open', open);
};
if (header && menuButton && menu) {
	menuButton.addEventListener('click', () =>
		setMenu(menuButton.getAttribute('aria-expanded') !== 'true'),
	);
	header.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && menu.classList.contains('open')) {
			setMenu(false);
			menuButton.focus();
		}
	});
	// A tap or focus anywhere else closes it.
	for (const type of ['pointerdown', 'focusin'] as const) {
		document.addEventListener(type, (event) => {
			if (!header.contains(event.target as Node)) setMenu(false);
		});
	}
}

// The header slides away while the reader scrolls down and comes back on the way up, so search and
// the menu are one small scroll away anywhere in a long chapter. It stays while it holds focus or
// its menu is open.
if (header) {
	let lastY = scrollY;
	// A smooth scroll to a section takes well under a second.
	let settleUntil = location.hash ? performance.now() + 1500 : 0;
	addEventListener('hashchange', () => (settleUntil = performance.now() + 1500));
	addEventListener(
		'scroll',
		() => {
			const y = scrollY;
			if (Math.abs(y - lastY) < 6) return;
			// Scrolling to a linked section (the page opening at one, or a link followed) is not
			// reading: the reader landing there should see where they are, so the header stays.
			if (performance.now() > settleUntil) {
				root.classList.toggle(
					'header-hidden',
					y > lastY &&
						y > header.offsetHeight &&
						!menu?.classList.contains('open') &&
						!header.contains(document.activeElement),
				);
			}
			lastY = y;
		},
		{ passive: true },
	);
	header.addEventListener('focusin', () => root.classList.remove('header-hidden'));
}

decorateConsultationLinks();
// Calls to action report their clicks; tools mark their own (already tagged) links data-cta.
document.addEventListener('click', (event) => {
	const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
		`${CAMPAIGN_LINKS},a[data-cta]`,
	);
	if (!link) return;
	const { ebook, cta, where, contextFrom } = link.dataset;
	track('cta_click', {
		cta: ebook !== undefined || cta === 'ebook' ? 'ebook' : 'consultation',
		where: where ?? contextFrom ?? 'page',
		page_path: location.pathname,
	});
});
