/**
 * The one static file server the tests, the Lighthouse audit and the scale benchmark use: a build
 * folder published under a base path, like a plain bucket or GitHub Pages. Folders serve
 * index.html, unknown paths get 404.html with a 404, nothing reads _redirects, and text is sent
 * gzipped when the browser asks for it (as `astro preview` and every real host do, so byte and
 * speed measurements match what readers get).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileForUrlPath, gzip, normalizeBase } from '../../src/build/site-files.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
};
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest\+json|xml)|image\/svg)/;

export interface StaticServer {
	/** e.g. http://127.0.0.1:40123 (the base path is not included). */
	origin: string;
	close: () => Promise<void>;
}

/** Serves `dir` at `base` on `port` (default: a free one) on the loopback interface. */
export async function serveStatic(dir: string, base = '/', port = 0): Promise<StaticServer> {
	const b = normalizeBase(base);
	const server: Server = createServer((req, res) => {
		const pathname = new URL(req.url ?? '/', 'http://x').pathname;
		const file = fileForUrlPath(dir, b, pathname);
		// A folder without its trailing slash: send the reader to the folder, as hosts do.
		if (file?.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
			res.writeHead(301, { Location: `${pathname}/${new URL(req.url ?? '/', 'http://x').search}` });
			res.end();
			return;
		}
		const status = file ? 200 : 404;
		const path = file ?? join(dir, '404.html');
		const type = TYPES[extname(path)] ?? 'application/octet-stream';
		let body: Buffer;
		try {
			body = readFileSync(path);
		} catch {
			res.writeHead(404, { 'Content-Type': 'text/plain' });
			res.end('Not found');
			return;
		}
		const headers: Record<string, string> = { 'Content-Type': type };
		if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			body = gzip(body);
			headers['Content-Encoding'] = 'gzip';
			headers['Vary'] = 'Accept-Encoding';
		}
		res.writeHead(status, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${actual}`,
		close: () => closeServer(server),
	};
}

/**
 * Stops a test server and ends every connection to it, so closing never waits on the browser.
 * `server.close()` alone ends only idle keep-alive connections: one that a browser opened ahead
 * of need and has not sent a request on yet counts as active in Node, and close() also stops the
 * headers timeout that would otherwise end it, so close() waits until the browser drops the
 * socket (when its page or context closes, after the test that awaits close() has timed out).
 * Tests close their servers while their page is still open, so every connection goes.
 */
export function closeServer(server: Server): Promise<void> {
	return new Promise<void>((done, fail) => {
		server.close((error) => (error ? fail(error) : done()));
		server.closeAllConnections();
	});
}
