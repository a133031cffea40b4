/**
 * Go's net/http, from Debian's golang-go (`/usr/bin/go`, or `$LAB_GO`): the lab
 * builds `go/main.go` once per Go version and source into node_modules/.cache.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { normaliseError } from '../../../src/lib/lab/errors.ts';
import type { ClientReport } from '../../../src/lib/lab/observe.ts';
import { labRequests } from '../../../src/lib/lab/probes.ts';
import { clientEnv, type Driver, TIMEOUT_MS } from '../driver.ts';

const GO = process.env.LAB_GO ?? '/usr/bin/go';
const SOURCE = fileURLToPath(new URL('go/main.go', import.meta.url));
const CACHE = 'node_modules/.cache/lab';
const execute = promisify(execFile);

async function build(): Promise<string> {
	const { stdout: version } = await execute(GO, ['version'], { encoding: 'utf8' });
	const key = createHash('sha256').update(version).update(readFileSync(SOURCE)).digest('hex').slice(0, 16);
	const binary = join(CACHE, `go-client-${key}`);
	if (!existsSync(binary)) {
		mkdirSync(CACHE, { recursive: true });
		await execute(GO, ['build', '-o', binary, SOURCE], { env: { ...process.env, GO111MODULE: 'off' } });
	}
	return binary;
}

function runBinary(binary: string, input: object): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(binary, [], { env: clientEnv(), stdio: ['pipe', 'pipe', 'inherit'] });
		let stdout = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`the Go client exited with ${code}`))));
		child.stdin.end(JSON.stringify(input));
	});
}

export const go: Driver = {
	ids: ['go'],
	async missing() {
		return execute(GO, ['version']).then(
			() => undefined,
			() => `${GO} is missing (Debian: golang-go)`,
		);
	},
	async run(plans, server) {
		const binary = await build();
		const output = JSON.parse(await runBinary(binary, { timeout: TIMEOUT_MS / 1000, requests: labRequests('go', plans, server.port) })) as {
			version: string;
			reports: Record<string, ClientReport>;
		};
		const reports = Object.entries(output.reports).map(([request, report]) => [request, report.error ? { ...report, error: normaliseError(report.error) } : report] as const);
		return [{ client: { id: 'go', name: 'Go net/http', version: output.version, invocation: 'http.Client{Timeout: 5 * time.Second}.Do(req)' }, reports: new Map(reports) }];
	},
};
