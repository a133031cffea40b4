/** `/clients.schema.json`: the JSON Schema of `/clients.json`. */
import type { APIRoute } from 'astro';
import { clientsApiSchema } from '../lib/api/clients-api-schema';

export const GET: APIRoute = ({ site }) => Response.json(clientsApiSchema(site));
