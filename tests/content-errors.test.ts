/**
 * A bad entry must fail `astro sync` (the first step of every build) with a
 * message that names the file and the field. Each case syncs a temporary
 * content folder holding the good entry and one broken fixture from
 * `tests/fixtures/invalid/`; the real `content/` is never touched.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build, sync } from 'astro';
import { splitFrontmatter } from '../src/lib/content/content-files';
import { afterAll, describe, expect, test } from 'vitest';

const GOOD_NAME = '200.mdx';
const good = readFileSync('tests/fixtures/good-entry.mdx', 'utf8');
const folders: string[] = [];

interface Result {
	ok: boolean;
	/** What the CLI would print: the message and the location, Markdown emphasis removed. */
	output: string;
	dir: string;
	/** The loaded collection as Astro stored it (only after a successful sync). */
	store: string;
}

function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	folders.push(dir);
	return dir;
}

/**
 * Astro's cache folders outlive the run: a sync that fails leaves a debounced save of its
 * content store due 500 ms later, which fails the run if its folder is gone by then. So each
 * run removes those of runs that ended long ago instead (an hour: a run now in progress
 * elsewhere on the machine keeps its own).
 */
const CACHE_PREFIX = 'codes-test-astro-cache-';
const STALE_MS = 60 * 60 * 1000;

function cacheDir(): string {
	return mkdtempSync(join(tmpdir(), CACHE_PREFIX));
}

