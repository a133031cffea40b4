/**
 * Copy controls, by one delegated listener: a section link (`a[data-copy-link]`)
 * copies its full URL and still goes to the section; a code block's button
 * (`[data-copy-code]`) copies the block's text as written, not its highlighted
 * HTML. The page's status region (`[data-copy-status]`, rendered with the page so
 * that screen readers announce what is written into it) says how it went.
 * Without JavaScript the links stay plain links and the buttons are hidden.
 */
let clear: ReturnType<typeof setTimeout>;

export function bindCopy(root: Document): void {
	root.addEventListener('click', (event) => {
		const control = (event.target as Element).closest<HTMLElement>('[data-copy-link],[data-copy-code]');
		const status = root.querySelector('[data-copy-status]');
		if (!control || !status) return;
		const link = (control as HTMLAnchorElement).href;
		const say = (message: string) => {
			status.textContent = message;
			clearTimeout(clear);
			clear = setTimeout(() => (status.textContent = ''), 3000);
		};
		// No clipboard outside a secure context: that fails like a refused write.
		(navigator.clipboard?.writeText(link ?? control.parentElement!.nextElementSibling!.textContent!) ?? Promise.reject()).then(
			() => say(link ? 'Link copied' : 'Code copied'),
			() => say('Could not copy'),
		);
	});
}
