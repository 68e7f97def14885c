/** The ids of the atlas's maps, apart from their definitions so that light modules can name them. */
export type MapId = 'petrograd' | 'brest-litovsk';
export const MAP_IDS: readonly MapId[] = ['petrograd', 'brest-litovsk'];
