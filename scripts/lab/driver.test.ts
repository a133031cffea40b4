import { describe, expect, test } from 'vitest';
import type { ClientReport } from '../../src/lib/lab/observe.ts';
import type { LabRequest } from '../../src/lib/lab/probes.ts';
import { mapLimit, reportEach } from './driver.ts';

describe('mapLimit', () => {
	test('keeps the order of the items, with no more than the limit at work at once', async () => {
		let working = 0;
		let most = 0;
		const results = await mapLimit([30, 10, 20, 5, 15], 2, async (ms) => {
			most = Math.max(most, ++working);
			await new Promise((resolve) => setTimeout(resolve, ms));
			working--;
			return ms * 2;
		});
		expect(results).toEqual([60, 20, 40, 10, 30]);
		expect(most).toBe(2);
	});
});

describe('reportEach', () => {
	test('runs each request as many times as it asks and reports the last run, by request id', async () => {
		const runs: string[] = [];
		const request = (id: string, times: 1 | 2) => ({ id, times }) as LabRequest;
		const reports = await reportEach([request('once', 1), request('repeat', 2)], 2, async ({ id }) => {
			runs.push(id);
			return { ok: true, run: runs.filter((run) => run === id).length } as unknown as ClientReport;
		});
		expect(runs.sort()).toEqual(['once', 'repeat', 'repeat']);
		expect(reports).toEqual(new Map([['once', { ok: true, run: 1 }], ['repeat', { ok: true, run: 2 }]]));
	});
});
