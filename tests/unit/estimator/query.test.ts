import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/lib/engagement/dates';
import { defaultInputs, sanitizeInputs } from '../../../src/lib/estimator/inputs';
import { estimate } from './full-estimate';
import {
	contractQuery,
	MAX_NOTICES,
	parseEstimateQuery,
	prefillNote,
	QUERY_KEYS,
	toEstimateQuery,
} from '../../../src/lib/estimator/query';
import { ATTRIBUTION_KEYS } from '../../../src/lib/attribution/attribution';
import {
	estimateAddress,
	handOnHref,
	hasSettings,
	planOfInputs,
} from '../../../src/lib/estimator/link';
import { scopeOf } from '../../../src/lib/engagement/plan';
import { planHref, readPlanQuery } from '../../../src/lib/engagement/url';
import { EXAMPLE_VISITORS } from '../../../src/lib/chooser/examples';
import { recommendReport } from '../../../src/lib/chooser/rules';
import { BROKEN_OUTPUT, queryOf } from '../support/hostile';
import { CaseCounter, inputsArb } from './arbitraries';

const TODAY = '2026-11-26';
const counter = new CaseCounter();
afterAll(() => console.info(`query: ${counter.total} generated cases`));

describe('the note that says where a link’s settings came from', () => {
	it('names the chooser for every example visitor’s hand-off from the chooser', () => {
		for (const visitor of EXAMPLE_VISITORS) {
			const { plan } = recommendReport(visitor.answers, TODAY);
			if (!plan) continue;
			const href = planHref('/estimator/', plan);
			const { prefill, applied } = parseEstimateQuery(
				new URL(href, 'https://x.test').search,
				TODAY,
			);
			expect(applied.length, visitor.id).toBeGreaterThan(0);
			expect(prefill, visitor.id).toMatch(/^Filled in from your answers in the report chooser\./);
		}
	});

	it('names a link for every shared estimate (it writes its start date)', () => {
		fc.assert(
			fc.property(inputsArb, (raw) => {
				const inputs = sanitizeInputs(raw, TODAY);
				const { prefill } = parseEstimateQuery(toEstimateQuery(inputs), TODAY);
				expect(prefill).toMatch(/^Filled in from the link you followed\./);
			}),
		);
	});

	it('says nothing for a link without settings', () => {
		for (const search of ['', '?', '?utm_source=newsletter&utm_medium=email', '?nonsense=1']) {
			expect(parseEstimateQuery(search, TODAY).prefill, search).toBeNull();
		}
		expect(prefillNote([])).toBeNull();
	});
});

describe('reading the chooser hand-off', () => {
	it('applies every contract key', () => {
		const { inputs, notices, applied } = parseEstimateQuery(
			'?report=both&type=1&tsc=security,availability,privacy&readiness=documented',
			TODAY,
		);
		expect(notices).toEqual([]);
		expect(inputs.report).toBe('both');
		expect(inputs.type).toBe(1);
		expect(inputs.categories).toEqual(['security', 'availability', 'privacy']);
		expect(inputs.readiness).toBe('documented');
		expect(applied).toEqual(['report', 'type', 'tsc', 'readiness']);
	});

	it('keeps a SOC 3 with a SOC 2 Type 2', () => {
		const { inputs, notices } = parseEstimateQuery('report=soc2&type=2&soc3=1', TODAY);
		expect(notices).toEqual([]);
		expect(inputs.soc3).toBe(true);
	});

	it('drops a SOC 3 that has no SOC 2 Type 2 to rest on, and says so', () => {
		const soc1 = parseEstimateQuery('report=soc1&soc3=1', TODAY);
		expect(soc1.inputs.soc3).toBe(false);
		expect(soc1.notices.map((n) => n.key)).toEqual(['soc3']);
		expect(soc1.notices[0]?.message).toMatch(/Trust Services Criteria, which a SOC 1 does not use/);
		const typeOne = parseEstimateQuery('report=soc2&type=1&soc3=1', TODAY);
		expect(typeOne.inputs.soc3).toBe(false);
		expect(typeOne.notices.map((n) => n.key)).toEqual(['soc3']);
		expect(typeOne.notices[0]?.message).toMatch(/reports on a period, like a SOC 2 Type 2/);
	});

	it('adds Security when the list leaves it out, and orders categories', () => {
		const { inputs } = parseEstimateQuery('tsc=privacy,availability', TODAY);
		expect(inputs.categories).toEqual(['security', 'availability', 'privacy']);
	});

	it('passes attribution through without a notice', () => {
		const { notices } = parseEstimateQuery(
			'report=soc2&utm_source=news&gclid=abc&li_fat_id=1',
			TODAY,
		);
		expect(notices).toEqual([]);
	});

	it('starts today when no start date is given', () => {
		expect(parseEstimateQuery('', TODAY).inputs).toEqual(defaultInputs(TODAY));
	});
});

