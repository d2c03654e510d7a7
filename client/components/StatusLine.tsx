// A page's polite status line: what just happened ("Times are now shown in …"), read out by screen
// readers and shown as a notice; kept in the page while empty so the first message is announced.
export function StatusLine({ text }: { text: string }) {
  return (
    <p className={text ? 'notice' : 'sr-only'} role="status">
      {text}
    </p>
  );
}
