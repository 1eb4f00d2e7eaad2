/** Chapter page behaviour: sidebar disclosure, copy-link and share controls, TOC highlight, events. */
import { track } from './analytics';

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
	menuButton.addEventListener('click', () =>
		setOpen(menuButton.getAttribute('aria-expanded') !== 'true'),
	);
	narrow.addEventListener('change', () => setOpen(false));
	menu.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && narrow.matches) {
			setOpen(false);
			menuButton.focus();
		}
	});
}

// The contents bar (below the rail's width) folds away once the reader picks a section.
const tocInline = document.querySelector<HTMLDetailsElement>('details.toc-inline');
if (tocInline) {
	tocInline.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) tocInline.open = false;
	});
	tocInline.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && tocInline.open) {
			tocInline.open = false;
			tocInline.querySelector('summary')?.focus();
		}
	});
}

// Glossary terms: a click, tap or Enter opens the definition in a popover with a link to the
// entry, instead of leaving the chapter. One popover serves every term on the page; the
// definitions come from the glossary's JSON, fetched when the reader first reaches for a term.
type Definitions = Record<string, { term: string; definition: string } | undefined>;
let definitions: Promise<Definitions> | undefined;
let pop: HTMLElement | undefined;
let popTerm: HTMLAnchorElement | undefined;

function loadDefinitions(term: HTMLAnchorElement): Promise<Definitions> {
	definitions ??= fetch(
		new URL('terms.json', new URL(term.getAttribute('href') ?? '', location.href)),
	)
		.then((r) =>
			r.ok ? (r.json() as Promise<Definitions>) : Promise.reject(new Error(String(r.status))),
		)
		.catch((error: unknown) => {
			definitions = undefined;
			throw error;
		});
	return definitions;
}

function closeTerm(returnFocus: boolean): void {
	if (!pop || !popTerm) return;
	pop.hidden = true;
	popTerm.setAttribute('aria-expanded', 'false');
	if (returnFocus) popTerm.focus();
	popTerm = undefined;
}

function buildPopover(): HTMLElement {
	const box = document.createElement('div');
	box.className = 'term-pop';
	box.id = 'term-pop';
	box.setAttribute('role', 'dialog');
	box.tabIndex = -1;
	box.hidden = true;
	box.innerHTML =
		'<p class="term-pop-name"></p><p class="term-pop-def"></p><p class="term-pop-actions"><a></a><button type="button" class="icon-button">Close</button></p>';
	box.querySelector('button')!.addEventListener('click', () => closeTerm(true));
	box.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			event.stopPropagation();
			closeTerm(true);
		}
	});
	// Focus or a tap outside the popover (other than on its term) closes it.
	box.addEventListener('focusout', (event) => {
		const to = event.relatedTarget as Node | null;
		if (to && !box.contains(to) && to !== popTerm) closeTerm(false);
	});
	document.addEventListener('pointerdown', (event) => {
		const target = event.target as Node;
		if (popTerm && !box.contains(target) && !popTerm.contains(target)) closeTerm(false);
	});
	document.body.append(box);
	return box;
}

async function openTerm(term: HTMLAnchorElement): Promise<void> {
	const id = term.dataset['term'] ?? '';
	let entry: Definitions[string];
	try {
		entry = (await loadDefinitions(term))[id];
	} catch {
		entry = undefined;
	}
	// Without the definition (offline, an unknown id) the link does what a link does.
	if (!entry) {
		location.href = term.href;
		return;
	}
	pop ??= buildPopover();
	closeTerm(false);
	pop.setAttribute('aria-label', `Glossary: ${entry.term}`);
	pop.querySelector('.term-pop-name')!.textContent = entry.term;
	pop.querySelector('.term-pop-def')!.textContent = entry.definition;
	const link = pop.querySelector('a')!;
	link.setAttribute('href', term.getAttribute('href') ?? '');
	link.textContent = `“${entry.term}” in the glossary`;
	pop.hidden = false;
	// Under the term, kept inside the screen (the popover is placed in page coordinates).
	const rect = term.getBoundingClientRect();
	pop.style.left = `${Math.max(8, Math.min(rect.left, innerWidth - pop.offsetWidth - 8)) + scrollX}px`;
	pop.style.top = `${rect.bottom + scrollY + 6}px`;
	term.setAttribute('aria-expanded', 'true');
	term.setAttribute('aria-controls', pop.id);
	popTerm = term;
	pop.focus({ preventScroll: true });
}

for (const term of document.querySelectorAll<HTMLAnchorElement>('a.term[data-term]')) {
	term.setAttribute('aria-expanded', 'false');
	// Intent: fetch the definitions before the click lands.
	for (const type of ['pointerenter', 'focus', 'touchstart'] as const) {
		term.addEventListener(type, () => void loadDefinitions(term).catch(() => undefined), {
			once: true,
			passive: true,
		});
	}
	term.addEventListener('click', (event) => {
		if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		if (popTerm === term) closeTerm(true);
		else void openTerm(term);
	});
}

// The chapter this page shows, for analytics events.
const article = document.querySelector<HTMLElement>('[data-chapter]');
const chapter = article?.dataset.chapter ?? '';
if (article) {
	track('chapter_view', {
		chapter,
		title: document.querySelector('h1')?.textContent?.trim() ?? '',
		part: article.dataset.part ?? '',
		order: Number(article.dataset.order),
	});
}

/** Copies a URL and says so on the control; false when the clipboard refuses. */
async function copy(url: string, control: HTMLElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(url);
	} catch {
		return false;
	}
	control.dataset.copied = '';
	announce('Link copied');
	setTimeout(() => delete control.dataset.copied, 2000);
	return true;
}

// Copy link: the canonical URL plus the section's anchor, never the current query string.
const canonical =
	document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
	location.origin + location.pathname;
for (const link of document.querySelectorAll<HTMLAnchorElement>('a.copy-link')) {
	link.addEventListener('click', (event) => {
		event.preventDefault();
		void copy(`${canonical}${link.hash}`, link).then((copied) => {
			if (copied) track('section_link_copy', { chapter, section: link.hash.slice(1) });
			// Clipboard refused (permissions, insecure origin): fall back to going to the section.
			else location.hash = link.hash;
		});
	});
}

// Share controls: the copy button needs the clipboard; the network links are plain links.
for (const control of document.querySelectorAll<HTMLElement>('[data-share]')) {
	const network = control.dataset.share as 'copy' | 'linkedin' | 'x' | 'email';
	control.addEventListener('click', () => {
		if (network !== 'copy') track('share_click', { chapter, network });
		else
			void copy(canonical, control).then((copied) => {
				if (copied) track('share_click', { chapter, network });
				else announce('Copying was blocked: copy the address from the address bar');
			});
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
	addEventListener(
		'scroll',
		() => {
			if (!ticking) {
				ticking = true;
				requestAnimationFrame(update);
			}
		},
		{ passive: true },
	);
	update();
}
