/** The geographic extents of the two maps, as [west, south, east, north] in degrees. */
import type { Extent } from '../model/ids';

export type { Extent };

/**
 * Eastern Europe from the Baltic to the Caucasus. The basemap is clipped to this extent and the
 * camera may not leave it, so no clipped edge is ever in view.
 */
export const EUROPE_EXTENT: Extent = [0, 32, 60, 70];

/** What the Eastern Europe map frames first: Berlin, Helsingfors, Constantinople and Batum fit. */
export const EUROPE_VIEW: Extent = [11, 39, 46, 62];

/** Petrograd and its approaches: Kronstadt to the west, Gatchina to the south. */
export const PETROGRAD_EXTENT: Extent = [29.6, 59.55, 30.6, 60.1];

/** What the Petrograd map frames first: the city centre from the Baltic station to Smolny. */
export const PETROGRAD_VIEW: Extent = [30.25, 59.905, 30.42, 59.975];
