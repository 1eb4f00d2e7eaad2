/** The web app manifest: name, colours and icons, so "Add to home screen" looks like the guide. */
import type { APIRoute } from 'astro';
import { href } from '../lib/site/href';
import { site } from '../site.config';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			{
				name: site.title,
				short_name: site.shortTitle,
				description: site.tagline,
				lang: site.lang,
				start_url: href('/'),
				scope: href('/'),
				display: 'browser',
				background_color: '#ffffff',
				theme_color: site.colors.light.accent,
				icons: [
					{ src: href('/icon-192.png'), sizes: '192x192', type: 'image/png' },
					{ src: href('/icon-512.png'), sizes: '512x512', type: 'image/png' },
					{
						src: href('/icon-maskable-512.png'),
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable',
					},
				],
			},
			null,
			2,
		),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
