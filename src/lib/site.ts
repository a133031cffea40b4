/** How the site names itself in cards, structured data, Open Graph and the OpenSearch description. */
export const SITE_NAME = 'HTTP status codes';
