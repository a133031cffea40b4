/**
 * What every client driver of the lab provides, and what they share. A driver
 * runs one client, or for a browser two (its `fetch()` and its navigation),
 * through the requests of `labRequests` and reports what each handed back.
 */
import type { ClientId, LabClient } from '../../src/lib/lab/client-behaviour.ts';
import type { ClientReport } from '../../src/lib/lab/observe.ts';
import type { CodePlan } from '../../src/lib/lab/plan.ts';
import type { LabRequest } from '../../src/lib/lab/probes.ts';
import type { LabServer } from './server.ts';

/** Per request: short, so a client that hangs on a code costs little, long enough for one `Retry-After: 1`. */
export const TIMEOUT_MS = 5_000;

export interface DriverResult {
	client: Omit<LabClient, 'date'>;
	/** Reports by request id. */
	reports: Map<string, ClientReport>;
}

export interface Driver {
	/** The clients it runs. */
	ids: readonly ClientId[];
	/** Why it cannot run on this machine, or undefined when it can. */
	missing(): Promise<string | undefined>;
	run(plans: readonly CodePlan[], server: LabServer): Promise<DriverResult[]>;
}

/** The environment of a client process: without proxy settings, which would send the lab's requests elsewhere. */
export function clientEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/_proxy$/i.test(name)));
}

/** Runs `task` over `items`, at most `limit` at a time, keeping their order in the result. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

/**
 * Reports by request id for a client driven one request at a time: `once` runs each request,
 * as many times in a row as it asks (`times`: a repeat), and the last run is reported.
 */
export async function reportEach(requests: readonly LabRequest[], limit: number, once: (request: LabRequest) => Promise<ClientReport>): Promise<Map<string, ClientReport>> {
	const reports = await mapLimit(requests, limit, async (request) => {
		let report = await once(request);
		for (let time = 1; time < request.times; time++) report = await once(request);
		return [request.id, report] as const;
	});
	return new Map(reports);
}
