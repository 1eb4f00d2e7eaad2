/**
 * The test server must close while a browser still holds connections to it: tests close it in a
 * `finally` with their page still open. A connection opened ahead of need (as Chromium does) and a
 * used keep-alive connection stand in for the browser.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../support/static-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(origin: string): Promise<Socket> {
	const { hostname, port } = new URL(origin);
	return new Promise((done, fail) => {
		const socket = connect(Number(port), hostname, () => done(socket));
		socket.on('error', fail);
	});
}

/** Resolves to 'closed' or, if close() is still waiting after `ms`, to 'still open'. */
function closeWithin(close: () => Promise<void>, ms: number): Promise<string> {
	let timer: NodeJS.Timeout | undefined;
	return Promise.race([
		close().then(() => 'closed'),
		new Promise<string>((done) => (timer = setTimeout(() => done('still open'), ms))),
	]).finally(() => clearTimeout(timer));
}

describe('serveStatic', () => {
	it('closes at once while a client holds an unused and a kept-alive connection', async () => {
		const server = await serveStatic(dir, '/soc-guide/');
		const used = await open(server.origin);
		used.write('GET /soc-guide/ HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
		const reply = await new Promise<string>((done) =>
			used.once('data', (b: Buffer) => done(b.toString())),
		);
		expect(reply).toMatch(/^HTTP\/1\.1 200/);
		const spare = await open(server.origin);
		const ended = Promise.all(
			[used, spare].map((s) => new Promise((done) => s.once('close', done))),
		);

		// Without ending every connection, close() waits for the spare one for as long as the client keeps it.
		expect(await closeWithin(server.close, 10_000)).toBe('closed');
		await ended;
	});
});
