/** The dark-theme toggle: a pressed button means dark; the choice is stored for the next visit. */
function isDark(): boolean {
	const chosen = document.documentElement.dataset.theme;
	return chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

export function bindThemeToggle(button: HTMLButtonElement): void {
	const sync = () => button.setAttribute('aria-pressed', String(isDark()));
	sync();
	matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
	button.addEventListener('click', () => {
		const theme = isDark() ? 'light' : 'dark';
		document.documentElement.dataset.theme = theme;
		try {
			localStorage.setItem('theme', theme);
		} catch {
			// Private modes may refuse storage; the choice then lasts for this page only.
		}
		sync();
	});
}
