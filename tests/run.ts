/**
 * `npm test`: every check the project has, in the order their inputs allow, on both processor
 * cores. Two lanes run side by side, each step after the one before it in its lane:
 *   - the type check and the lint, then the builds the later checks read (the site with both
 *     e-books, the site under a base path, the site with a consultation destination), then the
 *     checks of the built files;
 *   - the unit tests.
 * The browser tests come last, alone (they use both cores and need every build).
 *
 * A lane's steps write their output when they end, so the two lanes never interleave; the first
 * failure stops the other lane and the run. Each step's time is printed, and a summary at the end.
 * `npm run test:…` still runs any one step by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const LANES: string[][] = [
	['check', 'lint', 'pdf', 'build:base', 'build:consultation', 'test:dist'],
	['test:unit'],
];
const LAST = 'test:e2e';

const running = new Set<ChildProcess>();
const times: [string, number][] = [];

/** Runs `npm run <script>`; its output is kept and written when it ends, or streamed. */
function run(script: string, stream: boolean): Promise<void> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', '--silent', script], {
			stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
			env: {
				...process.env,
				FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
			},
		});
		running.add(child);
		const output: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
		child.on('error', reject);
		child.on('close', (code, signal) => {
			running.delete(child);
			const seconds = (performance.now() - started) / 1000;
			times.push([script, seconds]);
			if (signal === 'SIGTERM' && stopping) return resolve();
			process.stdout.write(
				`\n── npm run ${script} ── ${code === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(0)} s\n`,
			);
			process.stdout.write(Buffer.concat(output));
			if (code === 0) resolve();
			else reject(new Error(`npm run ${script} failed (exit code ${code ?? signal})`));
		});
	});
}

let stopping = false;
function stopAll(): void {
	stopping = true;
	for (const child of running) child.kill('SIGTERM');
}

const started = performance.now();
try {
	await Promise.all(
		LANES.map(async (lane) => {
			for (const script of lane) {
				if (stopping) return;
				await run(script, false);
			}
		}),
	).catch((error: unknown) => {
		stopAll();
		throw error;
	});
	process.stdout.write(`\n── npm run ${LAST} ──\n`);
	await run(LAST, true);
	const width = Math.max(...times.map(([s]) => s.length));
	process.stdout.write(`\nAll passed in ${((performance.now() - started) / 1000).toFixed(0)} s:\n`);
	for (const [script, seconds] of times)
		process.stdout.write(`  ${script.padEnd(width)}  ${seconds.toFixed(0).padStart(4)} s\n`);
} catch (error) {
	process.stderr.write(`\n${(error as Error).message}\n`);
	process.exitCode = 1;
}
