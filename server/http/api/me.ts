// Who this browser is: the signed-in account (if any) and every group it belongs to, through the
// account's staff memberships and through the member cookie's credentials.
import type { MyGroupView } from '../../../shared/api';
import type { ApiDeps, Handlers } from './types';
import { accountView, myGroupView } from './views';

export function meHandlers({ store }: ApiDeps): Pick<Handlers, 'me'> {
  return {
    async me({ caller }) {
      const groups: MyGroupView[] = [];
      const seen = new Set<string>();
      if (caller.account) {
        for (const g of await store.groups.listForAccount(caller.account.id)) {
          const m = await store.memberships.byId(g.membershipId);
          if (!m) continue; // left a moment ago
          groups.push(myGroupView(g, m));
          seen.add(g.id);
        }
      }
      for (const { membership } of await caller.memberships()) {
        if (seen.has(membership.groupId)) continue;
        const g = await store.groups.byId(membership.groupId);
        if (!g) continue;
        groups.push(myGroupView(g, membership));
        seen.add(g.id);
      }
      return { account: caller.account ? accountView(caller.account) : null, groups };
    },
  };
}
