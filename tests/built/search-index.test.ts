/** The search files the build writes: the Pagefind index, the results table and the spelling vocabulary. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/content/content-files';
import { type ResultsTable, SEARCH_RESULTS_URL } from '../../src/lib/search/results';
import { guideLeaves } from '../../src/lib/compare/guide';
import { notStatusUrl, parseWarnCodes, parseWininetErrors } from '../../src/lib/codes/not-status-codes';
import { INDEX_INPUT_URL } from '../../src/lib/search/index-input';
import { codeUrl, compareUrl, GUIDE_URL, NOT_STATUS_CODES_URL, vocabularyShardUrl } from '../../src/lib/seo/urls';
import { shardOf } from '../../src/lib/search/vocabulary';
import { DIST } from '../built-site';
import { existsInDist, readDist } from './dist';

/**
 * Pagefind files are sent as they are (already gzip), so their size on disk is what a search fetches.
 * Since the prose is indexed, a chunk holding one very common word ("the", "request") is larger than the
 * rest, because a word's positions are never split: the typical chunk is what stays small.
 */
const MAX_CHUNK_BYTES = 12 * 1024;
const MAX_MEDIAN_CHUNK_BYTES = 3 * 1024;

const codes = readContentFiles('content/codes').map((file) => Number(file.id));
const comparisons = readContentFiles('content/comparisons').map((file) => file.id);
const fragmentIds = readdirSync(join(DIST, 'pagefind', 'fragment')).map((file) => file.replace(/\.pf_fragment$/, ''));

describe('search files', () => {
	test(`every index chunk is at most ${MAX_CHUNK_BYTES / 1024} KB and the median one ${MAX_MEDIAN_CHUNK_BYTES / 1024} KB, so a word costs a small fetch`, () => {
		const dir = join(DIST, 'pagefind', 'index');
		const chunks = readdirSync(dir).map((file) => ({ file, bytes: statSync(join(dir, file)).size }));
		expect(chunks.length).toBeGreaterThan(1);
		expect(chunks.filter((chunk) => chunk.bytes > MAX_CHUNK_BYTES)).toEqual([]);
		const sizes = chunks.map((chunk) => chunk.bytes).sort((a, b) => a - b);
		expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(MAX_MEDIAN_CHUNK_BYTES);
	});

	test('the results table has a row for every indexed page: every code page once, every comparison, every guide answer, each number that is not a status code', () => {
		const table = JSON.parse(readDist(SEARCH_RESULTS_URL)) as ResultsTable;
		expect(Object.keys(table).sort()).toEqual([...fragmentIds].sort());
		const urls = (type: string) => Object.values(table).filter((hit) => hit.type === type).map((hit) => hit.url).sort();
		expect(urls('code')).toEqual(codes.map(codeUrl).sort());
		expect(urls('comparison')).toEqual(comparisons.map(compareUrl).sort());
		expect(urls('guide')).toEqual(guideLeaves().map((leaf) => `${GUIDE_URL}#${leaf.path}`).sort());
		expect(Object.values(table).find((hit) => hit.url === '/compare/401-403-404/')).toMatchObject({ title: '401 vs 403 vs 404', codes: [401, 403, 404] });
		const numbers = [parseWarnCodes(readFileSync('src/data/warn-codes.csv', 'utf8')), parseWininetErrors(readFileSync('src/data/wininet-errors.csv', 'utf8'))].flatMap((group) => group.numbers.map(notStatusUrl));
		expect(urls('not-status')).toEqual([NOT_STATUS_CODES_URL, ...numbers].sort());
		expect(Object.values(table).find((hit) => hit.url === `${NOT_STATUS_CODES_URL}#warn-214`)).toMatchObject({ title: '214 Transformation Applied', className: 'Not a status code', unofficial: false });
		const hit429 = Object.values(table).find((hit) => hit.url === codeUrl(429))!;
		expect(hit429).toMatchObject({ title: '429 Too Many Requests', className: '4xx Client Error', unofficial: false });
		expect(hit429.tagline.length).toBeGreaterThan(0);
	});

	test('what the index alone gets is not served', () => {
		expect(existsInDist(INDEX_INPUT_URL)).toBe(false);
	});

	test('each vocabulary shard holds only words of its own first letters', () => {
		const shards = readdirSync(join(DIST, 'search-vocabulary')).map((file) => file.replace(/\.json$/, ''));
		expect(shards).toContain('re');
		for (const shard of shards) {
			const words = JSON.parse(readDist(vocabularyShardUrl(shard))) as string[];
			expect(words.filter((word) => shardOf(word) !== shard), shard).toEqual([]);
		}
		expect(JSON.parse(readDist(vocabularyShardUrl('re')))).toContain('requests');
	});
});
