/** `/codes.json`: every code with its structured facts (format: `/codes.schema.json`, README "Data"). */
import type { APIRoute } from 'astro';
import { browserSupport } from '../lib/codes/bcd-data';
import { toApiIndex } from '../lib/api/codes-api';
import { getCodes } from '../lib/content/content';

export const GET: APIRoute = async ({ site }) => {
	const entries = (await getCodes()).map((entry) => entry.data);
	return Response.json(toApiIndex(entries, site, browserSupport()));
};
