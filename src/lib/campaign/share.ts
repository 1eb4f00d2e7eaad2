/**
 * Share links for a chapter: plain URLs to each network's own share page, so sharing needs no
 * third-party script and sends nothing until the reader chooses to.
 */

/** What is being shared: the page's canonical URL (never the reader's query string), its title and summary. */
export interface Shareable {
	url: string;
	title: string;
	description: string;
}

/** One share target. */
export interface ShareLink {
	network: 'linkedin' | 'x' | 'email';
	label: string;
	href: string;
	/** Networks open in a new tab so the reader keeps their place; email opens the mail app. */
	newTab: boolean;
}

/** LinkedIn, X and email share links for a page. `via` is the publisher's X handle without the @. */
export function shareLinks(page: Shareable, via = ''): ShareLink[] {
	const url = encodeURIComponent(page.url);
	const x = new URLSearchParams({ text: page.title, url: page.url });
	if (via) x.set('via', via.replace(/^@/, ''));
	// mailto: wants %20 for spaces (URLSearchParams would write '+', which mail apps show as is).
	const subject = encodeURIComponent(page.title);
	const body = encodeURIComponent(`${page.description}\n\n${page.url}`);
	return [
		{
			network: 'linkedin',
			label: 'LinkedIn',
			href: `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
			newTab: true,
		},
		{ network: 'x', label: 'X', href: `https://x.com/intent/tweet?${x}`, newTab: true },
		{
			network: 'email',
			label: 'Email',
			href: `mailto:?subject=${subject}&body=${body}`,
			newTab: false,
		},
	];
}
