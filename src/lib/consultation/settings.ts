/**
 * The consultation settings the build uses: the site config's, or a whole destination given in
 * the SITE_CONSULTATION_DESTINATION environment variable (JSON), which lets one build point the
 * form somewhere else (a staging endpoint, or the test suite's local receiver) without editing
 * the config. SITE_EBOOK_GATE=1 or 0 overrides the e-book switch the same way.
 */
import type { ConsultationDestination, ConsultationSettings } from './destination';

/** Checks a destination's shape; throws a message naming the problem (the build fails on it). */
export function checkDestination(value: unknown): ConsultationDestination {
	const d = value as Record<string, unknown> | null;
	const fail = (why: string): never => {
		throw new Error(`consultation destination: ${why}`);
	};
	if (typeof d !== 'object' || d === null) return fail('expected an object with a "kind"');
	const text = (key: string) =>
		typeof d[key] === 'string' && d[key].trim() !== ''
			? d[key]
			: fail(`"${key}" must be a non-empty string`);
	const absolute = (key: string) => {
		const url = text(key);
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			return fail(`"${key}" must be an absolute URL, got ${JSON.stringify(url).slice(0, 80)}`);
		}
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
			fail(`"${key}" must be an http(s) URL`);
		return url;
	};
	switch (d.kind) {
		case 'none':
			return { kind: 'none' };
		case 'endpoint':
			if (d.encoding !== 'json' && d.encoding !== 'form')
				fail('"encoding" must be "json" or "form"');
			return { kind: 'endpoint', url: absolute('url'), encoding: d.encoding as 'json' | 'form' };
		case 'netlify':
			return { kind: 'netlify', formName: text('formName') };
		case 'hubspot':
			return {
				kind: 'hubspot',
				portalId: text('portalId'),
				formId: text('formId'),
				...(d.apiOrigin === undefined ? {} : { apiOrigin: new URL(absolute('apiOrigin')).origin }),
			};
		default:
			return fail('"kind" must be "none", "endpoint", "netlify" or "hubspot"');
	}
}

/** The settings in effect: the config's, with the environment's overrides applied and checked. */
export function resolveSettings(
	config: ConsultationSettings,
	env: Record<string, string | undefined>,
): ConsultationSettings {
	const raw = env.SITE_CONSULTATION_DESTINATION;
	let destination: unknown = config.destination;
	if (raw) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			throw new Error('SITE_CONSULTATION_DESTINATION is not valid JSON');
		}
		destination = parsed;
	}
	const gate = env.SITE_EBOOK_GATE;
	return {
		...config,
		destination: checkDestination(destination),
		gateEbook: gate === '1' ? true : gate === '0' ? false : config.gateEbook,
	};
}
