/**
 * The consultation settings in effect for this build: the site config's with the environment's
 * overrides (see settings.ts). Build-time only (reads process.env).
 */
import { site } from '../../site.config';
import type { ConsultationSettings } from './destination';
import { resolveSettings } from './settings';

/** The settings the page, the e-book link and the Content-Security-Policy use. */
export function consultationSettings(): ConsultationSettings {
	return resolveSettings(site.consultation, typeof process === 'undefined' ? {} : process.env);
}
