/**
 * Parses RFC 4180 CSV text (quoted fields, doubled quotes, CRLF or LF) into
 * one record per row, keyed by the header row. Small on purpose: the project
 * only reads its own reference tables in `src/data/`.
 */
export function parseCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else {
				field += char;
			}
		} else if (char === '"') {
			quoted = true;
		} else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else {
			field += char;
		}
	}
	if (quoted) throw new Error('CSV ends inside a quoted field');
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	const [header, ...body] = rows.filter((cells) => cells.some((cell) => cell !== ''));
	if (!header) return [];
	return body.map((cells, index) => {
		if (cells.length !== header.length) {
			throw new Error(`CSV row ${index + 2} has ${cells.length} fields, expected ${header.length}`);
		}
		return Object.fromEntries(header.map((name, column) => [name, cells[column]]));
	});
}
