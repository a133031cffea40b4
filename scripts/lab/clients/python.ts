/** Python requests and urllib, on Debian's python3 (`/usr/bin/python3`, or `$LAB_PYTHON`) with Debian's python3-requests. */
import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ClientId } from '../../../src/lib/lab/client-behaviour.ts';
import { normaliseError } from '../../../src/lib/lab/errors.ts';
import type { ClientReport } from '../../../src/lib/lab/observe.ts';
import { labRequests } from '../../../src/lib/lab/probes.ts';
import { clientEnv, type Driver, type DriverResult, TIMEOUT_MS } from '../driver.ts';

const PYTHON = process.env.LAB_PYTHON ?? '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('python_client.py', import.meta.url));

const LIBRARIES = {
	'python-requests': { library: 'requests', name: 'Python requests', invocation: 'requests.request(method, url, headers=headers, data=body, timeout=5)' },
	'python-urllib': { library: 'urllib', name: 'Python urllib', invocation: 'urllib.request.urlopen(Request(url, data, headers, method), timeout=5)' },
} as const;

function runScript(input: object): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(PYTHON, [SCRIPT], { env: clientEnv(), stdio: ['pipe', 'pipe', 'inherit'] });
		let stdout = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${SCRIPT} exited with ${code}`))));
		child.stdin.end(JSON.stringify(input));
	});
}

async function runLibrary(id: keyof typeof LIBRARIES, ...[plans, server]: Parameters<Driver['run']>): Promise<DriverResult> {
	const { library, name, invocation } = LIBRARIES[id];
	const output = JSON.parse(await runScript({ client: library, timeout: TIMEOUT_MS / 1000, requests: labRequests(id, plans, server.port) })) as {
		version: string;
		runtime: string;
		reports: Record<string, ClientReport>;
	};
	const reports = Object.entries(output.reports).map(([request, report]) => [request, report.error ? { ...report, error: normaliseError(report.error) } : report] as const);
	return { client: { id, name, version: output.version, runtime: output.runtime, invocation }, reports: new Map(reports) };
}

export const python: Driver = {
	ids: Object.keys(LIBRARIES) as ClientId[],
	async missing() {
		return promisify(execFile)(PYTHON, ['-c', 'import requests']).then(
			() => undefined,
			() => `${PYTHON} with requests is missing (Debian: python3-requests)`,
		);
	},
	run: (plans, server) => Promise.all((Object.keys(LIBRARIES) as (keyof typeof LIBRARIES)[]).map((id) => runLibrary(id, plans, server))),
};
