/**
 * A bad entry must fail `astro sync` (the first step of every build) with a
 * message that names the file and the field. Each case syncs a temporary
 * content folder holding one good entry and one bad one; the real `content/`
 * is never touched.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const good = readFileSync('tests/fixtures/good-entry.mdx', 'utf8');
const folders: string[] = [];

async function syncWith(fileName: string, source: string): Promise<{ ok: boolean; output: string }> {
	const dir = mkdtempSync(join(tmpdir(), 'codes-'));
	folders.push(dir);
	writeFileSync(join(dir, '200.mdx'), good);
	writeFileSync(join(dir, fileName), source);
	try {
		const { stdout, stderr } = await run('npx', ['astro', 'sync'], { env: { ...process.env, CODES_CONTENT_DIR: dir } });
		return { ok: true, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { ok: false, output: stdout + stderr };
	}
}

afterAll(() => {
	for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** The good fixture turned into another registry code, so it can sit next to 200. */
function goodEntry(code: number, name: string, section: string): string {
	return good.replace('code: 200', `code: ${code}`).replace('name: OK', `name: ${name}`).replaceAll('15.3.1', section).replace('cacheable: true', 'cacheable: false');
}

describe('a bad entry fails the build, naming file and field', { timeout: 60_000 }, () => {
	test('good entries sync', async () => {
		const { ok, output } = await syncWith('202.mdx', goodEntry(202, 'Accepted', '15.3.3'));
		expect(output).not.toContain('Invalid');
		expect(ok).toBe(true);
	});

	test('a code that differs from the file name', async () => {
		const { ok, output } = await syncWith('201.mdx', good);
		expect(ok).toBe(false);
		expect(output).toMatch(/201\.mdx: code: 200 does not match the file name 201/);
	});

	test('a missing required field', async () => {
		const { ok, output } = await syncWith('202.mdx', goodEntry(202, 'Accepted', '15.3.3').replace(/summary: .*\n/, ''));
		expect(ok).toBe(false);
		expect(output).toContain('202.mdx');
		expect(output).toMatch(/summary/);
	});

	test('a registry code under the wrong name', async () => {
		const { ok, output } = await syncWith('202.mdx', goodEntry(202, 'Queued', '15.3.3'));
		expect(ok).toBe(false);
		expect(output).toContain('202.mdx');
		expect(output).toMatch(/name.*the IANA registry name of 202 is "Accepted"/s);
	});

	test('a related code that has no entry', async () => {
		const bad = goodEntry(202, 'Accepted', '15.3.3').replace('retry:', 'related:\n  - code: 418\n    difference: not here\nretry:');
		const { ok, output } = await syncWith('202.mdx', bad);
		expect(ok).toBe(false);
		expect(output).toMatch(/202\.mdx: related\[0\]\.code: 418 has no entry/);
	});
});
