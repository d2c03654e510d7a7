// Where calendar files are: a plain download link (the browser sends the session cookie), so a
// member's calendar app gets the file itself, not a JSON wrapper.
import { fillPath, ROUTES } from '../../../shared/api';

export function seriesCalendarPath(groupId: string, seriesId: string): string {
  return fillPath(ROUTES.seriesCalendar.path, { groupId, seriesId });
}
