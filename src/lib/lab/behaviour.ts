/**
 * The lab's results as data (`src/data/client-behaviour.json`): built from a
 * run, merged into what was committed, and compared with it.
 */
import { CLIENT_IDS, type ClientBehaviour, type ClientId, type CodeBehaviour, type LabClient, type Observation } from './client-behaviour.ts';
import { type ClientReport, type Hit, observe, type ProbeRun } from './observe.ts';
import type { CodePlan } from './plan.ts';
import { labRequest, probeId, probeKinds } from './probes.ts';

/** One client's run: who it is and what it reported, by request id. */
export interface ClientRun {
	client: Omit<LabClient, 'date'>;
	reports: ReadonlyMap<string, ClientReport>;
}

const byClientOrder = (a: { id: ClientId }, b: { id: ClientId }) => CLIENT_IDS.indexOf(a.id) - CLIENT_IDS.indexOf(b.id);

/** The data of one lab run: every client run, observed code by code from its reports and the server's log. */
export function labBehaviour(plans: readonly CodePlan[], runs: readonly ClientRun[], hits: (probe: string) => Hit[], date: string): ClientBehaviour {
	return {
		date,
		clients: runs.map((run) => ({ ...run.client, date })).sort(byClientOrder),
		codes: plans.map((plan) => {
			const clients: CodeBehaviour['clients'] = {};
			for (const { client, reports } of [...runs].sort((a, b) => byClientOrder(a.client, b.client))) {
				const probes: ProbeRun[] = probeKinds(plan).flatMap((kind) => {
					const id = probeId(client.id, kind, plan.code);
					const report = reports.get(id);
					// The port only shapes URLs, which `observe` does not read.
					return report ? [{ request: labRequest(client.id, plan, kind, 0), report, hits: hits(id) }] : [];
				});
				if (probes.length > 0) clients[client.id] = observe(plan, probes);
			}
			return { code: plan.code, sent: { reason: plan.reason, interim: plan.interim, headers: plan.headers, notSent: plan.notSent }, clients };
		}),
	};
}

/**
 * The committed data with a new run in it: the clients of the run replace their
 * earlier observations; clients the run did not have keep theirs, with their date.
 */
export function mergeBehaviour(committed: ClientBehaviour | undefined, fresh: ClientBehaviour): ClientBehaviour {
	const ran = new Set(fresh.clients.map((client) => client.id));
	const kept = (committed?.clients ?? []).filter((client) => !ran.has(client.id));
	const earlier = new Map((committed?.codes ?? []).map((item) => [item.code, item.clients]));
	return {
		date: fresh.date,
		clients: [...kept, ...fresh.clients].sort(byClientOrder),
		codes: fresh.codes.map((item) => {
			const before = earlier.get(item.code) ?? {};
			const clients = Object.fromEntries(
				CLIENT_IDS.flatMap((id) => {
					const observation = ran.has(id) ? item.clients[id] : before[id];
					return observation ? [[id, observation] as const] : [];
				}),
			);
			return { ...item, clients };
		}),
	};
}

/** An observation of a client whose version the data records, that differs from the data. */
export interface Difference {
	code: number;
	client: ClientId;
	/** The client's name and what differs, for people. */
	text: string;
}

export interface Comparison {
	differences: Difference[];
	/** Clients not compared, with why: another version than the data records, or not in the data. */
	notCompared: string[];
}

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
/**
 * What a field says for the comparison. The error's wording is kept for readers but not compared: a
 * browser words one failure differently from run to run (a failed navigation, or its own error page).
 * How often a client retries is not compared either, only whether it did: the count follows the
 * connections the client had open.
 */
function compared(observation: Observation, field: keyof Observation): unknown {
	if (field === 'error') return undefined;
	if (field === 'retries') return observation.retries > 0;
	return observation[field];
}

/** What a new run says against the committed data, for the clients it ran whose version the data records. */
export function compareBehaviour(committed: ClientBehaviour, fresh: ClientBehaviour): Comparison {
	const differences: Difference[] = [];
	const notCompared: string[] = [];
	const recorded = new Map(committed.clients.map((client) => [client.id, client]));
	const committedCodes = new Map(committed.codes.map((item) => [item.code, item.clients]));
	for (const client of fresh.clients) {
		const before = recorded.get(client.id);
		if (!before) {
			notCompared.push(`${client.name} ${client.version}: not in the data`);
			continue;
		}
		if (before.version !== client.version) {
			notCompared.push(`${client.name}: ${client.version} here, ${before.version} in the data (${before.date})`);
			continue;
		}
		for (const item of fresh.codes) {
			const now = item.clients[client.id];
			const then = committedCodes.get(item.code)?.[client.id];
			const differ = (text: string) => differences.push({ code: item.code, client: client.id, text: `${item.code} ${client.name}: ${text}` });
			if (!then || !now) {
				if (then !== now) differ(then ? 'observed in the data, not now' : 'observed now, not in the data');
				continue;
			}
			const fields = new Set([...Object.keys(then), ...Object.keys(now)] as (keyof Observation)[]);
			for (const field of fields) {
				if (JSON.stringify(compared(then, field)) !== JSON.stringify(compared(now, field))) differ(`${field} ${show(then[field])} in the data, ${show(now[field])} now`);
			}
		}
	}
	return { differences, notCompared };
}
