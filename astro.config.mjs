// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { site } from './src/site.config.ts';
import { normalizeBase } from './src/lib/site/paths.ts';
import ebook from './src/integrations/ebook.ts';

// SITE_BASE lets one build target a sub-path (e.g. /soc-guide/) without editing the config;
// SITE_OUT_DIR keeps such a build apart from the main one.
const base = normalizeBase(process.env.SITE_BASE ?? site.base);

export default defineConfig({
	site: site.url,
	base,
	outDir: process.env.SITE_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	// 'jsx' (the default) drops whitespace between inline elements in templates.
	compressHTML: true,
	build: { format: 'directory' },
	// SITE_EBOOK=1 (`npm run pdf`) also renders the PDF e-book, which needs Chromium.
	integrations: [mdx(), react(), ebook({ render: process.env.SITE_EBOOK === '1', title: site.title })],
});
