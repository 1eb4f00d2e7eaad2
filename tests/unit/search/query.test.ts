import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PART_IDS, TOPIC_IDS } from '../../../src/lib/book/parts';
import {
	MAX_QUERY_LENGTH,
	cleanQuery,
	hasCriteria,
	mergeSearchState,
	normalizeQuery,
	pagefindFilters,
	parseSearchParams,
	searchQuery,
	serializeSearchState,
	type SearchState,
} from '../../../src/lib/search/query';
import { BROKEN_OUTPUT, HOSTILE_VALUES, hostileText } from '../support/hostile';

describe('parseSearchParams', () => {
	it('reads words and filters from a campaign link', () => {
		const { state, notices } = parseSearchParams(
			'?q=bridge+letter&topic=soc2,soc1&part=after&utm_source=newsletter',
		);
		expect(state).toEqual({ query: 'bridge letter', topics: ['soc1', 'soc2'], parts: ['after'] });
		expect(notices).toEqual([]);
	});

	it('accepts repeated keys, labels and odd spacing or case', () => {
		const { state } = parseSearchParams(
			'topic=SOC%202&topic=soc-3&part=The%20audit&part=BASICS&q=%20%20type%20%202%20',
		);
		expect(state).toEqual({
			query: 'type 2',
			topics: ['soc2', 'soc3'],
			parts: ['basics', 'audit'],
		});
	});

	it('drops unknown values with a notice that names them, and ignores unknown keys', () => {
		const { state, notices } = parseSearchParams('?q=x&topic=soc9,soc1&part=nope&gclid=abc');
		expect(state.topics).toEqual(['soc1']);
		expect(state.parts).toEqual([]);
		expect(notices).toEqual([
			'Ignored the unknown topic “soc9”.',
			'Ignored the unknown part “nope”.',
		]);
	});

	it('caps the number of notices and the length of what they quote', () => {
		const many = Array.from({ length: 20 }, (_, i) => `bad${i}`).join(',');
		const { notices } = parseSearchParams(`topic=${many}&part=${'y'.repeat(300)}`);
		expect(notices).toHaveLength(6);
		expect(notices.at(-1)).toBe('…and 16 more ignored values.');
		expect(parseSearchParams(`part=${'y'.repeat(300)}`).notices[0]!.length).toBeLessThan(80);
	});

	it('shortens overlong queries and says so', () => {
		const { state, notices } = parseSearchParams(`q=${'a'.repeat(500)}`);
		expect(state.query).toHaveLength(MAX_QUERY_LENGTH);
		expect(notices).toEqual([
			`The search was shortened to its first ${MAX_QUERY_LENGTH} characters.`,
		]);
	});

	it('survives malformed percent-encoding and an empty string', () => {
		expect(parseSearchParams('?q=%E0%A4%A&topic=%').state.topics).toEqual([]);
		expect(parseSearchParams('').state).toEqual({ query: '', topics: [], parts: [] });
	});

	it('takes the first non-empty q', () => {
		expect(parseSearchParams('q=&q=cuec&q=other').state.query).toBe('cuec');
	});
});

describe('cleanQuery', () => {
	it('removes control characters and lone surrogates and collapses spaces', () => {
		expect(cleanQuery('a\u0000b\tc\n\u009f d\ud800')).toBe('a b c d');
	});
	it('never cuts a surrogate pair in half', () => {
		const text = `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`;
		expect(cleanQuery(text)).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
	});
});

describe('serializeSearchState and mergeSearchState', () => {
	it('writes readable URLs', () => {
		expect(
			serializeSearchState({
				query: 'SOC 2 & type ii',
				topics: ['soc1', 'soc2'],
				parts: ['basics'],
			}),
		).toBe('?q=SOC+2+%26+type+ii&topic=soc1,soc2&part=basics');
		expect(serializeSearchState({ query: '  ', topics: [], parts: [] })).toBe('');
	});
	it('keeps attribution and other keys while replacing its own', () => {
		expect(
			mergeSearchState('?utm_source=mail&q=old&topic=soc3&x=1', {
				query: 'new',
				topics: [],
				parts: ['after'],
			}),
		).toBe('?q=new&part=after&utm_source=mail&x=1');
		expect(mergeSearchState('?q=old', { query: '', topics: [], parts: [] })).toBe('');
	});
});

describe('hasCriteria and pagefindFilters', () => {
	it('knows when there is nothing to search', () => {
		expect(hasCriteria({ query: '', topics: [], parts: [] })).toBe(false);
		expect(hasCriteria({ query: '', topics: ['soc3'], parts: [] })).toBe(true);
	});
	it('always gives Pagefind both keys, so it counts both', () => {
		expect(pagefindFilters({ query: 'x', topics: ['soc1'], parts: [] })).toEqual({
			topic: { any: ['soc1'] },
			part: { any: [] },
		});
	});
});

