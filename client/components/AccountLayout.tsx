// The frame of the account, group and invite pages: header, then one calm column of cards.
import type { ReactNode } from 'react';
import { AccountHeader } from './AccountHeader';

export function AccountLayout({ children, wide }: { children: ReactNode; wide?: boolean }) {
  return (
    <main className={wide ? 'page account account--wide' : 'page account'}>
      <AccountHeader />
      {children}
    </main>
  );
}
