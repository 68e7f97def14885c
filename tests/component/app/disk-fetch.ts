/** Serves the geodata files from disk, by the URL the build gives each (a 404 for anything else). */
import { readFileSync } from 'node:fs';
import { GEODATA_URLS } from '../../../src/lib/geo/geodata-urls';

const byUrl = new Map(Object.entries(GEODATA_URLS).map(([file, url]) => [url, file]));

export const diskFetch = (url: string): Promise<Response> => {
  const file = byUrl.get(url);
  return Promise.resolve(
    file
      ? new Response(readFileSync(`geodata/${file}`, 'utf8'))
      : new Response('not found', { status: 404 }),
  );
};
