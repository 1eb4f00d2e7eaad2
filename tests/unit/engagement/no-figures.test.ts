/**
 * One source per number: the tools state times and costs only by asking the model
 * (src/lib/estimator/model.ts), whose every figure comes from content/estimator-assumptions.json.
 * This test fails when a duration or an amount is written into the code of the chooser, the
 * self-check, the shared plan or any island, where it could drift from the model.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../support/built';

/** Folders holding tool code that must not carry its own figures. */
const TOOL_CODE = [
	'src/lib/chooser',
	'src/lib/readiness',
	'src/lib/engagement',
	'src/islands',
	'src/data',
];

const UNIT = String.raw`(?:weeks?|months?|days?|years?|hours?)`;
const SPELLED = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|a few|several)`;
const FIGURES: [string, RegExp][] = [
	// $1…$9 alone are a regular expression's groups; an amount has a thousands separator, a k or M, or two digits.
	['an amount of money', /\$\s?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?[kKmM]\b|\d{2,})/],
	[
		'a duration in digits',
		new RegExp(String.raw`\b\d+(?:\.\d+)?\s*(?:(?:–|-|to)\s*\d+\s*)?${UNIT}\b`, 'i'),
	],
	[
		'a duration in words',
		new RegExp(String.raw`\b${SPELLED}(?:\s+(?:to|or)\s+${SPELLED})?\s+${UNIT}\b`, 'i'),
	],
	['a time or cost constant', /\b\w*(?:weeks|months|days|cost|price|fee)\w*\s*[:=]\s*\[?\s*\d/i],
];

/**
 * Lines that mention time but state no estimate, each with why. Anything else that matches is a
 * figure the model should give.
 */
const NOT_FIGURES: [file: string, text: string, why: string][] = [
	[
		'src/lib/chooser/timing.ts',
		'less than three months of records',
		'the visitor’s answer, said back',
	],
	[
		'src/lib/chooser/timing.ts',
		'three to six months of records',
		'the visitor’s answer, said back',
	],
	[
		'src/lib/chooser/timing.ts',
		'more than six months of records',
		'the visitor’s answer, said back',
	],
	['src/lib/chooser/examples.ts', 'a SOC 2 within three months', 'an example visitor’s situation'],
	[
		'src/lib/readiness/gaps.ts',
		'{ months: 3, weeks: 2, days: 1 }',
		'sort weights for the size of a fix, not durations',
	],
];

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? files(path)
			: /\.(ts|tsx|astro)$/.test(name)
				? [path]
				: [];
	});
}

/** The code without comments, line by line (comments may cite figures and their sources). */
function codeLines(text: string): string[] {
	return text
		.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
		.split('\n')
		.map((line) => line.replace(/(^|[^:'"`])\/\/.*$/, '$1'));
}

describe('tool code states no time or cost of its own', () => {
	const found: string[] = [];
	const allowedUsed = new Set<number>();
	for (const dir of TOOL_CODE) {
		for (const path of files(join(root, dir))) {
			const file = relative(root, path);
			codeLines(readFileSync(path, 'utf8')).forEach((line, i) => {
				for (const [what, pattern] of FIGURES) {
					if (!pattern.test(line)) continue;
					const allowed = NOT_FIGURES.findIndex(([f, text]) => f === file && line.includes(text));
					if (allowed >= 0) allowedUsed.add(allowed);
					else found.push(`${file}:${i + 1} ${what}: ${line.trim().slice(0, 120)}`);
				}
			});
		}
	}

	it('finds no figure outside the model and the assumptions file', () => {
		expect(found).toEqual([]);
	});

	it('lists no exception that no longer exists', () => {
		const stale = NOT_FIGURES.filter((_, i) => !allowedUsed.has(i)).map(([f, t]) => `${f}: ${t}`);
		expect(stale).toEqual([]);
	});

	it('would catch a figure', () => {
		const samples = [
			'text: `about 3–6 months`',
			'const typeOneWeeks = 4;',
			"'costs $5,000'",
			"'about $12k'",
			"'takes two to four weeks'",
		];
		for (const s of samples)
			expect(
				FIGURES.some(([, p]) => p.test(s)),
				s,
			).toBe(true);
	});
});
