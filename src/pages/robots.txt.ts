/**
 * robots.txt: everything may be crawled (pages that should stay out of results say noindex
 * themselves, which crawlers can only read if they may fetch them); points to the sitemap.
 */
import type { APIRoute } from 'astro';
import { canonicalUrl } from '../lib/site/paths';
import { site } from '../site.config';

export const GET: APIRoute = () =>
	new Response(
		`User-agent: *\nAllow: /\n\nSitemap: ${canonicalUrl(site.url, import.meta.env.BASE_URL, '/sitemap-index.xml')}\n`,
		{ headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
	);
