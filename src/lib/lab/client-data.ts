/** The lab's committed results (`src/data/client-behaviour.json`, written by `npm run lab`), for the pages and `/clients.json`. */
import data from '../../data/client-behaviour.json' with { type: 'json' };
import type { ClientBehaviour, CodeBehaviour } from './client-behaviour';

export const clientBehaviour = data as ClientBehaviour;

const byCode = new Map(clientBehaviour.codes.map((item) => [item.code, item]));

/** What the lab observed for a code, if it was sent. */
export function behaviourOf(code: number): CodeBehaviour | undefined {
	return byCode.get(code);
}
