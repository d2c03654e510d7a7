// What each REST route answers, keyed by route name. shared/api names most response types; where
// it names none (setup status, sign-in, lists, recovery) the shapes below are the client's reading
// of the contract, and pages rely on as little of them as they can (they reload /api/me instead).
import type {
  AcceptInviteResponse,
  AccountView,
  InvitePreview,
  InviteView,
  JoinTokenResponse,
  MemberView,
  MeResponse,
  MyGroupView,
  RouteName,
} from '../../../shared/api';

/**
 * A group in /api/me. The contract has no pseudonym on MyGroupView; the member home shows it when
 * the server sends `myPseudonym`, and says nothing otherwise (it is not stored in the browser).
 */
export type MyGroup = MyGroupView;

export interface Me extends MeResponse {
  groups: MyGroup[];
}

export interface SetupStatus {
  /** True while no account exists: the first visitor may create the first organiser. */
  needsSetup: boolean;
}

export interface ApiResponses {
  setupStatus: SetupStatus;
  setup: AccountView;
  login: AccountView;
  logout: undefined;
  me: Me;
  createGroup: MyGroupView;
  getGroup: MyGroupView;
  updateGroup: MyGroupView;
  deleteGroup: undefined;
  listMembers: { members: MemberView[] };
  removeMember: undefined;
  leaveGroup: undefined;
  listInvites: { invites: InviteView[] };
  createInvite: InviteView;
  revokeInvite: undefined;
  previewInvite: InvitePreview;
  acceptMemberInvite: AcceptInviteResponse;
  acceptStaffInvite: AcceptInviteResponse;
  recover: { group: MyGroupView };
  joinToken: JoinTokenResponse;
  roomJoinToken: JoinTokenResponse;
}

// Fails to compile when a route is added to shared/api without an answer type here.
type Unanswered = Exclude<RouteName, keyof ApiResponses>;
const _everyRouteAnswered: [Unanswered] extends [never] ? true : Unanswered = true;
