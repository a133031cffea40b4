import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { encodeIndexedPng } from './png';

/** A minimal reader for what the encoder writes: chunks with their CRCs checked, pixels back as RGBA. */
function decode(png: Uint8Array) {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const chunks = new Map<string, Uint8Array>();
	const order: string[] = [];
	for (let offset = 8; offset < png.length; ) {
		const length = view.getUint32(offset);
		const type = new TextDecoder().decode(png.subarray(offset + 4, offset + 8));
		const data = png.subarray(offset + 8, offset + 8 + length);
		expect(view.getUint32(offset + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
		chunks.set(type, data);
		order.push(type);
		offset += 12 + length;
	}
	const header = new DataView(chunks.get('IHDR')!.buffer, chunks.get('IHDR')!.byteOffset);
	const width = header.getUint32(0);
	const height = header.getUint32(4);
	const palette = chunks.get('PLTE')!;
	const alpha = chunks.get('tRNS');
	const rows = inflateSync(chunks.get('IDAT')!);
	const rgba: number[] = [];
	for (let y = 0; y < height; y++) {
		expect(rows[y * (width + 1)], 'filter type').toBe(0);
		for (let x = 0; x < width; x++) {
			const index = rows[y * (width + 1) + 1 + x];
			rgba.push(palette[index * 3], palette[index * 3 + 1], palette[index * 3 + 2], alpha?.[index] ?? 255);
		}
	}
	return { order, width, height, bitDepth: chunks.get('IHDR')![8], colourType: chunks.get('IHDR')![9], rgba };
}

function image(width: number, height: number, colourAt: (i: number) => number[]): Uint8Array {
	return Uint8Array.from({ length: width * height * 4 }, (_, byte) => colourAt(Math.floor(byte / 4))[byte % 4]);
}

describe('encodeIndexedPng', () => {
	test('round-trips an opaque image exactly, as an 8-bit palette PNG without transparency', () => {
		const colours = [
			[16, 20, 24, 255],
			[246, 178, 107, 255],
			[232, 235, 238, 255],
		];
		const rgba = image(7, 5, (i) => colours[(i * 7) % 3]);
		const decoded = decode(encodeIndexedPng(rgba, 7, 5)!);
		expect(decoded).toMatchObject({ width: 7, height: 5, bitDepth: 8, colourType: 3, order: ['IHDR', 'PLTE', 'IDAT', 'IEND'] });
		expect(decoded.rgba).toEqual([...rgba]);
	});

	test('reads pixel data that does not start on a 4-byte boundary', () => {
		const rgba = image(3, 2, (i) => [i * 40, 10, 20, 255]);
		const shifted = new Uint8Array(rgba.length + 1);
		shifted.set(rgba, 1);
		expect(decode(encodeIndexedPng(shifted.subarray(1), 3, 2)!).rgba).toEqual([...rgba]);
	});

	test('keeps transparency in a tRNS chunk', () => {
		const rgba = image(4, 4, (i) => (i % 2 ? [255, 0, 0, 128] : [0, 0, 255, 255]));
		const decoded = decode(encodeIndexedPng(rgba, 4, 4)!);
		expect(decoded.order).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
		expect(decoded.rgba).toEqual([...rgba]);
	});

	test('gives up on an image with more than 256 colours, so the caller keeps a full-colour PNG', () => {
		const rgba = image(257, 1, (i) => [i & 0xff, i >> 8, 0, 255]);
		expect(encodeIndexedPng(rgba, 257, 1)).toBeUndefined();
		expect(encodeIndexedPng(rgba.subarray(0, 256 * 4), 256, 1)).toBeDefined();
	});

	test('rejects pixel data that does not match the size', () => {
		expect(() => encodeIndexedPng(new Uint8Array(12), 2, 2)).toThrow('expected 16 bytes');
	});
});
