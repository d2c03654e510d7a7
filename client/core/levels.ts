// Speaking levels arrive in dBov (-127 silent .. 0 loudest). Tiles show a soft ring whose
// strength follows the voice; speech mostly sits between -50 and -20 dBov.
const QUIET_DBOV = -55;
const LOUD_DBOV = -15;

export function levelToUnit(dbov: number | null): number {
  if (dbov === null || !Number.isFinite(dbov)) return 0;
  const unit = (dbov - QUIET_DBOV) / (LOUD_DBOV - QUIET_DBOV);
  return Math.round(Math.min(1, Math.max(0, unit)) * 100) / 100;
}
