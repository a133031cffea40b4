/** `/codes/429.json`: one code, as in `/codes.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { browserSupport } from '../../lib/codes/bcd-data';
import { toApiCode } from '../../lib/api/codes-api';
import { type CodeEntry, getCodes } from '../../lib/content/content';

export const getStaticPaths = (async () => (await getCodes()).map((entry) => ({ params: { code: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CodeEntry }> = ({ props, site }) => Response.json(toApiCode(props.entry.data, site, browserSupport().get(props.entry.data.code)));
