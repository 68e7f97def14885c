/** Words the interface uses for the data's codes. */
import type { Control, SiteCategory } from '../model/features';
import type { TerritoryStatus } from '../time/peace';

export const CONTROL_LABEL: Record<Control, string> = {
  mrc: 'Military Revolutionary Committee',
  government: 'Provisional Government',
  contested: 'Contested',
  none: 'Neither side',
};

export const CATEGORY_LABEL: Record<SiteCategory, string> = {
  government: 'Government',
  'bolshevik-command': 'Bolshevik command',
  communications: 'Communications',
  transport: 'Railway station',
  bridge: 'Bridge',
  military: 'Military',
  finance: 'Finance',
};

export const STATUS_LABEL: Record<TerritoryStatus, string> = {
  russian: 'Russian (Soviet)',
  occupied: 'Occupied by the Central Powers',
  contested: 'Contested',
  independent: 'Independent',
  'german-protectorate': 'Under German control',
  ceded: 'Renounced by Russia',
  ottoman: 'Ottoman',
};
