/**
 * A minimal static file server for a build folder published under a base path, like a plain
 * bucket or GitHub Pages: folders serve index.html, unknown paths get 404.html, and nothing reads
 * _redirects. Used to test the sub-path build (dist-base at /soc-guide/), which `astro preview` of
 * the main build cannot serve.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.pdf': 'application/pdf',
};

/** Serves `dir` at `base` on a free loopback port; resolves to its origin and a close function. */
export async function serveStatic(dir: string, base: string): Promise<{ origin: string; close: () => Promise<void> }> {
	const root = resolve(dir);
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = path.startsWith(base) ? resolve(root, `./${path.slice(base.length)}`) : '';
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file || !(file === root || file.startsWith(root + sep)) || !existsSync(file)) {
			res.writeHead(404, { 'Content-Type': TYPES['.html']! });
			createReadStream(join(root, '404.html')).pipe(res);
			return;
		}
		res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((done) => server.close(() => done())),
	};
}
