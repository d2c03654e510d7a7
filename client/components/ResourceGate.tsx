// A page's server data, gated: "Loading …" in the account layout, the page's own failure screen,
// then the page itself with the data. GroupLoadGate and LinkPreviewGate say how each fails.
import type { ReactNode } from 'react';
import type { ResourceState } from '../core/api/resource';
import { AccountLayout } from './AccountLayout';
import { Loading } from './LoadStates';

export type Failure = Extract<ResourceState<unknown>, { status: 'failed' }>;

interface Props<T> {
  state: ResourceState<T>;
  /** What the page is, while it loads ("Schedule", "Invitation"). */
  loadingTitle: string;
  failed: (failure: Failure) => ReactNode;
  children: (data: T) => ReactNode;
}

export function ResourceGate<T>({ state, loadingTitle, failed, children }: Props<T>) {
  if (state.status === 'ready') return <>{children(state.data)}</>;
  return <AccountLayout>{state.status === 'loading' ? <Loading title={loadingTitle} /> : failed(state)}</AccountLayout>;
}
