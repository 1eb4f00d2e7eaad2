/**
 * A part of a tool fetched on demand, once: the first call starts the download, later calls share
 * it, and a failed download is tried again on the next call (a dropped connection is not final).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | undefined;
	return () =>
		(pending ??= load().catch((error: unknown) => {
			pending = undefined;
			throw error;
		}));
}
