/**
 * Share cards (Open Graph images): where each page's image lives and how it is laid out. The
 * layout is a plain element tree in the shape satori renders, so it is testable without it.
 */

/** Open Graph image size recommended by the large-card formats (LinkedIn, X, Facebook, Slack). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Site path of a page's share image: '/' → '/og/home.png', '/chapters/x/' → '/og/chapters/x.png'. */
export function ogImagePath(pagePath: string): string {
	const clean = pagePath
		.split(/[?#]/, 1)[0]!
		.replace(/^\/+|\/+$/g, '')
		.replace(/\.html$/, '');
	return `/og/${clean === '' ? 'home' : clean}.png`;
}

/**
 * The page a share image belongs to, the inverse of ogImagePath: '/og/home.png' → '/',
 * '/og/chapters/x.png' → '/chapters/x/'; null for anything that is not a share image's path.
 */
export function pageForOgImage(imagePath: string): string | null {
	const match = /^\/og\/((?:[\w-]+\/)*[\w-]+)\.png$/.exec(imagePath);
	if (!match) return null;
	return match[1] === 'home' ? '/' : `/${match[1]}/`;
}

/** What a share card shows. */
export interface ShareCard {
	/** The page title, without the site name. */
	title: string;
	/** A short line above the title: the chapter's part, or the kind of page. */
	kicker: string;
	/** The guide's title, shown at the bottom. */
	siteTitle: string;
	/** The publisher's name, shown with the mark at the top. */
	publisher: string;
	/** The host the guide lives on, e.g. 'socguide.example.com'. */
	host: string;
}

/** Brand colours of the card: the light theme's accent as background, its text colour on top. */
export interface CardColors {
	background: string;
	text: string;
}

/** A node of the element tree satori renders (the same shape React elements have). */
export interface CardNode {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: (CardNode | string)[] | string;
		[k: string]: unknown;
	};
}

/**
 * Title size that keeps long titles to about three lines at 1200px: the width per character of
 * Inter Bold is roughly 0.55em, and the text column is about 1040px wide.
 */
export function titleFontSize(title: string): number {
	const length = [...title].length;
	if (length <= 28) return 76;
	if (length <= 48) return 68;
	if (length <= 72) return 58;
	if (length <= 100) return 50;
	return 42;
}

/** Shortens text that would not fit at the smallest size, at a word boundary, with an ellipsis. */
export function clampText(text: string, max: number): string {
	const chars = [...text.trim()];
	if (chars.length <= max) return chars.join('');
	const cut = chars.slice(0, max - 1).join('');
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

const el = (
	type: string,
	style: Record<string, string | number>,
	children: (CardNode | string)[] | string,
): CardNode => ({
	type,
	props: { style, children },
});

/** The card's element tree: mark and publisher, kicker, title, and the guide's name and host. */
export function shareCardTree(card: ShareCard, colors: CardColors, markDataUrl: string): CardNode {
	const title = clampText(card.title, 130);
	const muted = { opacity: 0.85 };
	const mark: CardNode = {
		type: 'img',
		props: {
			src: markDataUrl,
			width: 56,
			height: 56,
			style: { marginRight: 20, borderRadius: 12, border: `3px solid ${colors.text}` },
		},
	};
	// Absolute insets rather than padding: satori sizes a padded 100% box past the canvas.
	const content = el(
		'div',
		{
			position: 'absolute',
			top: 64,
			right: 80,
			bottom: 64,
			left: 80,
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
		},
		[
			el('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700 }, [
				mark,
				card.publisher,
			]),
			el('div', { display: 'flex', flexDirection: 'column' }, [
				...(card.kicker
					? [
							el(
								'div',
								{ fontSize: 30, fontWeight: 400, marginBottom: 20, ...muted },
								clampText(card.kicker, 60),
							),
						]
					: []),
				el(
					'div',
					{ fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 },
					title,
				),
			]),
			el(
				'div',
				{
					display: 'flex',
					justifyContent: 'space-between',
					fontSize: 26,
					fontWeight: 400,
					...muted,
				},
				[el('div', {}, clampText(card.siteTitle, 48)), el('div', {}, card.host)],
			),
		],
	);
	return el(
		'div',
		{
			width: '100%',
			height: '100%',
			display: 'flex',
			background: colors.background,
			color: colors.text,
			fontFamily: 'Inter',
		},
		[content],
	);
}

/** Reads width and height from a PNG's header (IHDR), or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** What a share card needs from the white-label config. */
export interface CardSite {
	title: string;
	tagline: string;
	publisher: string;
	url: string;
}

/** A meta tag's content in built HTML, entities decoded. */
function meta(html: string, key: string): string | undefined {
	const re = new RegExp(
		`<meta\\s+(?:property|name)="${key.replace(/[:.]/g, '\\$&')}"\\s+content="([^"]*)"`,
	);
	const raw = re.exec(html)?.[1];
	return raw
		?.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** The card a built page asks for, or null when the page has no image of ours (redirect stubs). */
export function cardForPage(
	html: string,
	imagePrefix: string,
	site: CardSite,
): { image: string; card: ShareCard } | null {
	const image = meta(html, 'og:image');
	if (!image?.startsWith(imagePrefix)) return null;
	const title = meta(html, 'og:title') ?? site.title;
	const isHome = title === site.title;
	return {
		image: image.slice(imagePrefix.length),
		card: {
			// The home card would repeat the guide's name, so it shows the pitch instead.
			title: isHome ? (meta(html, 'og:description') ?? site.tagline) : title,
			kicker: meta(html, 'article:section') ?? '',
			siteTitle: site.title,
			publisher: site.publisher,
			host: new URL(site.url).host,
		},
	};
}
