/** One CSV cell: quoted when needed, and defused when a spreadsheet could read it as a formula. */
export function csvCell(value: string | number): string {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = value;
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
