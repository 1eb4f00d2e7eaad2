/**
 * A minimal static file server for a build folder published under a base path, like a plain
 * bucket or GitHub Pages: folders serve index.html, unknown paths get 404.html, and nothing reads
 * _redirects. Used to test the sub-path build, which `astro preview` of the main build cannot serve.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

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
};

/** Serves `dir` at http://127.0.0.1:<port><base>; resolves once listening. */
export async function serveStatic(dir: string, base: string, port: number): Promise<Server> {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file: string | undefined;
		if (path.startsWith(base)) {
			const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
			const candidate = join(dir, rel);
			if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
			else if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
		}
		const status = file ? 200 : 404;
		file ??= join(dir, '404.html');
		res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return server;
}
