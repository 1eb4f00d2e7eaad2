/**
 * `npm run bench`: how the build scales with the size of the book. For each size it copies the real
 * chapters into a temporary folder, adds synthetic ones up to that many, builds, and measures build
 * time, dist/ size, the search index size and the bytes a first search downloads. Writes
 * tests/perf/results/bench.json and .md, and fails when cost per chapter grows faster than linearly.
 */
import { execFileSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/build/chromium.ts';
import { folderBytes, wireSize } from '../../src/build/site-files.ts';
import { PART_IDS, TOPIC_IDS } from '../../src/lib/book/parts.ts';
import { root } from '../support/built.ts';
import { serveStatic } from '../support/static-server.ts';

const SIZES = (process.env.BENCH_SIZES ?? '100,500,1000').split(',').map(Number);
const PARTS = PART_IDS;

/** Deterministic pseudo-random numbers so every run builds the same book. */
function rng(seed: number): () => number {
	let s = seed >>> 0;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const vocabulary = [
	...new Set(
		readdirSync(join(root, 'content/chapters')).flatMap(
			(f) =>
				readFileSync(join(root, 'content/chapters', f), 'utf8')
					.split('---')[2]!
					.toLowerCase()
					.match(/[a-z]{4,}/g) ?? [],
		),
	),
];

function syntheticChapter(n: number): string {
	const rand = rng(n);
	const word = () => vocabulary[Math.floor(rand() * vocabulary.length)]!;
	const sentence = () => {
		const s = Array.from({ length: 8 + Math.floor(rand() * 14) }, word).join(' ');
		return s[0]!.toUpperCase() + s.slice(1) + '.';
	};
	const paragraph = () => Array.from({ length: 4 + Math.floor(rand() * 3) }, sentence).join(' ');
	const sections = Array.from(
		{ length: 6 },
		(_, i) =>
			`## Section ${i + 1}: ${word()} ${word()}\n\n${paragraph()}\n\n${paragraph()}\n\n### Detail ${i + 1}\n\n${paragraph()}`,
	);
	return `---
title: "Synthetic chapter ${n}: ${word()} and ${word()}"
description: "A generated chapter for the scale benchmark, about ${word()}, ${word()} and ${word()} in a SOC examination."
order: ${1000 + n}
part: ${PARTS[n % PARTS.length]}
summary: "${sentence()} ${sentence()}"
takeaways: ["${sentence()}", "${sentence()}", "${sentence()}"]
updated: 2026-11-26
author: editorial
reviewer: mreyes
reviewed: 2026-11-26
topics: [${TOPIC_IDS[n % TOPIC_IDS.length]}]
sources:
  - title: "Benchmark source ${n}"
    url: "https://example.com/source/${n}"
    year: 2026
---

${paragraph()}

${sections.join('\n\n')}
`;
}

async function firstSearchBytes(dist: string): Promise<number | null> {
	if (!existsSync(join(dist, 'pagefind'))) return null;
	const server = await serveStatic(dist, '/');
	try {
		const browser = await chromium.launch(chromiumLaunchOptions());
		// Context-wide, so the requests Pagefind's worker makes are counted too; every body is read
		// before the browser closes, so no response is missed. Bytes as sent with gzip (Pagefind's
		// index files are compressed already), as the search spec measures a first search.
		const context = await browser.newContext();
		const sizes: Promise<number>[] = [];
		context.on('response', (res) => {
			if (res.url().includes('/pagefind/'))
				sizes.push(
					res.body().then(
						(b) => wireSize(b),
						() => 0,
					),
				);
		});
		const page = await context.newPage();
		await page.goto(`${server.origin}/search/?q=controls`);
		// The first page of results is on screen once its excerpts (the fragment files) have loaded.
		await page.locator('.search-result').first().waitFor();
		await page.waitForLoadState('networkidle');
		const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
		await browser.close();
		return bytes;
	} finally {
		await server.close();
	}
}

const rows: {
	chapters: number;
	buildSeconds: number;
	distBytes: number;
	indexBytes: number;
	firstSearchBytes: number | null;
}[] = [];
for (const size of SIZES) {
	const work = mkdtempSync(join(tmpdir(), `soc-bench-${size}-`));
	const content = join(work, 'chapters');
	mkdirSync(content);
	const real = readdirSync(join(root, 'content/chapters')).filter((f) => f.endsWith('.mdx'));
	for (const f of real) copyFileSync(join(root, 'content/chapters', f), join(content, f));
	for (let n = 1; n <= size - real.length; n++)
		writeFileSync(join(content, `synthetic-${n}.mdx`), syntheticChapter(n));
	const dist = join(work, 'dist');
	const started = process.hrtime.bigint();
	execFileSync('npx', ['astro', 'build'], {
		cwd: root,
		stdio: 'ignore',
		env: {
			...process.env,
			SITE_EBOOK: '0',
			SITE_CONTENT_DIR: content,
			SITE_OUT_DIR: dist,
			SITE_CACHE_DIR: join(work, 'cache'),
		},
	});
	const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
	const row = {
		chapters: size,
		buildSeconds: Number(buildSeconds.toFixed(1)),
		distBytes: folderBytes(dist),
		indexBytes: folderBytes(join(dist, 'pagefind')),
		firstSearchBytes: await firstSearchBytes(dist),
	};
	rows.push(row);
	console.log(JSON.stringify(row));
	rmSync(work, { recursive: true, force: true });
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1) + ' MB';
const kb = (n: number | null) => (n === null ? 'n/a' : (n / 1024).toFixed(0) + ' KB');
const table = [
	'| chapters | build time | per chapter | dist/ size | per chapter | search index | first search |',
	'| --- | --- | --- | --- | --- | --- | --- |',
	...rows.map(
		(r) =>
			`| ${r.chapters} | ${r.buildSeconds} s | ${((r.buildSeconds / r.chapters) * 1000).toFixed(0)} ms | ${mb(r.distBytes)} | ${kb(r.distBytes / r.chapters)} | ${mb(r.indexBytes)} | ${kb(r.firstSearchBytes)} |`,
	),
].join('\n');
mkdirSync(join(root, 'tests/perf/results'), { recursive: true });
writeFileSync(
	join(root, 'tests/perf/results/bench.json'),
	JSON.stringify({ date: new Date().toISOString().slice(0, 10), rows }, null, 2) + '\n',
);
writeFileSync(join(root, 'tests/perf/results/bench.md'), table + '\n');
console.log(`\n${table}\n`);

// Linear or better: the cost per chapter of the largest book may not exceed the smallest's by
// more than 50% (noise on a shared machine); fixed costs make it fall as the book grows.
const first = rows[0]!;
const last = rows[rows.length - 1]!;
const growth = {
	build: last.buildSeconds / last.chapters / (first.buildSeconds / first.chapters),
	dist: last.distBytes / last.chapters / (first.distBytes / first.chapters),
};
console.log(
	`per-chapter cost, largest vs smallest book: build ×${growth.build.toFixed(2)}, dist ×${growth.dist.toFixed(2)}`,
);
if (rows.length > 1 && (growth.build > 1.5 || growth.dist > 1.5)) {
	console.error('Cost per chapter grows faster than linearly.');
	process.exit(1);
}
