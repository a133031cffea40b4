/** `/codes.schema.json`: the JSON Schema of `/codes.json` and of each `/codes/<code>.json`. */
import type { APIRoute } from 'astro';
import { codesApiSchema } from '../lib/api/codes-api-schema';

export const GET: APIRoute = ({ site }) => Response.json(codesApiSchema(site));
