// A moment as local "HH:mm", the same on every locale: chat lines and waiting times only need the clock.
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
