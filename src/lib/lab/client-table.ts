/**
 * The "What clients do" table of a code page: one row per client the lab ran,
 * and only the columns that tell something about this code (a redirect's
 * method after a POST, a 429's retries, a 103's preload), each cell a word or two.
 * The words are explained once, on the lab's page (`CLIENT_WORDS`).
 */
import { CLIENT_IDS, CLIENTS, type CodeBehaviour, type Observation } from './client-behaviour';

interface Column {
	heading: string;
	/** Whether the column says something for this code. */
	shows(observations: readonly Observation[], item: CodeBehaviour): boolean;
	cell(observation: Observation): string;
}

const followed = (observations: readonly Observation[]) => observations.some((item) => (item.hops ?? 0) > 0);
const yesNo = (value: boolean | undefined) => (value === undefined ? '–' : value ? 'yes' : 'no');

const COLUMNS: readonly Column[] = [
	{
		heading: 'Gets',
		shows: (observations) => !followed(observations),
		cell: (item) => (item.result === 'response' ? String(item.status) : item.result === 'stayed' ? 'stays' : 'error'),
	},
	{
		heading: 'Follows',
		shows: followed,
		cell: (item) => (item.result === 'error' ? 'error' : item.hops === 2 ? 'yes' : item.hops === 1 ? '1 of 2' : 'no'),
	},
	{
		heading: 'Sees the 1xx',
		shows: (observations) => observations.some((item) => item.interim !== undefined),
		cell: (item) => yesNo(item.interim),
	},
	{
		heading: 'Preloads',
		shows: (observations) => observations.some((item) => item.hints !== undefined),
		cell: (item) => yesNo(item.hints),
	},
	{
		heading: 'POST becomes',
		shows: followed,
		cell: (item) => (!item.post ? 'stops' : item.post.method !== 'POST' ? item.post.method : item.post.body ? 'POST' : 'POST, no body'),
	},
	{
		heading: 'Auth, cookie to other host',
		shows: (observations) => observations.some((item) => item.authorization !== undefined || item.cookie !== undefined),
		cell: (item) => {
			if (item.authorization === undefined && item.cookie === undefined) return '–';
			if (item.authorization === item.cookie) return item.authorization ? 'kept' : 'dropped';
			return item.authorization ? 'auth kept' : 'cookie kept';
		},
	},
	{
		heading: 'Retries',
		shows: (observations, item) => observations.some((observation) => observation.retries > 0) || item.sent.headers.includes('Retry-After'),
		cell: (item) => (item.retries === 0 ? 'no' : item.waited ? 'after 1 s' : 'at once'),
	},
	{
		heading: 'Prompt',
		shows: (observations) => observations.some((item) => item.prompt),
		cell: (item) => yesNo(item.prompt ?? false),
	},
	{
		heading: 'user:pass@ URL',
		shows: (observations) => observations.some((item) => item.userinfo !== undefined),
		cell: (item) => (item.userinfo === undefined ? '–' : USERINFO_WORDS[item.userinfo]),
	},
	{
		heading: 'Cached',
		shows: (observations) => observations.some((item) => item.cached !== undefined),
		cell: (item) => yesNo(item.cached),
	},
];

const USERINFO_WORDS: Record<NonNullable<Observation['userinfo']>, string> = {
	first: 'sent',
	'after-challenge': 'after 401',
	'not-sent': 'not sent',
	refused: 'refused',
};

/** Every word a cell may hold, with what it means: the legend on the lab's page. */
export const CLIENT_WORDS: readonly { column: string; words: readonly [word: string, meaning: string][] }[] = [
	{
		column: 'Gets',
		words: [
			['a status', 'the response is handed to the caller (a browser shows the page), with that status'],
			['error', 'the caller gets an error instead: an exception, a non-zero exit status, a browser error page'],
			['stays', 'the browser keeps the page it was on'],
		],
	},
	{ column: 'Follows', words: [['yes, no', 'whether it followed the redirect, which the lab chains twice: to the other host name, then to a page there']] },
	{ column: 'Sees the 1xx', words: [['yes', 'the caller can see the interim response: an interface reports it (curl’s header dump, Go’s trace), or it is handed over as the response']] },
	{ column: 'Preloads', words: [['yes', 'the client fetched the stylesheet the 103’s Link header names']] },
	{
		column: 'POST becomes',
		words: [
			['GET', 'after the redirect of a POST with a body, the next request is a GET without it'],
			['POST', 'the next request is a POST with the same body'],
			['stops', 'the client does not follow the redirect of a POST'],
		],
	},
	{ column: 'Auth, cookie to other host', words: [['kept, dropped', 'whether the Authorization and Cookie headers of the request reached the other host name after the redirect']] },
	{ column: 'Retries', words: [['at once, after 1 s', 'the client sent the request again by itself, at once or after the second Retry-After asked for']] },
	{ column: 'Prompt', words: [['yes', 'the browser asked for credentials (the lab answers with Cancel, as a visitor closing the prompt would)']] },
	{
		column: 'user:pass@ URL',
		words: [
			['sent', 'credentials written in the URL go with the first request'],
			['after 401', 'they go only with a second request, after the challenge'],
			['refused', 'the client refuses a URL with credentials'],
		],
	},
	{ column: 'Cached', words: [['yes', 'a second identical request was answered from the client’s cache, without reaching the server']] },
	{ column: 'any', words: [['–', 'not measured for this client']] },
];

export interface ClientTable {
	columns: string[];
	rows: { client: string; cells: string[] }[];
}

/** The table of one code, or nothing when the lab has no observation of it. */
export function clientTable(item: CodeBehaviour | undefined): ClientTable | undefined {
	const observed = CLIENT_IDS.flatMap((id) => (item?.clients[id] ? [{ id, observation: item.clients[id] }] : []));
	if (!item || observed.length === 0) return undefined;
	const observations = observed.map(({ observation }) => observation);
	const columns = COLUMNS.filter((column) => column.shows(observations, item));
	return {
		columns: columns.map((column) => column.heading),
		rows: observed.map(({ id, observation }) => ({ client: CLIENTS[id].label, cells: columns.map((column) => column.cell(observation)) })),
	};
}
