/**
 * Where an e-book link points: the PDF itself (the default, open), or the consultation form in
 * its e-book mode when the publisher asks for an email first (`consultation.gateEbook`).
 */

/** The e-book link's attributes: the PDF with `download`, or the form page (no `download`). */
export function ebookLink(
	pdfHref: string,
	gated: boolean,
	formHref: string,
): { href: string; download: boolean; type?: string } {
	if (!gated) return { href: pdfHref, download: true, type: 'application/pdf' };
	return { href: `${formHref}?ebook=1`, download: false };
}
