/** Chapter page behaviour: the sidebar disclosure, copy-link buttons and the TOC highlight. */

const announcer = document.getElementById('announcer');

function announce(message: string): void {
	if (!announcer) return;
	announcer.textContent = '';
	// A fresh text node after clearing makes screen readers repeat identical messages.
	requestAnimationFrame(() => (announcer.textContent = message));
}

// Sidebar: a disclosure button on small screens; the list stays visible without JavaScript.
const menuButton = document.querySelector<HTMLButtonElement>('.menu-toggle');
const menu = menuButton && document.getElementById(menuButton.getAttribute('aria-controls') ?? '');
if (menuButton && menu) {
	const narrow = matchMedia('(max-width: 63.99rem)');
	const setOpen = (open: boolean) => {
		menuButton.setAttribute('aria-expanded', String(open));
		menu.classList.toggle('open', open);
	};
	setOpen(false);
	menuButton.addEventListener('click', () => setOpen(menuButton.getAttribute('aria-expanded') !== 'true'));
	narrow.addEventListener('change', () => setOpen(false));
	menu.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && narrow.matches) {
			setOpen(false);
			menuButton.focus();
		}
	});
}

// Copy link: the canonical URL plus the section's anchor, never the current query string.
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.origin + location.pathname;
for (const link of document.querySelectorAll<HTMLAnchorElement>('a.copy-link')) {
	link.addEventListener('click', async (event) => {
		event.preventDefault();
		const url = `${canonical}${link.hash}`;
		try {
			await navigator.clipboard.writeText(url);
			link.dataset.copied = '';
			announce('Link copied');
			setTimeout(() => delete link.dataset.copied, 2000);
		} catch {
			// Clipboard refused (permissions, insecure origin): fall back to going to the section.
			location.hash = link.hash;
		}
	});
}

// TOC highlight: the last heading that has scrolled past the top band is the current section.
const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const headings = [...new Set(tocLinks.map((a) => decodeURIComponent(a.hash.slice(1))))]
	.map((id) => document.getElementById(id))
	.filter((h): h is HTMLElement => h !== null);
if (headings.length > 0) {
	let ticking = false;
	const update = () => {
		ticking = false;
		const offset = 120;
		let current = headings[0]!.id;
		for (const h of headings) {
			if (h.getBoundingClientRect().top - offset <= 0) current = h.id;
			else break;
		}
		for (const a of tocLinks) {
			if (a.hash === `#${current}`) a.setAttribute('aria-current', 'true');
			else a.removeAttribute('aria-current');
		}
	};
	addEventListener('scroll', () => {
		if (!ticking) {
			ticking = true;
			requestAnimationFrame(update);
		}
	}, { passive: true });
	update();
}
