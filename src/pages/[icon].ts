/** The favicon set (favicon.ico, apple-touch-icon.png, manifest icons) rendered from public/favicon.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ICONS, icoFromPng, renderIconPng, type IconPath } from '../lib/campaign/icons';
import { site } from '../site.config';
import svg from '../../public/favicon.svg?raw';

export const getStaticPaths = (() =>
	Object.keys(ICONS).map((path) => ({ params: { icon: path.slice(1) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const path = `/${params.icon}` as IconPath;
	const spec = ICONS[path];
	const png = renderIconPng(
		svg,
		spec.size,
		spec.background === 'brand' ? site.colors.light.accent : undefined,
		spec.padding,
	);
	const body = path.endsWith('.ico') ? icoFromPng(png, spec.size) : png;
	return new Response(body as Uint8Array<ArrayBuffer>, {
		headers: { 'Content-Type': path.endsWith('.ico') ? 'image/x-icon' : 'image/png' },
	});
};
