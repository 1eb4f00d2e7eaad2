/** The two builds the suite checks: the main one at the root and one under a sub-path. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, distBase } from './built.ts';

export interface Build {
	name: string;
	dir: string;
	base: string;
	/** The script that makes it. */
	script: string;
}

export const BUILDS: Build[] = [
	{ name: 'root build', dir: dist, base: '/', script: 'npm run build' },
	{ name: 'sub-path build', dir: distBase, base: '/soc-guide/', script: 'npm run build:base' },
];

/** Throws a clear message when a build is missing, instead of letting every check fail on its own. */
export function requireBuild(build: Build): void {
	if (!existsSync(join(build.dir, 'index.html')))
		throw new Error(`${build.dir} has no build: run \`${build.script}\` first`);
}
