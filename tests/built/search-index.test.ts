/** The search files the build writes: the Pagefind index, the results table and the spelling vocabulary. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files';
import { type ResultsTable, SEARCH_RESULTS_URL } from '../../src/lib/search-results';
import { codeUrl, NOT_STATUS_CODES_URL, vocabularyShardUrl } from '../../src/lib/urls';
import { notStatusUrl, parseWarnCodes, parseWininetErrors } from '../../src/lib/not-status-codes';
import { shardOf } from '../../src/lib/vocabulary';
import { DIST } from '../built-site';
import { readDist } from './dist';

/** Pagefind files are sent as they are (already gzip), so their size on disk is what a search fetches. */
const MAX_CHUNK_BYTES = 8 * 1024;

const codes = readContentFiles('content/codes').map((file) => Number(file.id));
const fragmentIds = readdirSync(join(DIST, 'pagefind', 'fragment')).map((file) => file.replace(/\.pf_fragment$/, ''));

describe('search files', () => {
	test(`every index chunk is at most ${MAX_CHUNK_BYTES / 1024} KB, so a word costs a small fetch`, () => {
		const dir = join(DIST, 'pagefind', 'index');
		const chunks = readdirSync(dir).map((file) => ({ file, bytes: statSync(join(dir, file)).size }));
		expect(chunks.length).toBeGreaterThan(1);
		expect(chunks.filter((chunk) => chunk.bytes > MAX_CHUNK_BYTES)).toEqual([]);
	});

	test('the results table has a row for every indexed page and every code page is indexed once, as is each number that is not a status code', () => {
		const table = JSON.parse(readDist(SEARCH_RESULTS_URL)) as ResultsTable;
		expect(Object.keys(table).sort()).toEqual([...fragmentIds].sort());
		const numbers = [parseWarnCodes(readFileSync('src/data/warn-codes.csv', 'utf8')), parseWininetErrors(readFileSync('src/data/wininet-errors.csv', 'utf8'))].flatMap((group) => group.numbers.map(notStatusUrl));
		expect(Object.values(table).map((hit) => hit.url).sort()).toEqual([...codes.map(codeUrl), NOT_STATUS_CODES_URL, ...numbers].sort());
		expect(Object.values(table).find((hit) => hit.url === `${NOT_STATUS_CODES_URL}#warn-214`)).toMatchObject({ title: '214 Transformation Applied', className: 'Not a status code', unofficial: false });
		const hit429 = Object.values(table).find((hit) => hit.url === codeUrl(429))!;
		expect(hit429).toMatchObject({ title: '429 Too Many Requests', className: '4xx Client Error', unofficial: false });
		expect(hit429.tagline.length).toBeGreaterThan(0);
	});

	test('each vocabulary shard holds only words of its own letter', () => {
		const shards = readdirSync(join(DIST, 'search-vocabulary')).map((file) => file.replace(/\.json$/, ''));
		expect(shards).toContain('r');
		for (const shard of shards) {
			const words = JSON.parse(readDist(vocabularyShardUrl(shard))) as string[];
			expect(words.filter((word) => shardOf(word) !== shard), shard).toEqual([]);
		}
		expect(JSON.parse(readDist(vocabularyShardUrl('r')))).toContain('requests');
	});
});
