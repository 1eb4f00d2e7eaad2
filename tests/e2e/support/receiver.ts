/**
 * A real HTTP receiver for consultation requests on a free loopback port: it records every
 * submission (path, content type, parsed body) and can be told to answer the next one with a
 * server error or slowly. It answers CORS preflights as a real cross-site form endpoint must.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from '../../support/static-server.ts';

export interface Submission {
	path: string;
	contentType: string;
	/** The body parsed by its content type: JSON, or form fields as an object. */
	body: Record<string, unknown>;
	raw: string;
}

export interface Receiver {
	origin: string;
	submissions: Submission[];
	/** How the next POST is answered: 'fail' (500), 'slow' (after `slowMs`), or normally. */
	next: 'ok' | 'fail' | 'slow';
	slowMs: number;
	close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

export async function startReceiver(): Promise<Receiver> {
	const receiver: Receiver = {
		origin: '',
		submissions: [],
		next: 'ok',
		slowMs: 3000,
		close: async () => {},
	};
	const cors = {
		'access-control-allow-origin': '*',
		'access-control-allow-methods': 'POST',
		'access-control-allow-headers': 'content-type',
	};
	const receive = async (req: IncomingMessage, res: ServerResponse) => {
		if (req.method === 'OPTIONS') {
			res.writeHead(204, cors).end();
			return;
		}
		if (req.method !== 'POST') {
			res.writeHead(405, cors).end();
			return;
		}
		const raw = await readBody(req);
		const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
		const mode = receiver.next;
		receiver.next = 'ok';
		if (mode === 'fail') {
			res
				.writeHead(500, { ...cors, 'content-type': 'text/plain' })
				.end('receiver: failing on purpose');
			return;
		}
		if (mode === 'slow') await new Promise((done) => setTimeout(done, receiver.slowMs));
		const body =
			contentType === 'application/json'
				? (JSON.parse(raw) as Record<string, unknown>)
				: Object.fromEntries(new URLSearchParams(raw));
		receiver.submissions.push({
			path: new URL(req.url ?? '/', 'http://x').pathname,
			contentType,
			body,
			raw,
		});
		res
			.writeHead(200, { ...cors, 'content-type': 'text/html; charset=utf-8' })
			.end(
				'<!doctype html><html lang="en"><title>Received</title><h1>Request received</h1></html>',
			);
	};
	// A request it cannot read (a body that is not JSON) gets an error the test sees, instead of an
	// unhandled rejection that stops the test run.
	const server: Server = createServer((req, res) => {
		receive(req, res).catch((error: unknown) => {
			if (!res.headersSent) res.writeHead(400, { ...cors, 'content-type': 'text/plain' });
			res.end(`receiver: ${String(error)}`);
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	receiver.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	// Every connection ends with it: a page still open must not keep close() waiting.
	receiver.close = () => closeServer(server);
	return receiver;
}
