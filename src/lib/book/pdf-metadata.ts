/**
 * Document metadata for the PDF e-book. Chromium's print writes a tagged PDF with a title, a
 * catalog language and an outline, but no XMP metadata stream and no author or subject; assistive
 * technology and catalogues (and PDF/UA checkers) read XMP. This adds it as an incremental update:
 * the printed bytes stay as they are, and new versions of the catalog and the Info dictionary,
 * plus the XMP stream, are appended with a cross-reference section that points back to the old one.
 */

export interface PdfMetadata {
	title: string;
	/** Author(s); the publisher for this book. */
	author: string;
	subject: string;
	/** BCP 47 language, e.g. 'en'. */
	lang: string;
	keywords: readonly string[];
	/** When the book was printed. */
	created: Date;
}

/** A PDF text string: UTF-16BE with a byte-order mark, in hex, so any character is safe. */
export function pdfTextString(text: string): string {
	let hex = 'FEFF';
	for (let i = 0; i < text.length; i++)
		hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
	return `<${hex}>`;
}

/** A PDF date string, in UTC: D:YYYYMMDDHHmmSSZ. */
export function pdfDate(date: Date): string {
	return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

const xml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XMP packet: Dublin Core title, creator, description, language and subjects, with dates and producer. */
export function xmpPacket(meta: PdfMetadata, producer: string): string {
	const date = meta.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
	return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>${xml(meta.lang)}</rdf:li></rdf:Bag></dc:language>
<dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
<xmp:CreatorTool>${xml(producer)}</xmp:CreatorTool>
<pdf:Producer>${xml(producer)}</pdf:Producer>
<pdf:Keywords>${xml(meta.keywords.join(', '))}</pdf:Keywords>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

/** The dictionary that starts at `start` (at its `<<`), up to and including its `>>`. */
function dictionaryAt(pdf: string, start: number): string {
	let depth = 0;
	for (let i = start; i < pdf.length; i++) {
		const c = pdf[i];
		if (c === '(') {
			// A literal string: skip it, minding escapes and balanced parentheses.
			let parens = 1;
			for (i++; i < pdf.length && parens > 0; i++) {
				if (pdf[i] === '\\') i++;
				else if (pdf[i] === '(') parens++;
				else if (pdf[i] === ')') parens--;
			}
			i--;
		} else if (c === '<' && pdf[i + 1] === '<') {
			depth++;
			i++;
		} else if (c === '>' && pdf[i + 1] === '>') {
			depth--;
			i++;
			if (depth === 0) return pdf.slice(start, i + 1);
		}
	}
	throw new Error('Unterminated dictionary in the PDF');
}

/** The dictionary of the last definition of object `num` (the one an update would replace). */
function objectDictionary(pdf: string, num: number): string {
	const re = new RegExp(`(?:^|[\\r\\n\\s])${num} 0 obj\\s*<<`, 'g');
	let last = -1;
	for (const m of pdf.matchAll(re)) last = m.index + m[0].length - 2;
	if (last < 0) throw new Error(`The PDF has no object ${num}`);
	return dictionaryAt(pdf, last);
}

/** A top-level literal or hex string value of a dictionary, as written. */
function rawValue(dict: string, key: string): string | undefined {
	const m = new RegExp(`/${key}\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>)`).exec(dict);
	return m?.[1];
}

/**
 * Chromium tags bold and italic text as Strong and Em, structure types PDF 2.0 added; the file
 * says PDF 1.4, where a type outside the standard set needs a role map to one inside it, or
 * readers (poppler: "StructElem object is wrong type") may drop the element. Maps them to Span.
 */
const ROLE_MAP = { Strong: 'Span', Em: 'Span' };

/** A new version of the structure tree root with the role map, when the PDF is tagged and has none. */
function structureRoleMap(pdf: string, catalog: string): [number, Buffer][] {
	const ref = /\/StructTreeRoot\s+(\d+)\s+0\s+R/.exec(catalog);
	if (!ref) return [];
	const num = Number(ref[1]);
	const tree = objectDictionary(pdf, num);
	if (/\/RoleMap\s/.test(tree)) return [];
	const roles = Object.entries(ROLE_MAP)
		.map(([from, to]) => `/${from} /${to}`)
		.join('\n');
	return [
		[
			num,
			Buffer.from(
				`${num} 0 obj\n${tree.slice(0, -2)}\n/RoleMap <<${roles}>>>>\nendobj\n`,
				'latin1',
			),
		],
	];
}

/** The PDF with the metadata added by an incremental update (see the file comment). */
export function addPdfMetadata(bytes: Uint8Array, meta: PdfMetadata): Uint8Array {
	const pdf = Buffer.from(bytes).toString('latin1');
	const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf);
	if (!startxref) throw new Error('The PDF does not end with startxref and %%EOF');
	const previous = Number(startxref[1]);
	if (!pdf.startsWith('xref', previous))
		throw new Error('The PDF uses a cross-reference stream, which this update does not handle');
	const trailerAt = pdf.indexOf('trailer', previous);
	if (trailerAt < 0) throw new Error('The PDF has no trailer');
	const trailer = dictionaryAt(pdf, pdf.indexOf('<<', trailerAt));
	const number = (key: string) => {
		const m = new RegExp(`/${key}\\s+(\\d+)(?:\\s+0\\s+R)?`).exec(trailer);
		if (!m) throw new Error(`The PDF trailer has no /${key}`);
		return Number(m[1]);
	};
	const size = number('Size');
	const root = number('Root');
	const infoNumber = /\/Info\s+\d+\s+0\s+R/.test(trailer) ? number('Info') : size + 1;
	const metadataNumber = size;
	const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];

	const catalog = objectDictionary(pdf, root);
	if (/\/Metadata\s/.test(catalog)) throw new Error('The PDF already has an XMP metadata stream');
	const added = [
		`/Metadata ${metadataNumber} 0 R`,
		...(/\/Lang\s*[(<]/.test(catalog) ? [] : [`/Lang ${pdfTextString(meta.lang)}`]),
	];
	const newCatalog = `${catalog.slice(0, -2)}\n${added.join('\n')}>>`;

	const oldInfo = infoNumber < size ? objectDictionary(pdf, infoNumber) : '<<>>';
	const producer = rawValue(oldInfo, 'Producer');
	const creator = rawValue(oldInfo, 'Creator');
	const created = rawValue(oldInfo, 'CreationDate') ?? `(${pdfDate(meta.created)})`;
	const info = [
		`/Title ${pdfTextString(meta.title)}`,
		`/Author ${pdfTextString(meta.author)}`,
		`/Subject ${pdfTextString(meta.subject)}`,
		`/Keywords ${pdfTextString(meta.keywords.join(', '))}`,
		...(creator ? [`/Creator ${creator}`] : []),
		...(producer ? [`/Producer ${producer}`] : []),
		`/CreationDate ${created}`,
		`/ModDate ${created}`,
	];
	const producerText = producer?.startsWith('(')
		? producer.slice(1, -1).replace(/\\(.)/g, '$1')
		: 'Chromium';
	const packet = Buffer.from(xmpPacket(meta, producerText), 'utf8');

	const objects: [number, Buffer][] = [
		[root, Buffer.from(`${root} 0 obj\n${newCatalog}\nendobj\n`, 'latin1')],
		...structureRoleMap(pdf, catalog),
		[infoNumber, Buffer.from(`${infoNumber} 0 obj\n<<${info.join('\n')}>>\nendobj\n`, 'latin1')],
		[
			metadataNumber,
			Buffer.concat([
				Buffer.from(
					`${metadataNumber} 0 obj\n<</Type /Metadata\n/Subtype /XML\n/Length ${packet.length}>>\nstream\n`,
					'latin1',
				),
				packet,
				Buffer.from('\nendstream\nendobj\n', 'latin1'),
			]),
		],
	];
	const chunks: Buffer[] = [
		Buffer.from(bytes),
		Buffer.from(pdf.endsWith('\n') ? '' : '\n', 'latin1'),
	];
	let offset = chunks.reduce((n, c) => n + c.length, 0);
	const entries: [number, number][] = [];
	for (const [num, body] of objects) {
		entries.push([num, offset]);
		chunks.push(body);
		offset += body.length;
	}
	const xref = [
		'xref',
		...entries
			.sort((a, b) => a[0] - b[0])
			.flatMap(([num, at]) => [`${num} 1`, `${String(at).padStart(10, '0')} 00000 n\r`]),
	].join('\n');
	const newSize = Math.max(size, ...entries.map(([n]) => n + 1));
	const newTrailer = `trailer\n<</Size ${newSize}\n/Root ${root} 0 R\n/Info ${infoNumber} 0 R\n/Prev ${previous}${id ? `\n/ID ${id}` : ''}>>\nstartxref\n${offset}\n%%EOF\n`;
	chunks.push(Buffer.from(`${xref}\n${newTrailer}`, 'latin1'));
	return new Uint8Array(Buffer.concat(chunks));
}