describe('bad query input', () => {
	it.each([
		['report=soc9', 'report', /“soc9” is not a report/],
		['type=3', 'type', /not an examination type/],
		['tsc=security,bogus', 'tsc', /unknown Trust Services category “bogus”/],
		['readiness=perfect', 'readiness', /not a readiness level/],
		['systems=-3', 'systems', /whole number from 1 to 20, not “-3”/],
		['systems=NaN', 'systems', /whole number/],
		['systems=2.5', 'systems', /whole number/],
		['subservice=99', 'subservice', /from 0 to 15/],
		['window=4', 'window', /3, 6, 9 or 12/],
		['rate=-20', 'rate', /amount from \$1/],
		['rate=Infinity', 'rate', /amount/],
		['rate=1e3', 'rate', /amount/],
		['start=2026-02-30', 'start', /not a real date/],
		['start=1850-01-01', 'start', /outside 2000–2100/],
		['deadline=tomorrow', 'deadline', /not a real date/],
		['start=2027-05-01&deadline=2027-04-01', 'deadline', /must fall after the start date/],
		['platform=maybe', 'platform', /1 \(yes\) or 0 \(no\)/],
		['colour=blue', 'colour', /contained “colour”, which this page does not use/],
		['systems=Infinity', 'systems', /whole number from 1 to 20, not the value given/],
		['report=soc1&report=soc2', 'report', /more than once/],
	])('%s gives a clear notice and a usable default', (query, field, message) => {
		const { inputs, notices } = parseEstimateQuery(query, TODAY);
		const notice = notices.find((n) => n.key === field);
		expect(notice, `a notice about ${field}`).toBeDefined();
		expect(notice!.message).toMatch(message);
		expect(sanitizeInputs(inputs, TODAY), 'inputs stay usable').toEqual(inputs);
	});

	it('caps the number of notices for a thoroughly mangled link', () => {
		const query = Array.from({ length: 30 }, (_, i) => `junk${i}=x`).join('&');
		const { notices } = parseEstimateQuery(query, TODAY);
		expect(notices.length).toBe(MAX_NOTICES);
		expect(notices.at(-1)?.message).toMatch(
			new RegExp(`^${30 - (MAX_NOTICES - 1)} more things in the link`),
		);
	});

	it('does not echo long or control-character values back in full', () => {
		const { notices } = parseEstimateQuery(`report=${'x'.repeat(500)}%0A%00`, TODAY);
		expect(notices[0]!.message.length).toBeLessThan(200);
		expect(notices[0]!.message).not.toMatch(/[\u0000-\u001f]/);
	});
});

const KEYS = [
	...QUERY_KEYS,
	'utm_source',
	'gclid',
	'tsc',
	'report',
	'unknown',
	'',
	'REPORT',
	' type ',
];
const VALUE_SAMPLES = [
	'soc1',
	'soc2',
	'both',
	'1',
	'2',
	'0',
	'I',
	'ii',
	'security,privacy',
	'none',
	'mature',
	'startup',
	'enterprise',
	'boutique',
	'big4',
	'mid-tier',
	'3',
	'6',
	'9',
	'12',
	'20',
	'-1',
	'1e9',
	'NaN',
	'Infinity',
	'2026-02-29',
	'2028-02-29',
	'2026-12-01',
	'9999-99-99',
	'',
	' ',
	'%',
	'%%20',
	'<script>',
	'‮',
	'\u0000',
	'😀',
	'12.50',
	'1000.01',
];

/** A query string built from likely keys and values, plus arbitrary text in both places. */
const queryArb = fc
	.array(
		fc.tuple(
			fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })),
			fc.oneof(
				fc.constantFrom(...VALUE_SAMPLES),
				fc.string({ maxLength: 30 }),
				fc.integer().map(String),
				fc.double().map(String),
			),
		),
		{ maxLength: 20 },
	)
	.map((pairs) =>
		pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
	);

const rawTextArb = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.webUrl({ withQueryParameters: true }).map((u) => u.split('?')[1] ?? ''),
	queryOf([...KEYS]),
);

