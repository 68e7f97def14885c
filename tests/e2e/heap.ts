/**
 * The page's heap, read the way a leak shows: after two full garbage collections, in bytes, both as
 * V8 reports it in use (`used`) and as the sum of what its objects hold (`objects`: every node of a
 * heap snapshot but compiled code). Compiled code grows while the engine warms up and shrinks when it
 * flushes, whatever the app does; a leak is objects kept, so the budgets read `objects`.
 */
import type { CDPSession } from '@playwright/test';

export interface HeapReading {
  used: number;
  objects: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export async function readHeap(cdp: CDPSession): Promise<HeapReading> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const chunks: string[] = [];
  const onChunk = (p: { chunk: string }) => chunks.push(p.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const s = JSON.parse(chunks.join('')) as Snapshot;
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [typeAt, sizeAt, width] = [
    fields.indexOf('type'),
    fields.indexOf('self_size'),
    fields.length,
  ];
  let objects = 0;
  for (let i = 0; i < s.nodes.length; i += width)
    if (types[s.nodes[i + typeAt]!] !== 'code') objects += s.nodes[i + sizeAt]!;
  return { used, objects };
}
