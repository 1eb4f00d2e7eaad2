/**
 * The draft kept for the visit (sessionStorage) so nothing typed is lost on an error, a reload or
 * a failed send: the visitor's fields and the attached items they removed.
 */
import { emptyFields, FIELD_LIMITS, type RequestFields } from './fields';
import { CONTEXT_ITEMS } from './context';

/** sessionStorage key of the draft. */
export const DRAFT_STORAGE_KEY = 'soc-guide:consultation-draft';

export interface Draft {
	fields: RequestFields;
	removed: string[];
}

/** Reads a stored draft; anything malformed yields an empty one, and every value is bounded. */
export function parseDraft(json: string | null): Draft {
	const draft: Draft = { fields: emptyFields(), removed: [] };
	if (!json) return draft;
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return draft;
	}
	if (typeof data !== 'object' || data === null) return draft;
	const { fields, removed } = data as { fields?: unknown; removed?: unknown };
	if (typeof fields === 'object' && fields !== null) {
		for (const [key, max] of Object.entries(FIELD_LIMITS)) {
			const value = (fields as Record<string, unknown>)[key];
			// Keep a little over the limit, so a too-long text comes back with its message, not cut silently.
			if (typeof value === 'string')
				(draft.fields as unknown as Record<string, string>)[key] = value.slice(0, max * 4);
		}
		draft.fields.consent = (fields as Record<string, unknown>).consent === true;
	}
	if (Array.isArray(removed))
		draft.removed = CONTEXT_ITEMS.filter((item) => removed.includes(item));
	return draft;
}

/** The draft as stored. */
export function serializeDraft(draft: Draft): string {
	return JSON.stringify(draft);
}
