import { withBase } from './paths';

/** Base-aware href for a root-relative site path, using the base the site was built with. */
export function href(path: string): string {
	return withBase(path, import.meta.env.BASE_URL);
}
