/** The rules the content tests apply to figures in chapter prose and in the assumptions data. */
import type { FigurePart } from '../../../src/lib/book/figures';

/** A cost ($12,000, $5k) or a duration in digits (2 to 6 weeks, 12 months, 4–8 weeks). */
const FIGURE = /\$\s?\d[\d,.]*\s*(?:k|K|M|million)?\b|\b\d+(?:\s*(?:to|–|-|or)\s*\d+)?\s+(?:weeks?|months?|days?)\b/g;
/** A source named with its year, as the chapters cite them: "Strac (2026)", "(2025)". */
const DATED = /\((?:[^()]*\s)?(?:19|20)\d\d\)/;
const UNDATED = /\(undated\)|basis not stated, undated/i;

/** The <Figure> components in a chapter body. */
export function figuresIn(body: string): { id: string; part: FigurePart }[] {
	return [...body.matchAll(/<Figure\s+id=["']([^"']+)["'](?:\s+part=["']([^"']+)["'])?\s*\/>/g)].map((m) => ({
		id: m[1]!,
		part: (m[2] ?? 'range') as FigurePart,
	}));
}

/**
 * The units a figure is judged in: a table row (one line of a ComparisonTable's rows) or a
 * sentence of prose. Figure components, links' targets and code are removed first.
 */
function units(body: string): string[] {
	const text = body
		.replace(/<Figure\b[^>]*\/>/g, 'FIGURE')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/`[^`]*`/g, '');
	const out: string[] = [];
	for (const line of text.split('\n')) {
		if (/^\s*\[".*\],?\s*$/.test(line)) out.push(line);
		else out.push(...line.split(/(?<=[.!?])\s+(?=[A-Z<*[])/));
	}
	return out;
}

/** Figures in prose that neither come from the data nor name a dated source in their sentence or row. */
export function unsourcedFigures(body: string): string[] {
	const problems: string[] = [];
	for (const unit of units(body)) {
		const found = unit.match(FIGURE);
		if (!found) continue;
		if (UNDATED.test(unit)) problems.push(`undated source for ${found.join(', ')}: ${unit.trim().slice(0, 160)}`);
		else if (!DATED.test(unit)) problems.push(`no source for ${found.join(', ')}: ${unit.trim().slice(0, 160)}`);
	}
	return problems;
}

interface Data {
	assumptions: Record<string, { sources: string[] }>;
	sources: { id: string; year: number | null }[];
}

/** Assumption rows with no source that shows a publication year. */
export function undatedRows(data: Data): string[] {
	const year = new Map(data.sources.map((s) => [s.id, s.year]));
	return Object.entries(data.assumptions)
		.filter(([, doc]) => !doc.sources.some((id) => typeof year.get(id) === 'number'))
		.map(([key]) => key);
}