for (const name of readdirSync(tmpdir())) {
	const path = join(tmpdir(), name);
	if (name.startsWith(CACHE_PREFIX) && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
}

/**
 * Runs Astro's `sync` (or `build`) in-process on `dir`. Each run gets its own
 * cache folder: Astro's content store keeps an unchanged file's old path, so a
 * shared store would mix entries from earlier folders into the result.
 */
async function syncFolder(dir: string, command: typeof sync | typeof build = sync): Promise<Result> {
	const cache = cacheDir();
	process.env.CODES_CONTENT_DIR = dir;
	try {
		await command({ root: process.cwd(), cacheDir: cache, outDir: tempDir('astro-dist-'), logLevel: 'silent' });
		return { ok: true, output: '', dir, store: readFileSync(join(cache, 'data-store.json'), 'utf8') };
	} catch (error) {
		const { message, loc } = error as Error & { loc?: { file?: string; line?: number; column?: number } };
		const location = loc?.file ? `\nLocation: ${loc.file}:${loc.line ?? 0}:${loc.column ?? 0}` : '';
		return { ok: false, output: (message + location).replaceAll('**', ''), dir, store: '' };
	} finally {
		delete process.env.CODES_CONTENT_DIR;
	}
}

function syncFiles(files: Record<string, string>, command?: typeof sync | typeof build): Promise<Result> {
	const dir = tempDir('codes-');
	for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
	return syncFolder(dir, command);
}

afterAll(() => {
	for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const fixture = (name: string) => readFileSync(join('tests/fixtures/invalid', name), 'utf8');

/**
 * Each broken fixture, the file name it is synced under, and the message that
 * must name its field. Schema errors name the file on Astro's `Location:` line,
 * collection rules prefix each line with the file; both contain `writtenAs`.
 */
const CASES: { fixture: string; writtenAs: string; message: RegExp }[] = [
	{ fixture: 'missing-summary.mdx', writtenAs: '202.mdx', message: /summary: is required/ },
	{ fixture: 'unknown-field.mdx', writtenAs: '202.mdx', message: /summery: is not a field of an entry/ },
	{ fixture: 'malformed-frontmatter.mdx', writtenAs: '202.mdx', message: /bad indentation of a mapping entry[\s\S]*202\.mdx:3:/ },
	{ fixture: 'code-not-file-name.mdx', writtenAs: '201.mdx', message: /201\.mdx: code: 202 does not match the file name 201/ },
	{ fixture: 'duplicate-code.mdx', writtenAs: '201.mdx', message: /201\.mdx: code: 200 is already described by \S*\/200\.mdx/ },
	{ fixture: 'code-out-of-range.mdx', writtenAs: '600.mdx', message: /status: 600 is not in the IANA registry, so status must be unofficial/ },
	{ fixture: 'code-below-range.mdx', writtenAs: '99.mdx', message: /code: 99 is below 100, so no response can carry it: only an entry with status not-a-status/ },
	{ fixture: 'not-a-status-below-100.mdx', writtenAs: '1.mdx', message: /code: 1 is below 100, so no response can carry it/ },
	{ fixture: 'not-a-status-on-status-code.mdx', writtenAs: '202.mdx', message: /status: not-a-status is for numbers below 100 that clients report when no status arrived; 202 is a three-digit status code/ },
	{ fixture: 'registry-name-mismatch.mdx', writtenAs: '202.mdx', message: /name: the IANA registry name of 202 is "Accepted"/ },
	{ fixture: 'related-without-entry.mdx', writtenAs: '202.mdx', message: /202\.mdx: related\[0\]\.code: 418 has no entry/ },
	{ fixture: 'spec-link-not-https.mdx', writtenAs: '202.mdx', message: /spec\.url: must be an https link to www\.rfc-editor\.org or datatracker\.ietf\.org/ },
	{ fixture: 'spec-link-unknown-host.mdx', writtenAs: '202.mdx', message: /spec\.url: must be an https link to www\.rfc-editor\.org or datatracker\.ietf\.org/ },
	{ fixture: 'vendor-docs-unknown-host.mdx', writtenAs: '499.mdx', message: /vendors\.0\.docs: must be an https link to a known reference host/ },
	{ fixture: 'summary-too-long.mdx', writtenAs: '202.mdx', message: /summary: must be at most 160 characters/ },
	{ fixture: 'unknown-status.mdx', writtenAs: '202.mdx', message: /status: must be one of registered, unused, temporary, obsoleted, unofficial/ },
	{ fixture: 'cacheable-not-as-specified.mdx', writtenAs: '429.mdx', message: /cacheable: the specifications make 429 never .*write never/ },
	{ fixture: 'markdown-in-frontmatter.mdx', writtenAs: '202.mdx', message: /tagline: must be plain text: it is shown as written, so leave out Markdown/ },
	{ fixture: 'sub-status-of-another-code.mdx', writtenAs: '500.mdx', message: /subStatuses\.0\.code: 502\.5 is not a sub-status of 500: it must start with "500\."/ },
	{ fixture: 'unknown-header-role.mdx', writtenAs: '202.mdx', message: /headers\.0\.role: must be one of must, should, may, must-not, common/ },
	{ fixture: 'malformed-mdx.mdx', writtenAs: '202.mdx', message: /202\.mdx: body: malformed MDX at line 18, column \d+: Expected a closing tag for `<span>`/ },
	{ fixture: 'missing-section.mdx', writtenAs: '202.mdx', message: /202\.mdx: body: missing required section "## Example"/ },
	{ fixture: 'in-code-without-example.mdx', writtenAs: '202.mdx', message: /202\.mdx: body: section "## In code" holds no code block/ },
	{ fixture: 'uncited-normative-claim.mdx', writtenAs: '202.mdx', message: /202\.mdx: body: normative claim without a link to its specification section: "The server MUST/ },
];

/** The good entry's text as the content store must hold it: summary and body, unaltered. */
const GOOD_TEXT = [
	JSON.stringify('The request succeeded and the body carries the result.'),
	JSON.stringify(splitFrontmatter(good).body.trim()),
];

describe('a bad entry fails the build, naming file and field', { timeout: 120_000 }, () => {
	test('every fixture in tests/fixtures/invalid/ has a case', () => {
		expect(readdirSync('tests/fixtures/invalid').sort()).toEqual(CASES.map((item) => item.fixture).sort());
	});

	test('good entries sync and are stored as written', async () => {
		const accepted = fixture('registry-name-mismatch.mdx').replace('name: Queued', 'name: Accepted');
		const { ok, output, dir, store } = await syncFiles({ [GOOD_NAME]: good, '202.mdx': accepted });
		expect(output).toBe('');
		expect(ok).toBe(true);
		for (const name of [GOOD_NAME, '202.mdx']) expect(store).toContain(`${basename(dir)}/${name}`);
		for (const text of GOOD_TEXT) expect(store).toContain(text);
	});

	for (const { fixture: name, writtenAs, message } of CASES) {
		test(name.replace(/\.mdx$/, '').replaceAll('-', ' '), async () => {
			const { ok, output, dir } = await syncFiles({ [GOOD_NAME]: good, [writtenAs]: fixture(name) });
			expect(ok).toBe(false);
			expect(output).toContain(`${basename(dir)}/${writtenAs}`);
			expect(output).toMatch(message);
			// The good entry next to it is neither blamed nor touched.
			expect(output).not.toContain(`${basename(dir)}/${GOOD_NAME}:`);
			expect(output).not.toContain('codes → 200 ');
			expect(readFileSync(join(dir, GOOD_NAME), 'utf8')).toBe(good);
		});
	}

	test('astro build stops on a bad entry before writing any page', async () => {
		const { ok, output, dir } = await syncFiles({ [GOOD_NAME]: good, '202.mdx': fixture('missing-summary.mdx') }, build);
		expect(ok).toBe(false);
		expect(output).toContain(`${basename(dir)}/202.mdx`);
		expect(output).toMatch(/summary: is required/);
	});

	test('once the bad file is gone, the same folder syncs and keeps the good entry', async () => {
		const failed = await syncFiles({ [GOOD_NAME]: good, '202.mdx': fixture('unknown-status.mdx') });
		expect(failed.ok).toBe(false);
		rmSync(join(failed.dir, '202.mdx'));
		const { ok, store } = await syncFolder(failed.dir);
		expect(ok).toBe(true);
		expect(store).toContain(`${basename(failed.dir)}/${GOOD_NAME}`);
		for (const text of GOOD_TEXT) expect(store).toContain(text);
		expect(store).not.toContain(`${basename(failed.dir)}/202.mdx`);
	});
});
