import fc from 'fast-check';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import {
	addPdfMetadata,
	pdfDate,
	pdfTextString,
	type PdfMetadata,
} from '../../../src/lib/book/pdf-metadata';

/** A one-page tagged PDF laid out as Chromium writes one: classic xref table, Info and catalog. */
function tinyPdf({ lang = true } = {}): Uint8Array {
	const objects = [
		`<</Type /Pages /Kids [3 0 R] /Count 1>>`,
		`<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /StructParents 0>>`,
		`<</Length 0>>\nstream\n\nendstream`,
		`<</Type /StructTreeRoot /K [] /ParentTreeNextKey 1>>`,
		`<</Creator (Test \\(tool\\)) /Producer (Skia/PDF m156) /CreationDate (D:20261204123435+00'00')>>`,
		`<</Type /Catalog /Pages 2 0 R /MarkInfo <</Type /MarkInfo /Marked true>> /StructTreeRoot 5 0 R${lang ? ' /Lang (en)' : ''}>>`,
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((o, i) => {
		offsets.push(body.length);
		body += `${i + 2} 0 obj\n${o}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 2}\n0000000000 65535 f \n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	body += `trailer\n<</Size ${objects.length + 2}\n/Root 7 0 R\n/Info 6 0 R>>\nstartxref\n${xref}\n%%EOF`;
	return new Uint8Array(Buffer.from(body, 'latin1'));
}

const META: PdfMetadata = {
	title: 'SOC Reports: Your Complete Guide',
	author: 'Northbridge Assurance',
	subject: 'A guide — with “quotes” & <marks>',
	lang: 'en-US',
	keywords: ['SOC 2', 'attestation'],
	created: new Date('2026-12-04T12:00:00Z'),
};

/** Checks the update the way a strict reader does: the last xref points at each object it lists. */
function checkXref(bytes: Uint8Array): void {
	const pdf = Buffer.from(bytes).toString('latin1');
	const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf)![1]);
	expect(pdf.startsWith('xref', start), 'startxref points at the new xref section').toBe(true);
	const section = pdf.slice(start, pdf.indexOf('trailer', start));
	const rows = [...section.matchAll(/^(\d+) 1\r?\n(\d{10}) 00000 n(\r\n| \n)/gm)];
	expect(rows.length, 'one entry per updated object').toBeGreaterThanOrEqual(3);
	for (const [, num, offset] of rows)
		expect(
			pdf.startsWith(`${num} 0 obj`, Number(offset)),
			`object ${num} is where the xref says`,
		).toBe(true);
	expect(pdf.slice(pdf.indexOf('trailer', start))).toMatch(/\/Prev \d+/);
}

describe('addPdfMetadata', () => {
	it('adds an XMP stream and Info fields a PDF reader reads back, keeping language, producer and creation date', async () => {
		const updated = addPdfMetadata(tinyPdf(), META);
		checkXref(updated);
		const doc = await getDocumentProxy(new Uint8Array(updated));
		const { info, metadata } = (await doc.getMetadata()) as unknown as {
			info: Record<string, unknown>;
			metadata: { get(k: string): unknown };
		};
		expect(info.Title).toBe(META.title);
		expect(info.Author).toBe(META.author);
		expect(info.Subject).toBe(META.subject);
		expect(info.Keywords).toBe('SOC 2, attestation');
		expect(info.Language, 'the catalog language Chromium wrote is kept').toBe('en');
		expect(info.Producer).toBe('Skia/PDF m156');
		expect(info.Creator).toBe('Test (tool)');
		expect(metadata.get('dc:title')).toBe(META.title);
		expect([metadata.get('dc:language')].flat()).toEqual(['en-US']);
		expect([metadata.get('dc:creator')].flat()).toEqual([META.author]);
		expect(doc.numPages).toBe(1);
		await doc.loadingTask.destroy();
	});

	it('sets the catalog language when the PDF has none, and maps PDF 2.0 structure types for PDF 1.x readers', async () => {
		const updated = addPdfMetadata(tinyPdf({ lang: false }), META);
		checkXref(updated);
		const doc = await getDocumentProxy(new Uint8Array(updated));
		expect(((await doc.getMetadata()).info as unknown as Record<string, unknown>).Language).toBe(
			'en-US',
		);
		await doc.loadingTask.destroy();
		expect(Buffer.from(updated).toString('latin1')).toMatch(
			/5 0 obj\n<<\/Type \/StructTreeRoot[^]*\/RoleMap <<\/Strong \/Span\n\/Em \/Span>>>>/,
		);
	});

	it('leaves the printed bytes untouched and refuses to add a second metadata stream', () => {
		const original = tinyPdf();
		const updated = addPdfMetadata(original, META);
		expect(updated.subarray(0, original.length)).toEqual(original);
		expect(() => addPdfMetadata(updated, META)).toThrow(/already has an XMP/);
		expect(() => addPdfMetadata(new Uint8Array(Buffer.from('%PDF-1.4\nnot a pdf')), META)).toThrow(
			/startxref/,
		);
	});
});

describe('pdfTextString and pdfDate', () => {
	it('encodes any text as UTF-16BE hex that decodes back', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (s) => {
				const hex = pdfTextString(s);
				expect(hex).toMatch(/^<FEFF(?:[0-9A-F]{4})*>$/);
				expect(Buffer.from(hex.slice(5, -1), 'hex').swap16().toString('utf16le')).toBe(s);
			}),
		);
	});
	it('writes UTC dates', () => {
		expect(pdfDate(new Date('2026-01-02T03:04:05.678Z'))).toBe('D:20260102030405Z');
	});
});
