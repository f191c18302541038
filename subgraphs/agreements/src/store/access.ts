import { GraphQLError } from 'graphql';
import { connectionFromArray, pageWindow, toConnection, type Connection, type ConnectionArgs } from '../../../../common/connection';
import { forbidden, notFound } from '../../../../common/errors';
import { canReadOrganization, requireViewer, type Viewer } from '../../../../common/identity';
import type { SubgraphContext } from '../../../../common/subgraphServer';
import { canReadAgreementsOf, canReadSubscription } from '../domain/access';
import { agreementsOfOrganization, type AgreementFilter } from './agreementQueries';
import type { AgreementRow, OrganizationRow, ServicesAdministratorRow, SoftwareSubscriptionRow, SubscriptionStatus } from './entities';
import type { AgreementsLoaders } from './loaders';

/**
 * Scoping by the caller, in one place: every read and change of the agreements
 * store that depends on who asks goes through these helpers, which wrap the
 * per-request loaders and queries ("Who may do what" in domain.md; the pure
 * predicates are in domain/access.ts). Resolvers never test a viewer against a
 * row themselves.
 */

/** What the store needs of a request: its caller, loaders, database and clock. */
export type StoreContext = Pick<SubgraphContext<AgreementsLoaders>, 'viewer' | 'loaders' | 'db' | 'clock'>;

/** An organisation the viewer may read (its own; analysts any), or null: `_entities` is no back door. */
export async function readableOrganization(ctx: StoreContext, id: string): Promise<OrganizationRow | null> {
  if (!canReadOrganization(ctx.viewer, id)) return null;
  return ctx.loaders.organizationById.load(id);
}

/** An organisation asked for by id: FORBIDDEN when it is another organisation's (analysts read all). */
export async function organizationForViewer(ctx: StoreContext, id: string): Promise<OrganizationRow | null> {
  requireViewer(ctx.viewer);
  if (!canReadOrganization(ctx.viewer, id)) throw forbidden('You can only read your own organisation.');
  return ctx.loaders.organizationById.load(id);
}

/** An agreement by either key, or null when it is missing or another organisation's. */
export async function readableAgreement(ctx: StoreContext, ref: { id: string } | { number: string }): Promise<AgreementRow | null> {
  const row = 'id' in ref ? await ctx.loaders.agreementById.load(ref.id) : await ctx.loaders.agreementByNumber.load(ref.number);
  return row && canReadOrganization(ctx.viewer, row.organizationId) ? row : null;
}

/** NOT_FOUND both when the number does not exist and when it is another organisation's: existence does not leak. */
export async function agreementByNumberForViewer(ctx: StoreContext, number: string): Promise<AgreementRow> {
  requireViewer(ctx.viewer);
  const agreement = await ctx.loaders.agreementByNumber.load(number);
  if (!agreement || !canReadOrganization(ctx.viewer, agreement.organizationId)) {
    throw notFound(`No agreement ${number} in your organisation.`);
  }
  return agreement;
}

/** One page of an organisation's agreements; empty unless the viewer is a member or an analyst. */
export function agreementsVisibleOf(ctx: StoreContext, organizationId: string, args: AgreementFilter): Promise<Connection<AgreementRow>> {
  if (!canReadAgreementsOf(ctx.viewer, organizationId)) return Promise.resolve(toConnection([], 0, pageWindow(args)));
  return agreementsOfOrganization(ctx.db, organizationId, args);
}

function present<T>(values: (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

/**
 * An organisation's customers (it is their partner) or partners, for a viewer
 * who may read it; empty otherwise: an organisation is also reachable as a
 * reseller, customer or partner of another.
 */
export async function linkedOrganizations(
  ctx: StoreContext,
  org: OrganizationRow,
  side: 'customers' | 'partners',
  args: ConnectionArgs,
): Promise<Connection<OrganizationRow>> {
  if (!canReadOrganization(ctx.viewer, org.id)) return connectionFromArray([], args);
  const ids =
    side === 'customers'
      ? (await ctx.loaders.customerLinksByPartnerId.load(org.id)).map((l) => l.customerId)
      : (await ctx.loaders.partnerLinksByCustomerId.load(org.id)).map((l) => l.partnerId);
  return connectionFromArray(present(await ctx.loaders.organizationById.loadMany(ids)), args);
}

/**
 * Members and analysts see every purchase of the organisation; a partner
 * looking at one of its customers sees only what it sold (CSP-3's scope).
 */
export async function subscriptionsVisibleOf(
  ctx: StoreContext,
  org: OrganizationRow,
  args: ConnectionArgs & { status?: SubscriptionStatus | null },
): Promise<Connection<SoftwareSubscriptionRow>> {
  const viewer = ctx.viewer;
  if (!viewer) return connectionFromArray([], args);
  const full = canReadOrganization(viewer, org.id);
  const pairs = await ctx.loaders.subscriptionsByOrganizationId.load(org.id);
  const rows: SoftwareSubscriptionRow[] = pairs
    .map((p) => p.row)
    .filter((r) => full || r.partnerId === viewer.orgId)
    .filter((r) => !args.status || r.status === args.status);
  return connectionFromArray(rows, args);
}

/** A purchase visible to the viewer (its customer, its reselling partner, analysts), or null. */
export async function readableSubscription(ctx: StoreContext, id: string): Promise<SoftwareSubscriptionRow | null> {
  const row = await ctx.loaders.subscriptionById.load(id);
  return row && canReadSubscription(ctx.viewer, row) ? row : null;
}

/** A purchase asked for by id: NOT_FOUND when missing or not visible to the viewer. */
export async function subscriptionForViewer(ctx: StoreContext, id: string): Promise<SoftwareSubscriptionRow> {
  requireViewer(ctx.viewer);
  const row = await readableSubscription(ctx, id);
  if (!row) throw notFound(`No software subscription ${id} visible to you.`);
  return row;
}

/**
 * The agreement a mutation changes, for a member of its organisation.
 * Another organisation's agreement is NOT_FOUND (existence does not leak);
 * analysts read everything but change nothing (FORBIDDEN).
 */
export async function agreementForChange(ctx: StoreContext, agreementId: string): Promise<{ viewer: Viewer; agreement: AgreementRow }> {
  const viewer = requireViewer(ctx.viewer);
  const agreement = await ctx.loaders.agreementById.load(agreementId);
  if (agreement && viewer.orgId === agreement.organizationId) return { viewer, agreement };
  if (agreement && viewer.roles.has('analyst')) throw forbidden('Analysts have read-only access.');
  throw notFound(`No agreement ${agreementId} in your organisation.`);
}

/** A designation of the viewer's organisation, with its agreement. */
export async function designationForChange(
  ctx: StoreContext,
  id: string,
): Promise<{ viewer: Viewer; agreement: AgreementRow; designation: ServicesAdministratorRow }> {
  requireViewer(ctx.viewer);
  const designation = await ctx.loaders.designationById.load(id);
  const missing = () => notFound(`No services administrator ${id} in your organisation.`);
  if (!designation) throw missing();
  try {
    const { viewer, agreement } = await agreementForChange(ctx, designation.agreementId);
    return { viewer, agreement, designation };
  } catch (err) {
    // Another organisation's designation must look exactly like a missing one: the agreement's
    // NOT_FOUND would name its id and confirm that the designation exists.
    if (err instanceof GraphQLError && err.extensions.code === 'NOT_FOUND') throw missing();
    throw err;
  }
}
