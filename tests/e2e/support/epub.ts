/** Reads the EPUB e-book the way the tests need it: its files, and EPUBCheck's verdict. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The archive's files by path, read through its central directory as unzip tools do. */
export function unzipEpub(bytes: Uint8Array): Map<string, Buffer> {
	const buf = Buffer.from(bytes);
	const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error('Not a ZIP archive: no end of central directory');
	const count = buf.readUInt16LE(end + 10);
	let at = buf.readUInt32LE(end + 16);
	const files = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		const method = buf.readUInt16LE(at + 10);
		const size = buf.readUInt32LE(at + 20);
		const nameLength = buf.readUInt16LE(at + 28);
		const offset = buf.readUInt32LE(at + 42);
		const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
		at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
		const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
		const body = buf.subarray(start, start + size);
		files.set(name, method === 0 ? Buffer.from(body) : inflateRawSync(body));
	}
	return files;
}

export interface EpubcheckMessage {
	severity: string;
	id: string;
	message: string;
	where: string;
}

/**
 * Runs EPUBCheck (Debian's package: /usr/share/java/epubcheck.jar, or EPUBCHECK_JAR) and returns
 * every message it reports, with its severity. Run through java -jar: the package's
 * /usr/bin/epubcheck is the jar itself, which runs only where binfmt is set up for jars.
 */
export function epubcheck(file: string): { version: string; messages: EpubcheckMessage[] } {
	const jar = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';
	if (!existsSync(jar))
		throw new Error(
			`EPUBCheck not found at ${jar}: apt-get install epubcheck, or set EPUBCHECK_JAR`,
		);
	const dir = mkdtempSync(join(tmpdir(), 'epubcheck-'));
	try {
		const report = join(dir, 'report.json');
		try {
			// A short run: the quick JIT tier and the serial collector need about a third of the CPU time.
			execFileSync(
				'java',
				['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', jar, file, '--json', report],
				{ stdio: 'pipe' },
			);
		} catch {
			// EPUBCheck exits non-zero when it finds errors; the report says which.
		}
		if (!existsSync(report)) throw new Error('EPUBCheck wrote no report');
		const json = JSON.parse(readFileSync(report, 'utf8')) as {
			checker: { checkerVersion: string };
			messages: {
				severity: string;
				ID: string;
				message: string;
				locations: { path: string; line: number }[];
			}[];
		};
		return {
			version: json.checker.checkerVersion,
			messages: json.messages.map((m) => ({
				severity: m.severity,
				id: m.ID,
				message: m.message,
				where: m.locations.map((l) => `${l.path}:${l.line}`).join(', '),
			})),
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