describe('fuzzing the URL parser', { timeout: 120_000 }, () => {
	const check = (search: string) => {
		const { inputs, notices } = parseEstimateQuery(search, TODAY);
		// A link without settings (nothing but attribution) means the defaults: the page skips reading it.
		if (!hasSettings(search))
			expect({ inputs, notices }).toEqual({ inputs: defaultInputs(TODAY), notices: [] });
		// Whatever came in, the inputs are already in the supported space…
		expect(sanitizeInputs(inputs, TODAY)).toEqual(inputs);
		expect(isIsoDate(inputs.startDate)).toBe(true);
		// …every setting it does not know is reported…
		const known = new Set<string>([...QUERY_KEYS, ...ATTRIBUTION_KEYS]);
		const pairs = [...new URLSearchParams(search)].filter(
			([k, v]) => k.trim() !== '' || v.trim() !== '',
		);
		if (pairs.some(([k]) => !known.has(k.trim().toLowerCase()))) {
			expect(notices.length).toBeGreaterThan(0);
		}
		// …the notices are few, readable and free of broken values…
		expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES);
		for (const n of notices) {
			expect(n.message.trim().length).toBeGreaterThan(10);
			expect(n.message.length).toBeLessThan(300);
			expect(n.message).not.toMatch(BROKEN_OUTPUT);
		}
		// …and the estimate built from them is finite.
		const e = estimate(inputs, TODAY);
		expect(Number.isFinite(e.firstYear.high)).toBe(true);
		expect(isIsoDate(e.timeline.reportDate.latest)).toBe(true);
	};

	it('10,000 generated links, structured garbage or arbitrary text: never throws, always usable inputs', () => {
		fc.assert(fc.property(fc.oneof(queryArb, rawTextArb), check), counter.runs(10_000));
	});

	it('round-trips every valid input through the URL without a notice', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const query = toEstimateQuery(inputs);
				const parsed = parseEstimateQuery(`?${query}`, '2030-06-15');
				expect(parsed.notices).toEqual([]);
				// A SOC 1 link carries no Trust Services categories: they are SOC 2's, and the model ignores them.
				const expected =
					inputs.report === 'soc1'
						? { ...inputs, categories: defaultInputs(inputs.startDate).categories }
						: inputs;
				expect(parsed.inputs).toEqual(expected);
			}),
			counter.runs(3000),
		);
	});

	it('writes the address that reopens an estimate: the page, then its query', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const address = new URL(estimateAddress('https://example.com/estimator/', inputs));
				expect(address.origin + address.pathname).toBe('https://example.com/estimator/');
				expect(parseEstimateQuery(address.search, '2030-06-15').inputs).toEqual(
					parseEstimateQuery(`?${toEstimateQuery(inputs)}`, '2030-06-15').inputs,
				);
			}),
			counter.runs(500),
		);
	});
});

describe('contractQuery', () => {
	it('always writes the shared contract fields, defaults included, and only those', () => {
		const inputs = defaultInputs('2026-01-05');
		const params = contractQuery(inputs);
		expect([...params.keys()].sort()).toEqual(
			['readiness', 'report', 'tsc', 'type']
				.filter((k) => k !== 'tsc' || inputs.report !== 'soc1')
				.sort(),
		);
		expect(params.get('report')).toBe(inputs.report);
		expect(contractQuery({ ...inputs, report: 'soc2', type: 2, soc3: true }).get('soc3')).toBe('1');
		expect(contractQuery({ ...inputs, report: 'soc1' }).has('tsc')).toBe(false);
	});
});

describe('handOnHref', () => {
	it('hands another tool the scope, readiness and dates of any inputs, with the campaign tags, and nothing else', () => {
		const tagsArb = fc.record(
			{ utm_source: fc.stringMatching(/^[a-z0-9_-]{1,20}$/) },
			{ requiredKeys: [] },
		);
		fc.assert(
			fc.property(inputsArb, tagsArb, (inputs, tags) => {
				const href = handOnHref('/readiness/', inputs, tags);
				const [path, query = ''] = href.split('?');
				expect(path).toBe('/readiness/');
				const read = readPlanQuery(query, { today: '2030-06-15' });
				expect(read.notices).toEqual([]);
				expect(read.plan).toEqual(scopeOf(planOfInputs(inputs)));
				expect(read.attribution).toEqual(Object.entries(tags));
				// What the self-check and the chooser do not ask about stays behind.
				for (const key of ['size', 'systems', 'firm', 'rate'])
					expect(new URLSearchParams(query).has(key), key).toBe(false);
			}),
			counter.runs(1000),
		);
	});
});
