/**
 * Section links (`a[data-copy-link]`) copy their full URL as well as going to
 * the section, and a polite status message says so. Without JavaScript, or
 * without clipboard access, they stay plain links to the section.
 */
export function bindCopyLinks(root: Document): void {
	const links = root.querySelectorAll('a[data-copy-link]');
	if (links.length === 0 || !navigator.clipboard) return;
	for (const link of links) link.lastElementChild!.textContent = 'Copy link to this section';

	// Present from the start so that screen readers announce what is written into it later.
	const status = root.createElement('p');
	status.setAttribute('role', 'status');
	status.dataset.copyStatus = '';
	root.body.append(status);
	let clear: ReturnType<typeof setTimeout>;

	root.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-copy-link]');
		if (!link) return;
		// The browser still follows the link, so the address bar shows the same URL.
		const show = (message: string) => {
			status.textContent = message;
			clearTimeout(clear);
			clear = setTimeout(() => (status.textContent = ''), 3000);
		};
		navigator.clipboard.writeText(link.href).then(
			() => show('Link copied'),
			() => show('Could not copy the link'),
		);
	});
}
