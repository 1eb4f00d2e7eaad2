import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: any) => { const url = new URL(String(input)); return new Response(await readFile(fileURLToPath(url))); }) as any;
const pf: any = await import(pathToFileURL('dist/pagefind/pagefind.js').href);
await pf.options({ baseUrl: '/', noWorker: true, excerptLength: 24, ranking: { termSimilarity: 6, metaWeights: { keywords: 4 } } });
for (const q of process.argv.slice(2)) {
const r = await pf.search(q);
for (const res of r.results.slice(0, 2)) {
  const d = await res.data();
  console.log('==', q, d.url, d.word_count);
  const words = d.content.split(/\s+/);
  for (const s of d.sub_results) console.log('  ', s.anchor?.id, JSON.stringify(s.title), s.locations.slice(0,8).map((l:number)=>words[l]).join(','), '|', s.excerpt.slice(0, 100), (s.weighted_locations||[]).reduce((a:number,l:any)=>a+l.balanced_score,0).toFixed(1));
}
}
await pf.destroy();
