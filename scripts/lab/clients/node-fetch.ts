/** Node's own `fetch()` (undici), in the lab's process: the project's Node 22. */
import { normaliseError } from '../../../src/lib/lab/errors.ts';
import type { ClientReport } from '../../../src/lib/lab/observe.ts';
import { labRequests, type LabRequest } from '../../../src/lib/lab/probes.ts';
import { type Driver, reportEach, TIMEOUT_MS } from '../driver.ts';

/** The message with its causes, where undici says what went wrong ("fetch failed" alone says nothing). */
function describe(error: unknown): string {
	const parts: string[] = [];
	for (let item = error; item instanceof Error; item = item.cause) parts.push(item.message ? `${item.name}: ${item.message}` : item.name);
	return parts.join(' < ') || String(error);
}

async function once(request: LabRequest): Promise<ClientReport> {
	try {
		const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, signal: AbortSignal.timeout(TIMEOUT_MS) });
		await response.arrayBuffer();
		return { ok: true, status: response.status };
	} catch (error) {
		return { ok: false, error: normaliseError(describe(error)) };
	}
}

export const nodeFetch: Driver = {
	ids: ['node-fetch'],
	missing: async () => undefined,
	async run(plans, server) {
		const requests = labRequests('node-fetch', plans, server.port);
		const reports = await reportEach(requests, 6, once);
		return [
			{
				client: { id: 'node-fetch', name: 'Node.js fetch() (undici)', version: process.versions.undici ?? 'unknown', runtime: `Node.js ${process.versions.node}`, invocation: 'fetch(url, { method, headers, body })' },
				reports,
			},
		];
	},
};
