/** Returns `bytes` compressed with raw DEFLATE (the browser's `CompressionStream`). */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Returns `bytes` inflated from raw DEFLATE, or null when they are not valid DEFLATE
 * data or would inflate to more than `limit` bytes; reading stops at the limit, so a
 * small "zip bomb" never fills the memory.
 */
export async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		const reader = new Blob([bytes as BlobPart])
			.stream()
			.pipeThrough(new DecompressionStream('deflate-raw'))
			.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.length;
			if (size > limit) {
				await reader.cancel();
				return null;
			}
			chunks.push(value);
		}
	} catch {
		// Damaged data: DecompressionStream rejects with a TypeError.
		return null;
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}
