import type { ReactNode } from 'react';
import { NavigationProvider, useNavigation } from '../../../renderer/src/app/navigation';

/** Shows the current route, so tests can see where a screen navigated to. */
function RouteProbe() {
  const { route } = useNavigation();
  return <output data-testid="route">{JSON.stringify(route)}</output>;
}

export function WithNavigation({ children }: { children: ReactNode }) {
  return (
    <NavigationProvider confirm={() => true}>
      {children}
      <RouteProbe />
    </NavigationProvider>
  );
}
