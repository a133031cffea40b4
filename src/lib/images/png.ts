/**
 * A lossless PNG encoder for images of at most 256 distinct colours, which is
 * what a flat social card is even with anti-aliased text. An indexed PNG is a
 * half the size of the RGBA one a renderer writes, and quicker to compress.
 * Kept free of imports other than Node's so the card worker can load it directly.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_COLOURS = 256;

/**
 * Encodes `rgba` (4 bytes a pixel, not premultiplied, rows top to bottom) as an
 * 8-bit palette PNG, or returns undefined when it has more than 256 colours.
 */
export function encodeIndexedPng(rgba: Uint8Array, width: number, height: number): Uint8Array | undefined {
	if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
	// Whole pixels as one number each (byte order does not matter: they are only compared).
	const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
	const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
	const indexOf = new Map<number, number>();
	/** Where each palette colour first occurs, to read its bytes back. */
	const firstPixel: number[] = [];
	// One filter-type byte (0, none: best for palette images) before every row.
	const rows = new Uint8Array(height * (width + 1));
	let previous = -1;
	let index = 0;
	let out = 0;
	for (let y = 0; y < height; y++) {
		rows[out++] = 0;
		for (let pixel = y * width, end = pixel + width; pixel < end; pixel++) {
			const colour = pixels[pixel];
			// Cards are mostly long runs of one colour: skip the map lookup inside a run.
			if (colour !== previous) {
				let found = indexOf.get(colour);
				if (found === undefined) {
					if (firstPixel.length === MAX_COLOURS) return undefined;
					found = firstPixel.push(pixel) - 1;
					indexOf.set(colour, found);
				}
				previous = colour;
				index = found;
			}
			rows[out++] = index;
		}
	}

	const header = new Uint8Array(13);
	const headerView = new DataView(header.buffer);
	headerView.setUint32(0, width);
	headerView.setUint32(4, height);
	header.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (palette), default compression, filter, no interlace
	const rgb = new Uint8Array(firstPixel.length * 3);
	const alpha = new Uint8Array(firstPixel.length);
	firstPixel.forEach((pixel, i) => {
		rgb.set(rgba.subarray(pixel * 4, pixel * 4 + 3), i * 3);
		alpha[i] = rgba[pixel * 4 + 3];
	});
	const opaque = alpha.every((value) => value === 0xff);

	return concat([
		Uint8Array.from(SIGNATURE),
		chunk('IHDR', header),
		chunk('PLTE', rgb),
		...(opaque ? [] : [chunk('tRNS', alpha)]),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', new Uint8Array(0)),
	]);
}

/** Length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
	const bytes = new Uint8Array(12 + data.length);
	const view = new DataView(bytes.buffer);
	view.setUint32(0, data.length);
	bytes.set(new TextEncoder().encode(type), 4);
	bytes.set(data, 8);
	view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
	return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array {
	const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		bytes.set(part, offset);
		offset += part.length;
	}
	return bytes;
}
