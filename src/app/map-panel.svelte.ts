/**
 * What the panels around the map show for the map on screen: the sites or territories listed with
 * their state at the moment shown, the marks under the timeline, the latest event of the peace, the
 * peace's figures (loaded with the peace map), and what the map highlights.
 */
import type { Atlas } from '../lib/atlas.svelte';
import type { Stakes } from '../lib/geo/stakes';
import { describeCity, describeTerritories } from '../lib/map/describe';
import { MAPS } from '../lib/map/maps';
import {
  anchorDistances,
  latestEvent,
  peaceMarks,
  siteMarks,
  sitesOf,
  targetOn,
  territoriesOf,
} from '../lib/map/panel';
import type { FeatureTarget } from '../lib/map/sync';
import { featureGroups } from '../lib/story/feature-groups';

/** The peace's figures, computed from the geometry when the app was built. */
const loadStakes = async (): Promise<Stakes> => (await import('virtual:atlas/stakes')).default;

export class MapPanel {
  readonly #atlas: Atlas;
  readonly def = $derived.by(() => MAPS[this.#atlas.mapId]);
  readonly sites = $derived.by(() => sitesOf(this.#atlas.maps.petrograd));
  readonly city = $derived.by(() => describeCity(this.sites, this.#atlas.time, this.#atlas.names));
  readonly brest = $derived.by(() => this.#atlas.maps['brest-litovsk'] ?? null);
  readonly territories = $derived.by(() => territoriesOf(this.brest));
  readonly peace = $derived.by(() =>
    describeTerritories(
      this.territories,
      this.#atlas.time,
      this.#atlas.names,
      MAPS['brest-litovsk'].timeline.format,
    ),
  );
  readonly latestPeaceEvent = $derived.by(() =>
    this.#atlas.mapId === 'brest-litovsk'
      ? latestEvent(this.brest?.documents.events ?? [], this.#atlas.time)
      : null,
  );
  /** The marks under the timeline of the map shown. */
  readonly marks = $derived.by(() =>
    this.#atlas.mapId === 'petrograd'
      ? siteMarks(this.sites)
      : peaceMarks(this.brest?.documents.events ?? []),
  );
  readonly distances = $derived.by(() =>
    anchorDistances(this.#atlas.selectedFeature, this.#atlas.features),
  );
  readonly selected: FeatureTarget | null = $derived.by(() =>
    targetOn(this.#atlas.mapId, this.#atlas.selectedFeature),
  );
  readonly linked: FeatureTarget[] = $derived.by(() =>
    this.#atlas.linkedRefs.flatMap(
      (r) => targetOn(this.#atlas.mapId, this.#atlas.features.get(r)) ?? [],
    ),
  );
  readonly hover: FeatureTarget | null = $derived.by(() =>
    this.#atlas.hoverRef
      ? targetOn(this.#atlas.mapId, this.#atlas.features.get(this.#atlas.hoverRef))
      : null,
  );
  /** The features a reader can link words to, for the link review. */
  readonly groups = $derived.by(() => featureGroups(this.#atlas.features));
  /** The peace's figures, once the peace map has loaded. */
  stakes = $state.raw<Stakes | null>(null);

  /** Must be made while a component initialises: it loads the figures in an effect. */
  constructor(atlas: Atlas, load: () => Promise<Stakes> = loadStakes) {
    this.#atlas = atlas;
    let asked = false;
    $effect(() => {
      if (!this.brest || asked) return;
      asked = true;
      load().then(
        (s) => (this.stakes = s),
        (e: unknown) => atlas.report(`The figures of the peace could not be loaded: ${String(e)}`),
      );
    });
  }
}
