/** Sorting and filtering table rows in the browser (`src/scripts/code-table.ts`); pure, so unit-tested here. */

/**
 * How two cell texts sort: as numbers when both are numbers, otherwise as text
 * with the numbers inside compared by value (`§15.5.2` before `§15.5.10`).
 */
export function compareCells(a: string, b: string): number {
	const numbers = [Number(a), Number(b)];
	if (a !== '' && b !== '' && numbers.every(Number.isFinite)) return numbers[0] - numbers[1];
	return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/** True when every word of `query` occurs in `text`, ignoring case; any run of spaces (no-break ones too) counts as one. */
export function matchesQuery(text: string, query: string): boolean {
	const haystack = text.replace(/\s+/g, ' ').toLowerCase();
	return query.toLowerCase().split(/\s+/).every((word) => haystack.includes(word));
}
