/** Words the interface uses for the data's codes. */
import type { Control, SiteCategory } from '../geo/types';

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
