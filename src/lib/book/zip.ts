/**
 * A minimal ZIP writer for the EPUB container, on node:zlib (deflate and CRC-32). EPUB needs
 * exactly what a general archiver makes awkward: the `mimetype` entry first, stored without
 * compression and without extra fields, so a reader can sniff the type at a fixed offset.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
	/** Path inside the archive, with forward slashes (e.g. 'EPUB/nav.xhtml'). */
	name: string;
	data: Uint8Array;
	/** Store the bytes as they are (required for an EPUB's mimetype); default: deflate. */
	store?: boolean;
}

/** DOS date and time fields for a ZIP header (local time fields, 2-second resolution). */
function dosDateTime(date: Date): { time: number; date: number } {
	const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
	return {
		time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
		date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
	};
}

/**
 * The ZIP archive of the entries, in the order given. `modified` stamps every entry, so the same
 * input always gives the same bytes. Names must be unique, relative and ASCII-safe.
 */
export function zip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
	const seen = new Set<string>();
	const stamp = dosDateTime(modified);
	const chunks: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const entry of entries) {
		if (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(entry.name) || entry.name.split('/').includes('..')) {
			throw new Error(`Not a safe archive path: "${entry.name}"`);
		}
		if (seen.has(entry.name)) throw new Error(`Duplicate archive path: "${entry.name}"`);
		seen.add(entry.name);
		const name = Buffer.from(entry.name, 'utf8');
		const body = entry.store ? Buffer.from(entry.data) : deflateRawSync(entry.data, { level: 9 });
		const method = entry.store ? 0 : 8;
		const crc = crc32(entry.data);

		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
		local.writeUInt16LE(0x0800, 6); // names are UTF-8
		local.writeUInt16LE(method, 8);
		local.writeUInt16LE(stamp.time, 10);
		local.writeUInt16LE(stamp.date, 12);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(entry.data.length, 22);
		local.writeUInt16LE(name.length, 26);
		local.writeUInt16LE(0, 28); // no extra field (EPUB forbids one on mimetype)

		const header = Buffer.alloc(46);
		header.writeUInt32LE(0x02014b50, 0);
		header.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
		header.writeUInt16LE(20, 6);
		header.writeUInt16LE(0x0800, 8);
		header.writeUInt16LE(method, 10);
		header.writeUInt16LE(stamp.time, 12);
		header.writeUInt16LE(stamp.date, 14);
		header.writeUInt32LE(crc, 16);
		header.writeUInt32LE(body.length, 20);
		header.writeUInt32LE(entry.data.length, 24);
		header.writeUInt16LE(name.length, 28);
		// extra, comment, disk, internal and external attributes: all zero
		header.writeUInt32LE(offset, 42);

		chunks.push(local, name, body);
		central.push(header, name);
		offset += local.length + name.length + body.length;
		if (offset > 0xffffffff) throw new Error('The archive is too large for ZIP without ZIP64');
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}
