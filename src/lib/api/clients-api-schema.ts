/**
 * The JSON Schema (draft 2020-12) of `/clients.json`, the client lab's results,
 * served as `/clients.schema.json`. Enumerations come from the constants the lab
 * and the pages use, so the three cannot drift.
 */
import { CLIENT_IDS, RESULTS, USERINFO } from '../lab/client-behaviour';
import { absoluteUrl, CLIENTS_SCHEMA_URL, CLIENTS_URL } from '../seo/urls';

const text = { type: 'string', minLength: 1 } as const;
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD.' } as const;
const yesNo = (description: string) => ({ type: 'boolean', description }) as const;

function object(properties: Record<string, object>, required: string[], description?: string) {
	return { type: 'object', ...(description && { description }), properties, required, additionalProperties: false };
}

export function clientsApiSchema(site: URL | undefined) {
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: absoluteUrl(CLIENTS_SCHEMA_URL, site),
		title: 'What HTTP clients do with each status code',
		description: `What real HTTP clients did with each code in the client lab (npm run lab): every field observed, none typed by hand. How it measures: ${absoluteUrl(CLIENTS_URL, site)}`,
		...object(
			{
				date: { ...day, description: 'The day of the latest lab run.' },
				clients: { type: 'array', items: { $ref: '#/$defs/client' }, description: 'The clients, each with the version that was measured.' },
				codes: { type: 'array', items: { $ref: '#/$defs/code' }, description: 'Every code the lab sent, in numeric order.' },
			},
			['date', 'clients', 'codes'],
		),
		$defs: {
			client: object(
				{
					id: { enum: CLIENT_IDS, description: 'The key of its observations; a browser is two clients, its fetch() and its navigation.' },
					name: { ...text, description: 'e.g. "curl", "Python requests", "Chromium fetch()".' },
					version: { ...text, description: "The client's own version (undici's for Node fetch, the Python version for urllib)." },
					runtime: { ...text, description: 'What runs it, where that is not the client itself: "Node.js 22.23.3", "CPython 3.11.2".' },
					invocation: { ...text, description: 'How the lab calls it.' },
					date: { ...day, description: 'The day the lab last ran it.' },
				},
				['id', 'name', 'version', 'invocation', 'date'],
			),
			code: object(
				{
					code: { type: 'integer', minimum: 100, maximum: 999 },
					sent: object(
						{
							reason: { ...text, description: 'The reason phrase on the status line.' },
							interim: yesNo('Sent as an interim response, followed by a final 200.'),
							headers: { type: 'array', items: text, description: "The entry's headers the lab sent." },
							notSent: { type: 'array', items: object({ name: text, why: text }, ['name', 'why']), description: "The entry's headers the lab left out, and why." },
						},
						['reason', 'interim', 'headers', 'notSent'],
						'What the lab server sent, from the code entry.',
					),
					clients: {
						type: 'object',
						propertyNames: { enum: CLIENT_IDS },
						additionalProperties: { $ref: '#/$defs/observation' },
						description: 'One observation per client that was run, by client id.',
					},
				},
				['code', 'sent', 'clients'],
			),
			observation: object(
				{
					result: { enum: RESULTS, description: 'The plain GET: the response handed to the caller, an error (exception, non-zero exit, browser error page), or a browser staying on the page it was on.' },
					status: { type: 'integer', minimum: 100, maximum: 999, description: 'With a response: its status after any redirect followed.' },
					error: { ...text, description: "With an error: the client's words, addresses and ports replaced." },
					retries: { type: 'integer', minimum: 0, description: 'Requests for the URL after the first, made by the client on its own.' },
					waited: yesNo('With retries: the first came at least 0.9 s later, as Retry-After: 1 asks.'),
					interim: yesNo('1xx: the caller can see the interim response.'),
					hints: yesNo("103: the client fetched what the hint's Link header asks to preload."),
					hops: { type: 'integer', minimum: 0, maximum: 2, description: 'Codes sent with Location: redirects followed of the two the lab chains (the first to another host name).' },
					post: object({ method: text, body: { type: 'boolean' } }, ['method', 'body'], 'The request after the redirect of a POST with a body; absent when not followed.'),
					authorization: yesNo('The Authorization header reached the other host name after the redirect.'),
					cookie: yesNo('The cookie reached the other host name after the redirect.'),
					cached: yesNo('Heuristically cacheable codes: a second identical request did not reach the server.'),
					userinfo: { enum: USERINFO, description: '401: credentials in the URL went with the first request, after the challenge, never, or the URL was refused.' },
					prompt: { const: true, description: 'The plain GET made a browser ask for credentials (the lab cancels the prompt).' },
				},
				['result', 'retries'],
				'What one client did with one code.',
			),
		},
	};
}
