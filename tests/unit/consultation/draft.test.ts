import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTEXT_ITEMS } from '../../../src/lib/consultation/context';
import { parseDraft, serializeDraft } from '../../../src/lib/consultation/draft';
import { emptyFields, FIELD_LIMITS } from '../../../src/lib/consultation/fields';
import { ebookLink } from '../../../src/lib/consultation/ebook';
import { hostileText } from '../support/hostile';

describe('draft', () => {
	it('round-trips what was typed and the removed items', () => {
		const draft = {
			fields: {
				...emptyFields(),
				name: 'Ana',
				message: 'Hi',
				contact: 'phone',
				phone: '555',
				consent: true,
			},
			removed: ['plan', 'campaign'],
		};
		expect(parseDraft(serializeDraft(draft))).toEqual(draft);
	});
	it.each([null, '', 'not json', '[]', '42', '{"fields":5}', '{"removed":"plan"}'])(
		'%j yields an empty draft',
		(raw) => {
			expect(parseDraft(raw)).toEqual({ fields: emptyFields(), removed: [] });
		},
	);
	it('10,000 generated stores: never throws, only known fields and items, bounded', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					hostileText,
					fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify({ fields: v, removed: v })),
				),
				(raw) => {
					const d = parseDraft(raw);
					expect(Object.keys(d.fields).sort()).toEqual(Object.keys(emptyFields()).sort());
					for (const [k, max] of Object.entries(FIELD_LIMITS))
						expect(String(d.fields[k as keyof typeof d.fields]).length).toBeLessThanOrEqual(
							max * 4,
						);
					for (const item of d.removed) expect(CONTEXT_ITEMS).toContain(item);
				},
			),
			{ numRuns: 10_000 },
		);
	}, 60_000);
});

describe('ebookLink', () => {
	it('open by default: the PDF, downloaded', () => {
		expect(ebookLink('/downloads/g.pdf', false, '/consultation/')).toEqual({
			href: '/downloads/g.pdf',
			download: true,
			type: 'application/pdf',
		});
	});
	it('gated: the request form in its e-book mode, not a download', () => {
		expect(ebookLink('/downloads/g.pdf', true, '/consultation/')).toEqual({
			href: '/consultation/?ebook=1',
			download: false,
		});
	});
});
