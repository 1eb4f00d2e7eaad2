import { chromium } from 'playwright-core';
const [url, out, w = '1400', theme = 'light'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: +w, height: 900 }, colorScheme: theme });
p.on('console', m => console.log('console', m.type(), m.text()));
await p.goto(url); await p.screenshot({ path: out, fullPage: false }); await b.close();
