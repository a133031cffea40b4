/**
 * Content sets of a chosen size for timing the build as the collection grows:
 * the real entries plus synthetic unofficial codes that pass the schema and the
 * collection rules. A synthetic entry borrows the body of a real one (so page
 * weight is realistic) and relates to real registered codes (so `related` resolves).
 * Status codes have three digits, so a set holds at most 900 entries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type ContentFile, readContentFiles } from '../../src/lib/content/content-files.ts';
import { parseCsv } from '../../src/lib/content/csv.ts';

export const LOWEST_CODE = 100;
export const HIGHEST_CODE = 999;

export interface SourceFile {
	fileName: string;
	source: string;
}

/** The numbers the IANA registry lists; a synthetic entry must avoid them, or it would have to match the registry. */
export function registryCodes(csvPath = 'src/data/iana-http-status-codes.csv'): Set<number> {
	return new Set(parseCsv(readFileSync(csvPath, 'utf8')).map((row) => Number(row.code)));
}

/** The largest set `contentSet` can make from the entries in `dir`. */
export function maxEntries(dir: string, registry: ReadonlySet<number>): number {
	const real = readContentFiles(dir);
	return real.length + freeCodes(real, registry).length;
}

function freeCodes(real: readonly ContentFile[], registry: ReadonlySet<number>): number[] {
	const taken = new Set([...real.map((file) => Number(file.id)), ...registry]);
	const free: number[] = [];
	for (let code = LOWEST_CODE; code <= HIGHEST_CODE; code++) if (!taken.has(code)) free.push(code);
	return free;
}

function syntheticEntry(code: number, template: ContentFile): SourceFile {
	const frontmatter = {
		code,
		name: `Synthetic Status ${code}`,
		status: 'unofficial',
		summary: `A generated entry for timing the build with a larger collection; it borrows the body of ${template.id}.`,
		tagline: `Generated entry ${code} for the build benchmark`,
		vendors: [{ vendor: 'Benchmark Server', name: `Synthetic Status ${code}`, meaning: 'Sent by no real server; it only exists to measure how the build grows.' }],
		cacheable: 'explicit',
		retry: { advice: 'fix-request' },
		related: [
			{ code: 400, difference: '400 is the registered code for a request the server will not process.' },
			{ code: 500, difference: '500 is the registered code for an unexpected server failure.' },
		],
		aliases: [`synthetic ${code}`, 'benchmark entry'],
	};
	return { fileName: `${code}.mdx`, source: `---\n${stringify(frontmatter)}---\n${template.body}` };
}

/**
 * `size` entries: every real one in `dir`, copied as it is, then synthetic ones
 * on the lowest free numbers.
 */
export function contentSet(dir: string, registry: ReadonlySet<number>, size: number): SourceFile[] {
	const real = readContentFiles(dir);
	const free = freeCodes(real, registry);
	const needed = size - real.length;
	if (needed < 0) throw new Error(`the real content already has ${real.length} entries, more than ${size}`);
	if (needed > free.length) throw new Error(`at most ${real.length + free.length} entries fit in the three-digit codes; asked for ${size}`);
	return [
		...real.map((file) => ({ fileName: `${file.id}.mdx`, source: readFileSync(join(dir, `${file.id}.mdx`), 'utf8') })),
		...free.slice(0, needed).map((code, index) => syntheticEntry(code, real[index % real.length])),
	];
}
