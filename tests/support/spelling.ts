/**
 * What the spelling checks may leave alone: the titles of the sources the guide cites, which are
 * quoted as their publishers wrote them ('Period covered by a Type II SOC examination'). Read from
 * content/, so a new source is allowed its own spelling as soon as it is cited, and nothing else is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { root } from './built.ts';
import { chapterSources } from './content.ts';

/** Every `title` of an object that also has a `url`: the shape of a cited source. */
function titlesIn(value: unknown, into: Set<string>): Set<string> {
	if (Array.isArray(value)) for (const v of value) titlesIn(v, into);
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.title === 'string' && typeof o.url === 'string') into.add(o.title);
		for (const v of Object.values(o)) titlesIn(v, into);
	}
	return into;
}

/** The title of every source cited in content/ (chapters and data files), longest first. */
export function citedSourceTitles(): string[] {
	const titles = new Set<string>();
	for (const c of chapterSources()) titlesIn(c.data, titles);
	const dir = join(root, 'content');
	for (const f of readdirSync(dir)) {
		const text = () => readFileSync(join(dir, f), 'utf8');
		if (f.endsWith('.json')) titlesIn(JSON.parse(text()), titles);
		else if (f.endsWith('.yaml')) titlesIn(parseYaml(text()), titles);
	}
	return [...titles].sort((a, b) => b.length - a.length);
}

/** A text with every cited source's title cut out, so what is left is the guide's own words. */
export function withoutSourceTitles(
	text: string,
	titles: readonly string[] = citedSourceTitles(),
): string {
	return titles.reduce((t, title) => t.split(title).join(' '), text);
}
