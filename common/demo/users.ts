import type { Role, TokenClaims } from '../identity';
import { DEMO_ORGS, type DemoOrganization } from './organizations';

/**
 * Seeded users for `npm run token -- <user>` and the tests. Users live in
 * the identity provider, not in our stores; stores refer to them by `sub`.
 */
export interface DemoUser extends TokenClaims {
  /** Short handle accepted by `npm run token`. */
  handle: string;
  name: string;
}

/** The organisation's kind goes into the token (`org_kind`), as the identity provider would put it. */
function user(handle: string, name: string, org: Pick<DemoOrganization, 'id' | 'kind'>, domain: string, roles: Role[]): DemoUser {
  return { handle, name, sub: `user-${handle}`, email: `${handle}@${domain}`, org: org.id, orgKind: org.kind, roles };
}

export const DEMO_USERS = {
  alice: user('alice', 'Alice Admin', DEMO_ORGS.contoso, 'contoso.example', ['global_admin']),
  nora: user('nora', 'Nora Notice', DEMO_ORGS.contoso, 'contoso.example', ['notice_contact']),
  sam: user('sam', 'Sam Services', DEMO_ORGS.contoso, 'contoso.example', ['services_admin']),
  sue: user('sue', 'Sue Support', DEMO_ORGS.contoso, 'contoso.example', ['support_user']),
  bob: user('bob', 'Bob Admin', DEMO_ORGS.fabrikam, 'fabrikam.example', ['global_admin', 'support_user']),
  ken: user('ken', 'Ken Admin', DEMO_ORGS.tailspin, 'tailspin.example', ['global_admin', 'support_user']),
  ada: user('ada', 'Ada Agent', DEMO_ORGS.northwind, 'northwind.example', ['admin_agent', 'program_admin', 'support_user']),
  pat: user('pat', 'Pat Program', DEMO_ORGS.adatum, 'adatum.example', ['program_admin', 'admin_agent', 'support_user']),
  lea: user('lea', 'Lea Program', DEMO_ORGS.litware, 'litware.example', ['program_admin', 'support_user']),
  will: user('will', 'Will Program', DEMO_ORGS.wingtip, 'wingtip.example', ['program_admin', 'support_user']),
  pia: user('pia', 'Pia Program', DEMO_ORGS.proseware, 'proseware.example', ['program_admin', 'support_user']),
  ana: user('ana', 'Ana Analyst', DEMO_ORGS.operator, 'operator.example', ['analyst']),
  sid: user('sid', 'Sid Engineer', DEMO_ORGS.operator, 'operator.example', ['support_engineer']),
} satisfies Record<string, DemoUser>;

export type DemoUserHandle = keyof typeof DEMO_USERS;

export function findDemoUser(handleOrEmail: string): DemoUser | undefined {
  return Object.values(DEMO_USERS).find((u) => u.handle === handleOrEmail || u.email === handleOrEmail || u.sub === handleOrEmail);
}
