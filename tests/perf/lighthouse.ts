/**
 * `npm run audit`: Lighthouse (mobile preset) on each page type, three runs each, against the
 * built site served by `astro preview`. Writes tests/perf/results/lighthouse.json and .md (medians)
 * and exits non-zero when a median misses the bar: accessibility, best practices and SEO at 100,
 * performance at least 95.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../../src/build/chromium.ts';
import { dist, root } from '../support/built.ts';
import { serveStatic } from '../support/static-server.ts';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PAGES: Record<string, string> = {
	home: '/',
	chapter: '/chapters/soc-2/',
	glossary: '/glossary/',
	faq: '/faq/',
	chooser: '/chooser/',
	estimator: '/estimator/',
	readiness: '/readiness/',
	search: '/search/?q=bridge+letter',
	'404': '/404.html',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BAR: Record<(typeof CATEGORIES)[number], number> = {
	performance: 95,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
	if (!existsSync(join(dist, 'index.html')))
		throw new Error('No build in dist/: run `npm run build` first.');
	const server = await serveStatic(dist, '/');
	const origin = server.origin;
	const chromePath = chromiumPath();
	const chrome = await chromeLauncher.launch({
		...(chromePath ? { chromePath } : {}),
		chromeFlags: [
			'--headless=new',
			'--disable-gpu',
			...new Set([...chromiumArgs(), '--no-sandbox']),
		],
	});
	const results: Record<string, Record<string, number[]>> = {};
	let failed = false;
	try {
		const only = process.env.LIGHTHOUSE_ONLY?.split(',');
		for (const [type, path] of Object.entries(PAGES).filter(([t]) => !only || only.includes(t))) {
			results[type] = Object.fromEntries(CATEGORIES.map((c) => [c, [] as number[]]));
			results[type].lcp = [];
			results[type].tbt = [];
			results[type].cls = [];
			for (let i = 0; i < RUNS; i++) {
				const run = await lighthouse(`${origin}${path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: [...CATEGORIES],
				});
				const lhr = run!.lhr;
				if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
				for (const c of CATEGORIES)
					results[type][c]!.push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
				results[type].lcp.push(
					Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
				);
				results[type].tbt.push(Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0));
				results[type].cls.push(
					Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
				);
				if (i === 0) {
					const failing = Object.values(lhr.audits)
						.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
						.map((a) => a.id);
					if (failing.length > 0) console.log(`${type}: audits not passing: ${failing.join(', ')}`);
				}
			}
			const m = Object.fromEntries(Object.entries(results[type]).map(([k, v]) => [k, median(v)]));
			console.log(
				`${type.padEnd(10)} perf ${m.performance} a11y ${m.accessibility} bp ${m['best-practices']} seo ${m.seo} LCP ${m.lcp}ms TBT ${m.tbt}ms CLS ${m.cls}`,
			);
			for (const c of CATEGORIES) if (m[c]! < BAR[c]) failed = true;
		}
	} finally {
		chrome.kill();
		await server.close();
	}
	const medians = Object.fromEntries(
		Object.entries(results).map(([t, r]) => [
			t,
			Object.fromEntries(Object.entries(r).map(([k, v]) => [k, median(v)])),
		]),
	);
	const outDir = join(root, 'tests/perf/results');
	mkdirSync(outDir, { recursive: true });
	writeFileSync(
		join(outDir, 'lighthouse.json'),
		JSON.stringify(
			{
				runs: RUNS,
				preset: 'mobile',
				date: new Date().toISOString().slice(0, 10),
				results,
				medians,
			},
			null,
			2,
		) + '\n',
	);
	const table = [
		`| page type | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS |`,
		`| --- | --- | --- | --- | --- | --- | --- | --- |`,
		...Object.entries(medians).map(
			([t, m]) =>
				`| ${t} | ${m.performance} | ${m.accessibility} | ${m['best-practices']} | ${m.seo} | ${m.lcp} | ${m.tbt} | ${m.cls} |`,
		),
	].join('\n');
	writeFileSync(
		join(outDir, 'lighthouse.md'),
		`Lighthouse ${'13'} (mobile preset, simulated throttling), median of ${RUNS} runs per page type.\n\n${table}\n`,
	);
	console.log(`\n${table}\n`);
	if (failed) {
		console.error(`A median is below the bar (performance ≥ ${BAR.performance}, the others 100).`);
		process.exit(1);
	}
}

await main();
