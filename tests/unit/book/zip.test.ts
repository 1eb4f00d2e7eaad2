import fc from 'fast-check';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zip } from '../../../src/lib/book/zip';

const MODIFIED = new Date('2026-11-26T10:20:30Z');

/** Reads an archive by its central directory, as unzip tools do, and checks each local header against it. */
function unzip(
	bytes: Uint8Array,
): { name: string; method: number; extra: number; offset: number; data: Buffer }[] {
	const buf = Buffer.from(bytes);
	const end = buf.length - 22;
	expect(buf.readUInt32LE(end), 'end of central directory record').toBe(0x06054b50);
	const count = buf.readUInt16LE(end + 10);
	let at = buf.readUInt32LE(end + 16);
	const out = [];
	for (let i = 0; i < count; i++) {
		expect(buf.readUInt32LE(at), 'central directory header').toBe(0x02014b50);
		const method = buf.readUInt16LE(at + 10);
		const crc = buf.readUInt32LE(at + 16);
		const size = buf.readUInt32LE(at + 20);
		const nameLength = buf.readUInt16LE(at + 28);
		const offset = buf.readUInt32LE(at + 42);
		const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
		at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
		expect(buf.readUInt32LE(offset), 'local file header').toBe(0x04034b50);
		expect(buf.readUInt16LE(offset + 8), 'local and central method agree').toBe(method);
		expect(buf.readUInt32LE(offset + 14), 'local and central CRC agree').toBe(crc);
		const localName = buf.readUInt16LE(offset + 26);
		const extra = buf.readUInt16LE(offset + 28);
		const start = offset + 30 + localName + extra;
		const body = buf.subarray(start, start + size);
		const data = method === 0 ? Buffer.from(body) : inflateRawSync(body);
		expect(crc32(data), `CRC of ${name}`).toBe(crc);
		out.push({ name, method, extra, offset, data });
	}
	return out;
}

describe('zip', () => {
	it('puts an EPUB mimetype first, stored and without extra field, where readers sniff it', () => {
		const bytes = zip(
			[
				{ name: 'mimetype', data: Buffer.from('application/epub+zip'), store: true },
				{ name: 'EPUB/a.xhtml', data: Buffer.from('<p>hello hello hello hello</p>') },
			],
			MODIFIED,
		);
		const [first, second] = unzip(bytes);
		expect(first).toMatchObject({ name: 'mimetype', method: 0, extra: 0, offset: 0 });
		// OCF: "mimetype" at byte 30, its content at byte 38.
		expect(Buffer.from(bytes.subarray(30, 58)).toString('latin1')).toBe(
			'mimetypeapplication/epub+zip',
		);
		expect(second!.method, 'other entries are deflated').toBe(8);
	});

	it('round-trips any set of files, in order, and gives the same bytes for the same input', () => {
		const name = fc
			.stringMatching(/^[a-z0-9_-]{1,12}(?:\/[a-z0-9_.-]{1,12}){0,2}$/)
			.filter((n) => !n.split('/').includes('..'));
		const files = fc.uniqueArray(
			fc.record({ name, data: fc.uint8Array({ maxLength: 2000 }), store: fc.boolean() }),
			{ selector: (f) => f.name, maxLength: 8 },
		);
		fc.assert(
			fc.property(files, (entries) => {
				const bytes = zip(entries, MODIFIED);
				const read = unzip(bytes);
				expect(read.map((r) => r.name)).toEqual(entries.map((e) => e.name));
				read.forEach((r, i) => expect(new Uint8Array(r.data)).toEqual(entries[i]!.data));
				expect(zip(entries, MODIFIED)).toEqual(bytes);
			}),
			{ numRuns: 100 },
		);
	}, 30_000);

	it('stamps entries with the given time (DOS format, 2-second steps)', () => {
		const buf = Buffer.from(zip([{ name: 'a', data: new Uint8Array([1]) }], MODIFIED));
		const time = buf.readUInt16LE(10);
		const date = buf.readUInt16LE(12);
		expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([10, 20, 30]);
		expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2026, 11, 26]);
	});

	it('refuses unsafe or duplicate paths', () => {
		const data = new Uint8Array();
		for (const name of ['../x', '/abs', 'a//b', '', 'a\\b', 'a/../b']) {
			expect(() => zip([{ name, data }], MODIFIED), name).toThrow(/safe archive path/);
		}
		expect(() =>
			zip(
				[
					{ name: 'a', data },
					{ name: 'a', data },
				],
				MODIFIED,
			),
		).toThrow(/Duplicate/);
	});
});