describe('normalizeQuery', () => {
	it.each([
		['SOC2', 'SOC 2'],
		['soc-1 report', 'SOC 1 report'],
		['soc ii', 'SOC 2'],
		['soc2+', 'SOC 2+'],
		['type ii', 'Type 2'],
		['Type II report', 'Type 2 report'],
		['typeII', 'Type 2'],
		['type i', 'Type 1'],
		['type-1 vs type-2', 'Type 1 vs Type 2'],
		['SSAE18', 'SSAE 18'],
		['isae3402', 'isae 3402'],
		['ISO27001', 'ISO 27001'],
		['sas70', 'sas 70'],
		['pentest', 'pen test'],
		['pen-testing', 'pen testing'],
	])('%s → %s', (typed, expected) => expect(normalizeQuery(typed)).toBe(expected));

	it('leaves other words alone', () => {
		for (const text of ['types of reports', 'social', 'soc 12', 'typed', 'bridge letter', 'CUEC']) {
			expect(normalizeQuery(text)).toBe(text);
		}
	});
});

const validState = fc.record({
	query: fc.string({ maxLength: 250 }),
	topics: fc.subarray([...TOPIC_IDS]),
	parts: fc.subarray([...PART_IDS]),
});

describe('the /search/ query parser under fuzzing', () => {
	it('10,000 generated links: never throws, a usable state, and a readable notice for each unknown filter', () => {
		const key = fc.constantFrom('q', 'topic', 'part', 'utm_source', 'Q', '', 'topic[]');
		const value = fc.oneof(
			fc.string({ maxLength: 60 }),
			fc.constantFrom(...TOPIC_IDS, ...PART_IDS, 'SOC 2', '%', '%E0%A4', ','),
			fc.constantFrom(...HOSTILE_VALUES),
		);
		const query = fc.oneof(
			fc.string({ maxLength: 400 }),
			fc
				.array(fc.tuple(key, value), { maxLength: 8 })
				.map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
		);
		fc.assert(
			fc.property(query, (search) => {
				const { state, notices } = parseSearchParams(search);
				// A filter value that is not accepted on its own must not pass silently among others.
				const params = new URLSearchParams(search);
				const unknown = (['topic', 'part'] as const).some((k) =>
					params
						.getAll(k)
						.flatMap((v) => v.split(','))
						.some(
							(v) =>
								v.trim() !== '' &&
								parseSearchParams(new URLSearchParams([[k, v]])).notices.length > 0,
						),
				);
				// Plain checks (not expect) keep 10,000 runs fast; fast-check reports the failing input.
				return (
					(!unknown || notices.length > 0) &&
					notices.every(
						(n) => n.length < 120 && !BROKEN_OUTPUT.test(n) && !/[\u0000-\u001f]/.test(n),
					) &&
					state.query.length <= MAX_QUERY_LENGTH &&
					state.query === state.query.trim() &&
					!/[\u0000-\u001f\u007f-\u009f]/.test(state.query) &&
					state.topics.join() === TOPIC_IDS.filter((t) => state.topics.includes(t)).join() &&
					state.parts.join() === PART_IDS.filter((p) => state.parts.includes(p)).join() &&
					notices.length <= 6 &&
					// What the page writes back to the URL reads back as the same state.
					JSON.stringify(parseSearchParams(serializeSearchState(state)).state) ===
						JSON.stringify(state)
				);
			}),
			{ numRuns: 10_000 },
		);
	}, 60_000);

	it('reads back every state it writes', () => {
		fc.assert(
			fc.property(validState, (state: SearchState) => {
				const parsed = parseSearchParams(serializeSearchState(state));
				return (
					JSON.stringify(parsed.state) ===
						JSON.stringify({ ...state, query: cleanQuery(state.query) }) &&
					parsed.notices.length === 0
				);
			}),
			{ numRuns: 10_000 },
		);
	}, 60_000);

	it('normalizes any text without throwing, idempotently and within the length limit', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				const once = normalizeQuery(text);
				return normalizeQuery(once) === once && once.length <= MAX_QUERY_LENGTH + 20;
			}),
			{ numRuns: 10_000 },
		);
	}, 60_000);
});

describe('searchQuery', () => {
	it('leaves out words that match almost everything, keeping the normalized spelling', () => {
		expect(searchQuery('How much does a SOC2 cost?')).toBe('much SOC 2 cost?');
		expect(searchQuery('type 1 or type II')).toBe('Type 1 Type 2');
		expect(searchQuery('hippa soc 2')).toBe('HIPAA SOC 2');
	});
	it('keeps a query made only of such words whole, and an empty one empty', () => {
		expect(searchQuery('what is it')).toBe('what is it');
		expect(searchQuery('   ')).toBe('');
	});
	it('10,000 generated queries: only whole words of the normalized query, in order, and never empty when it is not', () => {
		fc.assert(
			fc.property(hostileText, (typed) => {
				const normalized = normalizeQuery(typed);
				const sent = searchQuery(typed);
				const words = normalized.split(' ');
				let at = 0;
				for (const w of sent.split(' ').filter(Boolean)) {
					at = words.indexOf(w, at);
					if (at === -1) return false;
					at++;
				}
				return (normalized === '') === (sent === '');
			}),
			{ numRuns: 10_000 },
		);
	});
});
