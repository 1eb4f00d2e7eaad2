import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	MAX_HIGHLIGHT_TERMS,
	highlightPattern,
	highlightTerms,
	splitMatches,
	stem,
} from '../../../src/lib/search/highlight';
import { hostileText } from '../support/hostile';

const marked = (text: string, param: string) =>
	splitMatches(text, highlightPattern(highlightTerms(param))!)
		.filter((r) => r.mark)
		.map((r) => r.text);

describe('highlightTerms', () => {
	it('drops stop words, keeps numbers with their word and puts the phrase first', () => {
		expect(highlightTerms('how much does a SOC 2 cost?')).toEqual(['SOC 2 cost', 'SOC 2', 'cost']);
		expect(highlightTerms('Type II')).toEqual(['Type II']);
		expect(highlightTerms('2')).toEqual([]);
		expect(highlightTerms('  the a  ')).toEqual([]);
	});
	it('removes duplicates and caps the number of terms', () => {
		expect(highlightTerms('CUEC cuec Cuec')).toEqual(['CUEC']);
		expect(highlightTerms('one two three four five six seven eight nine ten')).toHaveLength(
			MAX_HIGHLIGHT_TERMS,
		);
	});
});

describe('the ?highlight= parameter under fuzzing', () => {
	const words = fc.constantFrom(
		'SOC',
		'2',
		'II',
		'type',
		'bridge',
		'letter',
		'controls',
		'the',
		'a',
		'CUEC',
		'(x',
		'[y',
		'.*',
		'\\',
	);
	const param = fc.oneof(
		hostileText,
		fc.array(fc.oneof(words, hostileText), { maxLength: 12 }).map((w) => w.join(' ')),
	);

	it('10,000 generated parameters: at most eight clean terms, and a valid pattern exactly when there are terms', () => {
		fc.assert(
			fc.property(param, (text) => {
				const terms = highlightTerms(text);
				const pattern = highlightPattern(terms);
				return (
					terms.length <= MAX_HIGHLIGHT_TERMS &&
					terms.every((t) => t !== '' && t === t.trim() && !/[\u0000-\u001f]/.test(t)) &&
					(pattern === null) === (terms.length === 0) &&
					(pattern === null || (pattern.global && pattern.unicode))
				);
			}),
			{ numRuns: 10_000 },
		);
	}, 60_000);

	it('marks a page without changing its text, for hostile parameters', () => {
		// Running a pattern compiles it (a few milliseconds each), so fewer runs here.
		const page =
			'A SOC 2 Type II report tests controls over a period; a bridge letter covers the gap. 2026.';
		fc.assert(
			fc.property(param, (text) => {
				const pattern = highlightPattern(highlightTerms(text));
				return (
					pattern === null ||
					splitMatches(page, pattern)
						.map((r) => r.text)
						.join('') === page
				);
			}),
			{ numRuns: 500 },
		);
	}, 60_000);
});

describe('stem', () => {
	it.each([
		['controls', 'control'],
		['testing', 'test'],
		['letters', 'letter'],
		['uses', 'uses'],
		['SOC 2', 'soc 2'],
		['27001', '27001'],
	])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('highlightPattern and splitMatches', () => {
	it('marks whole words that start with a term, case-insensitively', () => {
		expect(marked('Controls, controlled and uncontrolled control.', 'controls')).toEqual([
			'Controls',
			'controlled',
			'control',
		]);
	});
	it('marks a phrase as one run, and across a line break or hyphen', () => {
		expect(marked('A bridge letter, bridge-letter or bridge\nletters.', 'bridge letter')).toEqual([
			'bridge letter',
			'bridge-letter',
			'bridge\nletters',
		]);
	});
	it('marks "SOC 2" but not every 2 on the page', () => {
		expect(marked('SOC 2 in 2026 and SOC2, not 2 alone', 'soc 2')).toEqual(['SOC 2', 'SOC2']);
	});
	it('treats regular-expression characters as text', () => {
		expect(marked('SOC 2+ (plus) and SOC 2', 'soc 2+ (plus)')).toContain('plus');
		expect(() => highlightPattern(['a.*b', '[x', '(y'])).not.toThrow();
	});
	it('returns null when there is nothing to mark', () => {
		expect(highlightPattern([])).toBeNull();
	});
	it('reassembles the original text for any input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 40 }), (text, param) => {
				const pattern = highlightPattern(highlightTerms(param));
				if (!pattern) return true;
				return (
					splitMatches(text, pattern)
						.map((r) => r.text)
						.join('') === text
				);
			}),
			// Each run compiles a Unicode-property expression (a few ms), so fewer runs than elsewhere.
			{ numRuns: 500 },
		);
	}, 30_000);
});
