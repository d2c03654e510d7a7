// A page's server data: created once per mounted page (pages are keyed by their ids), loaded on
// subscribe, re-rendered on every state change.
import { useState } from 'react';
import { createResource, type Resource, type ResourceState } from '../core/api/resource';
import { useStore } from './useStore';

export function useResource<T>(load: () => Promise<T>): [ResourceState<T>, Resource<T>] {
  const [resource] = useState(() => createResource(load));
  return [useStore(resource), resource];
}
