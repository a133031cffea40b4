/** Markdown tables for the benchmark's report. */

export type Cell = string | number;

/** A Markdown table; numbers are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const text = rows.map((row) => row.map(String));
	const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
	const widths = header.map((title, column) => Math.max(title.length, 3, ...text.map((row) => row[column].length)));
	const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;
	const rule = `| ${widths.map((width, column) => (numeric[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
	return [line(header), rule, ...text.map(line)].join('\n');
}

/** Bytes as KB with one decimal, e.g. `11.4`. */
export function kb(bytes: number): string {
	return (bytes / 1024).toFixed(1);
}

export function verdict(ok: boolean): string {
	return ok ? 'yes' : 'NO';
}
