/**
 * Sorting and filtering of the `/codes/` table in place, loaded on the first
 * interaction with it (`code-table-element.ts`). Without it the table is
 * complete and in code order. A column heading's button sorts by that column
 * (again: the other way round), `aria-sort` says how the table is sorted, and a
 * status line announces how many codes the filters leave.
 */
import { compareCells, matchesQuery } from '../lib/codes/table-sort';

export function enhance(root: HTMLElement, firstClick: Element | null): void {
	const table = root.querySelector('table')!;
	const body = table.tBodies[0];
	const rows = [...body.rows];
	const order = new Map(rows.map((row, index) => [row, index]));
	const headers = [...table.tHead!.rows[0].cells];
	const query = root.querySelector<HTMLInputElement>('input[data-filter]')!;
	const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-column]')];
	const status = root.querySelector('[role="status"]')!;
	let sorted = '';

	const update = () => {
		const words = query.value.trim();
		let shown = 0;
		for (const row of rows) {
			const visible = (!words || matchesQuery(row.textContent!, words)) && selects.every((select) => !select.value || row.cells[Number(select.dataset.column)].textContent === select.value);
			row.hidden = !visible;
			if (visible) shown += 1;
		}
		status.textContent = `${shown === rows.length ? `All ${shown}` : `${shown} of ${rows.length}`} codes${sorted}.`;
	};

	const sortBy = (button: Element) => {
		const header = button.closest('th')!;
		const column = headers.indexOf(header);
		const ascending = header.getAttribute('aria-sort') !== 'ascending';
		for (const other of headers) other.removeAttribute('aria-sort');
		header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
		const text = (row: HTMLTableRowElement) => row.cells[column].textContent!.trim();
		body.append(...[...rows].sort((a, b) => (ascending ? 1 : -1) * compareCells(text(a), text(b)) || order.get(a)! - order.get(b)!));
		sorted = `, sorted by ${button.textContent!.trim().toLowerCase()}, ${ascending ? 'ascending' : 'descending'}`;
		update();
	};

	query.addEventListener('input', update);
	for (const select of selects) select.addEventListener('change', update);
	table.tHead!.addEventListener('click', (event) => {
		const button = (event.target as Element).closest('button');
		if (button) sortBy(button);
	});
	if (firstClick) sortBy(firstClick);
	else update();
}
