/**
 * The favicon set, rasterised at build time from public/favicon.svg: a 32px favicon.ico for old
 * browsers and feed readers, a 180px Apple touch icon and the web app manifest's icons.
 */
import { Resvg } from '@resvg/resvg-js';

/** Icon files the site publishes, by site path. `padding` leaves the safe zone maskable icons need. */
export const ICONS = {
	'/favicon.ico': { size: 32, background: undefined, padding: 0 },
	'/apple-touch-icon.png': { size: 180, background: 'brand', padding: 0 },
	'/icon-192.png': { size: 192, background: undefined, padding: 0 },
	'/icon-512.png': { size: 512, background: undefined, padding: 0 },
	'/icon-maskable-512.png': { size: 512, background: 'brand', padding: 0.1 },
} as const;

export type IconPath = keyof typeof ICONS;

/** Renders the SVG mark as a square PNG; `background` fills the corners (iOS shows them black). */
export function renderIconPng(
	svg: string,
	size: number,
	background?: string,
	padding = 0,
): Uint8Array {
	const inner = Math.round(size * (1 - 2 * padding));
	const offset = Math.round((size - inner) / 2);
	const wrapped = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${
		background ? `<rect width="${size}" height="${size}" fill="${background}"/>` : ''
	}<image href="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" x="${offset}" y="${offset}" width="${inner}" height="${inner}"/></svg>`;
	return new Resvg(wrapped, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** Wraps one PNG in an ICO container (current browsers all read PNG data inside an ICO). */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array {
	const out = new Uint8Array(6 + 16 + png.length);
	const view = new DataView(out.buffer);
	view.setUint16(2, 1, true); // type: icon
	view.setUint16(4, 1, true); // one image
	out[6] = size >= 256 ? 0 : size; // width (0 means 256)
	out[7] = size >= 256 ? 0 : size; // height
	view.setUint16(10, 1, true); // colour planes
	view.setUint16(12, 32, true); // bits per pixel
	view.setUint32(14, png.length, true);
	view.setUint32(18, 22, true); // offset of the image data
	out.set(png, 22);
	return out;
}
