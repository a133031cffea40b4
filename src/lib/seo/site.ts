/** How the site names and describes itself in cards, structured data, Open Graph and the OpenSearch description. */
export const SITE_NAME = 'HTTP status codes';

export const SITE_DESCRIPTION = 'Every HTTP status code, registered and unofficial: what it means, why you got it, when to send it, and how your framework names it.';
