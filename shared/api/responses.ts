// What each REST route answers, keyed by route name: the server types its handlers with it, the
// client its calls. A route added to ROUTES without an answer here fails to compile.
import type { BreakoutPlanResponse, BreakoutPlansResponse, BreakoutPlanView } from './breakoutPlan';
import type { RouteName } from './routes';
import type { AvailabilityResponse, CalendarFeedResponse, CalendarFeedView, CalendarFile, FindTimeResponse, SeriesListResponse, SeriesView, UpcomingResponse } from './schedule';
import type {
  AcceptGuestLinkResponse,
  AcceptInviteResponse,
  AccountView,
  GuestLinkPreview,
  GuestLinkView,
  InvitePreview,
  InvitesResponse,
  InviteView,
  JoinTokenResponse,
  MembersResponse,
  MeResponse,
  MyGroupView,
  SetupStatus,
} from './schemas';

/** POST /api/members/recover */
export interface RecoverResponse {
  group: MyGroupView;
}

export interface ApiResponses {
  setupStatus: SetupStatus;
  setup: AccountView;
  login: AccountView;
  logout: undefined;
  me: MeResponse;
  createGroup: MyGroupView;
  getGroup: MyGroupView;
  updateGroup: MyGroupView;
  deleteGroup: undefined;
  listMembers: MembersResponse;
  removeMember: undefined;
  leaveGroup: undefined;
  listInvites: InvitesResponse;
  createInvite: InviteView;
  revokeInvite: undefined;
  previewInvite: InvitePreview;
  acceptMemberInvite: AcceptInviteResponse;
  acceptStaffInvite: AcceptInviteResponse;
  recover: RecoverResponse;
  joinToken: JoinTokenResponse;
  roomJoinToken: JoinTokenResponse;
  createGuestLink: GuestLinkView;
  previewGuestLink: GuestLinkPreview;
  acceptGuestLink: AcceptGuestLinkResponse;
  listSeries: SeriesListResponse;
  createSeries: SeriesView;
  updateSeries: SeriesView;
  endSeries: SeriesView;
  deleteSeries: undefined;
  cancelOccurrence: SeriesView;
  restoreOccurrence: SeriesView;
  moveOccurrence: SeriesView;
  unmoveOccurrence: SeriesView;
  upcoming: UpcomingResponse;
  seriesCalendar: CalendarFile;
  getCalendarFeed: CalendarFeedResponse;
  createCalendarFeed: CalendarFeedView;
  revokeCalendarFeed: undefined;
  calendarFeed: CalendarFile;
  getAvailability: AvailabilityResponse;
  setAvailability: AvailabilityResponse;
  clearAvailability: undefined;
  findTime: FindTimeResponse;
  listBreakoutPlans: BreakoutPlansResponse;
  getBreakoutPlan: BreakoutPlanResponse;
  saveBreakoutPlan: BreakoutPlanView;
  deleteBreakoutPlan: undefined;
}

type Unanswered = Exclude<RouteName, keyof ApiResponses>;
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const everyRouteAnswered: [Unanswered] extends [never] ? true : Unanswered = true;
