import { createHash } from 'node:crypto';

/** The CSP source expression ('sha256-…') that allows exactly this inline script or style. */
export function cspHash(code: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
