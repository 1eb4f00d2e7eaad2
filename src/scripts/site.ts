/** Behaviour every page needs: theme toggle, campaign links and their clicks, dismissable glossary tips. */
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

decorateConsultationLinks();
// Calls to action report their clicks; tools mark their own (already tagged) links data-cta.
document.addEventListener('click', (event) => {
	const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(`${CAMPAIGN_LINKS},a[data-cta]`);
	if (!link) return;
	const { ebook, cta, where, contextFrom } = link.dataset;
	track('cta_click', { cta: ebook !== undefined || cta === 'ebook' ? 'ebook' : 'consultation', where: where ?? contextFrom ?? 'page', page_path: location.pathname });
});

// WCAG 1.4.13: content shown on hover or focus must be dismissable without moving focus.
document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	for (const tip of document.querySelectorAll('.term-wrap:hover, .term-wrap:focus-within')) {
		tip.classList.add('dismissed');
	}
});
document.addEventListener('focusout', (event) => {
	(event.target as Element | null)?.closest?.('.term-wrap')?.classList.remove('dismissed');
});
document.addEventListener('mouseout', (event) => {
	(event.target as Element | null)?.closest?.('.term-wrap')?.classList.remove('dismissed');
});
