/** Debian's curl (`/usr/bin/curl`, or `$LAB_CURL`), following redirects as `-L` asks. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { normaliseError } from '../../../src/lib/lab/errors.ts';
import type { ClientReport } from '../../../src/lib/lab/observe.ts';
import { labRequests, type LabRequest } from '../../../src/lib/lab/probes.ts';
import { clientEnv, type Driver, reportEach, TIMEOUT_MS } from '../driver.ts';

const run = promisify(execFile);
const CURL = process.env.LAB_CURL ?? '/usr/bin/curl';
const FLAGS = ['-sS', '-L'];

/** `-D -` dumps every response's head, interim ones included; `-w` ends the output with the last status. */
function args(request: LabRequest): string[] {
	return [
		...FLAGS,
		'--max-time',
		String(TIMEOUT_MS / 1000),
		'-o',
		'/dev/null',
		'-D',
		'-',
		'-w',
		'\\n%{http_code}',
		...Object.entries(request.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
		...(request.body === undefined ? [] : ['--data-raw', request.body]),
		request.url,
	];
}

async function once(request: LabRequest): Promise<ClientReport> {
	try {
		const { stdout } = await run(CURL, args(request), { encoding: 'utf8', env: clientEnv() });
		const lines = stdout.split(/\r?\n/);
		const interim = lines.flatMap((line) => /^HTTP\/[\d.]+ (1\d\d)\b/.exec(line)?.[1] ?? []).map(Number);
		return { ok: true, status: Number(lines.at(-1)), interim };
	} catch (error) {
		const { code, stderr } = error as { code?: number; stderr?: string };
		return { ok: false, error: normaliseError(`exit ${code}: ${(stderr ?? '').replace(/^curl: /, '').trim()}`) };
	}
}

export const curl: Driver = {
	ids: ['curl'],
	async missing() {
		return run(CURL, ['--version']).then(
			() => undefined,
			() => `${CURL} is missing (Debian: curl)`,
		);
	},
	async run(plans, server) {
		const { stdout } = await run(CURL, ['--version'], { encoding: 'utf8' });
		const requests = labRequests('curl', plans, server.port);
		const reports = await reportEach(requests, 4, once);
		return [
			{
				client: { id: 'curl', name: 'curl', version: stdout.split(' ')[1], invocation: `curl ${FLAGS.join(' ')} --max-time ${TIMEOUT_MS / 1000}` },
				reports,
			},
		];
	},
};
