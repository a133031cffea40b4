/**
 * The decision guide one question at a time. It reads the nested list the page
 * renders for visitors without JavaScript, and keeps the path of the current
 * step in the URL fragment (`#client.auth.missing`), so a step can be shared,
 * reloaded and reached with the browser's back button.
 */
class StatusGuide extends HTMLElement {
	connectedCallback() {
		const find = (selector: string, root: ParentNode = this) => root.querySelector(selector) as HTMLElement;
		const tree = find('[data-guide-tree]');
		const title = find('[data-title]');
		const body = find('[data-body]');
		const answers = find('[data-answers]');
		const trail = find('[data-trail]');
		const nav = find('[data-nav]');
		// The server renders the first question's answers; each new answer copies one, classes included.
		const template = answers.firstElementChild!.cloneNode(true) as HTMLElement;
		const label = (id: string) => find(':scope > [data-label]', document.getElementById(id)!).textContent!;
		let parent = '';

		const render = () => {
			const path = decodeURIComponent(location.hash.slice(1));
			const node = path ? document.getElementById(path) : tree;
			// Fragments outside the guide (the skip link's #main) are not steps.
			if (!node || !tree.contains(node)) return;
			const ids = path ? path.split('.') : [];
			const result = find(':scope > [data-result]', node);
			title.textContent = result ? `Use ${find('a', result).textContent}` : find(':scope > [data-question]', node).textContent;
			body.replaceChildren(...(result ? [result.cloneNode(true)] : []));
			answers.replaceChildren(
				...[...node.querySelectorAll(':scope > ul > li')].map((item) => {
					const copy = template.cloneNode(true) as HTMLElement;
					const link = find('a', copy) as HTMLAnchorElement;
					link.href = `#${item.id}`;
					link.textContent = label(item.id);
					return copy;
				}),
			);
			trail.replaceChildren(
				...ids.map((_, index) => {
					const item = document.createElement('li');
					item.textContent = label(ids.slice(0, index + 1).join('.'));
					return item;
				}),
			);
			body.hidden = !result;
			trail.hidden = nav.hidden = !path;
			parent = ids.slice(0, -1).join('.');
			title.focus();
		};

		const go = (path: string) => {
			history.pushState(null, '', path ? `#${path}` : location.pathname);
			render();
		};

		find('[data-back]').addEventListener('click', () => go(parent));
		find('[data-restart]').addEventListener('click', () => go(''));
		addEventListener('hashchange', render);
		// A shared step opens with focus on its question, where a fragment link would put it. The browser
		// settles the fragment (and the focus) once the page has loaded, so focus again after that.
		if (location.hash) {
			render();
			addEventListener('load', () => title.focus(), { once: true });
		}
	}
}

customElements.define('status-guide', StatusGuide);
