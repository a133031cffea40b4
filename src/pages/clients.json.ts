/** `/clients.json`: what real HTTP clients did with each code in the client lab (format: `/clients.schema.json`). */
import type { APIRoute } from 'astro';
import { clientBehaviour } from '../lib/lab/client-data';

export const GET: APIRoute = () => Response.json(clientBehaviour);
