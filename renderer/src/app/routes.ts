// The screens of the unlocked app. Navigation is plain state: no URLs, nothing to deep-link into.
export type Route =
  | { name: 'journal' }
  | { name: 'entry'; id?: string }
  | { name: 'people' }
  | { name: 'person'; id: string }
  | { name: 'insights' }
  | { name: 'settings' }
  | { name: 'help' };

export type RouteName = Route['name'];
