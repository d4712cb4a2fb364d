// Draws the app icons (two overlapping rings: "samklang", being in tune) as PNG files.
// Run with `npm run icons` after changing the design; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const background = [0x1f, 0x5f, 0x5b];
const ring = [0xff, 0xff, 0xff];

function crc32(bytes: Uint8Array): number {
	let crc = ~0;
	for (const byte of bytes) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

/** `scale` < 1 keeps the rings inside the maskable safe zone (the centre 80%). */
function drawIcon(size: number, scale: number, rounded: boolean): Buffer {
	const rows: Buffer[] = [];
	const radius = size * 0.22 * scale;
	const width = size * 0.07 * scale;
	const centres = [
		[size / 2 - radius * 0.55, size / 2],
		[size / 2 + radius * 0.55, size / 2]
	];
	for (let y = 0; y < size; y++) {
		const row = Buffer.alloc(1 + size * 4);
		for (let x = 0; x < size; x++) {
			const onRing = centres.some(([cx, cy]) => Math.abs(Math.hypot(x + 0.5 - cx!, y + 0.5 - cy!) - radius) < width / 2);
			const corner = size * 0.18;
			const dx = Math.max(corner - x, x - (size - corner), 0);
			const dy = Math.max(corner - y, y - (size - corner), 0);
			const outside = rounded && Math.hypot(dx, dy) > corner;
			const colour = onRing ? ring : background;
			row.set([...colour, outside ? 0 : 255], 1 + x * 4);
		}
		rows.push(row);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
		chunk('IEND', new Uint8Array())
	]);
}

writeFileSync('static/icons/icon-192.png', drawIcon(192, 1, true));
writeFileSync('static/icons/icon-512.png', drawIcon(512, 1, true));
writeFileSync('static/icons/icon-maskable-512.png', drawIcon(512, 0.75, false));
console.log('icons written to static/icons/');
