import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataLayerEntry, DOM_EVENT_PREFIX, EVENT_NAMES } from '../../../src/lib/analytics/events';
import { toolScope } from '../../../src/lib/analytics/tool-scope';

describe('analytics events', () => {
	it('push the event name under `event`, as tag managers expect, next to the payload', () => {
		expect(
			dataLayerEntry('cta_click', { cta: 'ebook', where: 'footer', page_path: '/faq/' }),
		).toEqual({
			event: 'cta_click',
			cta: 'ebook',
			where: 'footer',
			page_path: '/faq/',
		});
	});
	it('use a prefix for DOM events so they never collide with the browser’s own', () => {
		expect(DOM_EVENT_PREFIX).toMatch(/^[a-z]+:$/);
	});
	it('are all documented in the README events table, and the table lists nothing else', () => {
		const readme = readFileSync(
			fileURLToPath(new URL('../../../README.md', import.meta.url)),
			'utf8',
		);
		const section = readme.slice(readme.indexOf('## Analytics events'));
		const documented = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
		expect(documented).toEqual([...EVENT_NAMES]);
	});
});

describe('toolScope', () => {
	it('keeps the query-contract fields of a tool query and nothing else', () => {
		expect(
			toolScope(
				'report=soc2&type=2&tsc=security,availability&soc3=1&readiness=informal&size=growth&utm_source=x',
			),
		).toEqual({
			report: 'soc2',
			type: '2',
			tsc: 'security,availability',
			soc3: '1',
			readiness: 'informal',
		});
		expect(toolScope(null)).toEqual({});
		expect(toolScope(new URLSearchParams({ report: '' }))).toEqual({});
	});
});
