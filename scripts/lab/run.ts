/**
 * `npm run lab`: drives the HTTP clients on this machine against the lab's
 * server, one request per probe and code (`src/lib/lab/`), and writes what they
 * did to `src/data/client-behaviour.json`, keeping the observations of clients
 * this machine lacks.
 *
 * `npm run lab -- --check` writes nothing: it fails when a client whose version
 * the data records now does something else, and reports the clients it could not
 * compare (another version, or not installed). A difference counts only when it
 * holds in every one of a few new runs of that client and code: some behaviours
 * vary from run to run, and then the data's is one of them.
 * `--clients curl,go` runs only those clients.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CLIENT_IDS, type ClientBehaviour, type ClientId } from '../../src/lib/lab/client-behaviour.ts';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { compareBehaviour, type Difference, labBehaviour, mergeBehaviour } from '../../src/lib/lab/behaviour.ts';
import { type CodePlan, type LabEntry, labPlan } from '../../src/lib/lab/plan.ts';
import { chromiumBrowser, firefoxBrowser } from './clients/browsers.ts';
import { curl } from './clients/curl.ts';
import { go } from './clients/go.ts';
import { nodeFetch } from './clients/node-fetch.ts';
import { python } from './clients/python.ts';
import type { Driver } from './driver.ts';
import { startLabServer } from './server.ts';

const DATA_FILE = 'src/data/client-behaviour.json';
const DRIVERS = [curl, nodeFetch, python, go, chromiumBrowser, firefoxBrowser];
/** New runs a difference must survive before the check fails. */
const CONFIRMATIONS = 3;

const { values: options } = parseArgs({ options: { check: { type: 'boolean', default: false }, clients: { type: 'string' } } });
const wanted = (options.clients?.split(',') ?? CLIENT_IDS) as ClientId[];
for (const id of wanted) if (!(CLIENT_IDS as string[]).includes(id)) throw new Error(`--clients: no client ${id}; the clients are ${CLIENT_IDS.join(', ')}`);

/** One run of `clients` over `plans`, on a server of its own. */
async function runLab(plans: readonly CodePlan[], drivers: readonly Driver[], clients: readonly ClientId[]): Promise<ClientBehaviour> {
	const server = await startLabServer(plans);
	try {
		const runs = (await Promise.all(drivers.filter((driver) => driver.ids.some((id) => clients.includes(id))).map((driver) => driver.run(plans, server))))
			.flat()
			.filter((run) => clients.includes(run.client.id));
		return labBehaviour(plans, runs, server.hits, new Date().toISOString().slice(0, 10));
	} finally {
		await server.close();
	}
}

const plans = labPlan(readContentFiles('content/codes').map((file) => file.frontmatter as LabEntry));
const drivers: Driver[] = [];
for (const driver of DRIVERS.filter((item) => item.ids.some((id) => wanted.includes(id)))) {
	const missing = await driver.missing();
	if (missing) console.log(`lab: skipping ${driver.ids.join(', ')}: ${missing}`);
	else drivers.push(driver);
}

const started = performance.now();
const fresh = await runLab(plans, drivers, wanted);
console.log(
	`lab: ${fresh.clients.length} clients over ${plans.length} codes in ${((performance.now() - started) / 1000).toFixed(1)} s: ${fresh.clients.map((client) => `${client.name} ${client.version}`).join(', ')}`,
);

const committed = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as ClientBehaviour;
if (options.check) {
	const { differences: first, notCompared } = compareBehaviour(committed, fresh);
	for (const line of notCompared) console.log(`lab: not compared: ${line}`);
	let differences: Difference[] = first;
	for (let round = 1; round <= CONFIRMATIONS && differences.length > 0; round++) {
		const again = await runLab(
			plans.filter((plan) => differences.some((item) => item.code === plan.code)),
			drivers,
			wanted.filter((id) => differences.some((item) => item.client === id)),
		);
		const still = compareBehaviour(committed, again).differences;
		for (const item of differences.filter((item) => !still.some((other) => other.text === item.text))) console.log(`lab: varies from run to run, the data's is one outcome: ${item.text}`);
		differences = differences.filter((item) => still.some((other) => other.text === item.text));
	}
	if (differences.length > 0) {
		console.error(
			`lab: ${differences.length} observations differ from ${DATA_FILE} for the same client versions, in ${CONFIRMATIONS + 1} runs:\n${differences.map((item) => `  ${item.text}`).join('\n')}\nRun npm run lab to record what the clients do now.`,
		);
		process.exitCode = 1;
	} else console.log(`lab: every client of a recorded version did what ${DATA_FILE} says`);
} else {
	writeFileSync(DATA_FILE, `${JSON.stringify(mergeBehaviour(committed, fresh), null, '\t')}\n`);
	console.log(`lab: wrote ${DATA_FILE}`);
}
