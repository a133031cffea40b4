/** Times full production builds, each from a clean content cache, as a fresh checkout builds. */
import { spawn } from 'node:child_process';

export interface BuildOptions {
	/** Where the site goes; Astro's `dist/` when left out. */
	outDir?: string;
	/** The content folder (the loader's `CODES_CONTENT_DIR`); `content/codes` when left out. */
	contentDir?: string;
}

/** Runs `astro build --force` and returns its wall-clock time in seconds; a failed build throws with its output. */
export async function timeBuild({ outDir, contentDir }: BuildOptions = {}): Promise<number> {
	const args = ['build', '--force', ...(outDir ? ['--outDir', outDir] : [])];
	const env = { ...process.env, ...(contentDir ? { CODES_CONTENT_DIR: contentDir } : {}) };
	const started = performance.now();
	await run('node_modules/.bin/astro', args, env);
	return (performance.now() - started) / 1000;
}

export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`))));
	});
}
