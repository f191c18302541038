import { badInput, domainError, ErrorCode, notFound } from '../../../../common/errors';
import { requireRole, requireViewer } from '../../../../common/identity';
import { linkStatus } from '../domain/downloadLink';
import { DEFAULT_BITNESS } from '../domain/productKey';
import { normalizeActivationCode } from '../domain/rdsCal';
import { isShareTokenShape, shareTokenHash } from '../domain/shareToken';
import type { MutationResolvers } from '../generated/resolvers';
import { findActivationCodeOf, redeemOnce } from '../store/activationCommands';
import { entitlementForKeyHandling } from '../store/entitlementAccess';
import type { DownloadLinkRow } from '../store/entities';
import { createKeyAndLink, downloadThroughCopy, downloadThroughLink, recordCopy, recordReveal } from '../store/keyCommands';
import { findCopyByTokenHash, findKey, findLink } from '../store/keyQueries';
import { registerByLicence, registerFromProductList, updateMyProduct } from '../store/myProductCommands';
import { addUserGroupMember, createUserGroup, removeUserGroupMember } from '../store/userGroupCommands';
import type { CatalogContext } from './context';

const linkExpired = (link: DownloadLinkRow) =>
  domainError(ErrorCode.LINK_EXPIRED, 'This download link expired five days after its first download (CSP-5); generate a new one.', {
    expiredAt: link.expiresAt?.toISOString(),
  });

const analystsNeverWrite = (ctx: CatalogContext) => {
  const viewer = requireViewer(ctx.viewer);
  if (viewer.roles.has('analyst')) throw domainError(ErrorCode.FORBIDDEN, 'Analysts read; they never change data.');
  return viewer;
};

/** A link for someone who may handle its subscription's keys (CSP-3): unknown, NOT_FOUND. */
async function linkForKeyHandling(ctx: CatalogContext, linkId: string) {
  requireViewer(ctx.viewer);
  const link = await findLink(ctx.db, linkId);
  if (!link) throw notFound('No such download link.');
  return { link, ...(await entitlementForKeyHandling(ctx.loaders, ctx.viewer, link.subscriptionId)) };
}

export const Mutation: MutationResolvers = {
  /** CSP-4: version and language must be ones the catalog ships; 64-bit unless asked otherwise. */
  async generateKeysAndDownloads(_, { input }, ctx) {
    const { viewer, entitlement } = await entitlementForKeyHandling(ctx.loaders, ctx.viewer, input.subscriptionId);
    const versions = await ctx.loaders.versionsByProductId.load(entitlement.productId);
    const version = versions.find((v) => v.version === input.version);
    if (!version) {
      throw badInput(`Version "${input.version}" is not released for this product; choose one of ${versions.map((v) => v.version).join(', ')}.`, 'version');
    }
    const languages = version.languages.split(',');
    if (!languages.includes(input.language)) {
      throw badInput(`Version ${version.version} does not ship in "${input.language}"; choose one of ${languages.join(', ')}.`, 'language');
    }
    const bitness = input.bitness ?? DEFAULT_BITNESS;
    const { key, link } = await createKeyAndLink(ctx.db, entitlement, { version: version.version, language: input.language, bitness }, viewer.userId, ctx.clock.now());
    return { key, downloadLink: link };
  },

  /** CSP-3 decides who; CSP-8 records every reveal in the same transaction that reads the key. */
  async revealProductKey(_, args, ctx) {
    requireViewer(ctx.viewer);
    const key = await findKey(ctx.db, args.keyId);
    if (!key) throw notFound('No such product key.');
    const { viewer, entitlement } = await entitlementForKeyHandling(ctx.loaders, ctx.viewer, key.subscriptionId);
    const now = ctx.clock.now();
    await recordReveal(ctx.db, key, entitlement, viewer, now);
    return { key, value: key.keyValue, revealedAt: now };
  },

  /** CSP-5: refused with LINK_EXPIRED from five days after the first download. */
  async downloadSoftware(_, args, ctx) {
    const { link, viewer } = await linkForKeyHandling(ctx, args.linkId);
    const now = ctx.clock.now();
    if (linkStatus(link, now) === 'EXPIRED') throw linkExpired(link);
    const versions = await ctx.loaders.versionsByProductId.load(link.productId);
    const version = versions.find((v) => v.version === link.version) ?? null;
    const updated = await downloadThroughLink(ctx.db, link, version, viewer, now);
    return { link: updated, url: updated.url };
  },

  /** CSP-9: CSP-3's parties copy a link without downloading; each copy is a new secret and is recorded. */
  async copyDownloadLink(_, args, ctx) {
    const { link, viewer, entitlement } = await linkForKeyHandling(ctx, args.linkId);
    const now = ctx.clock.now();
    // Copying a dead link would only send the customer an error.
    if (linkStatus(link, now) === 'EXPIRED') throw linkExpired(link);
    const { shareUrl, copy } = await recordCopy(ctx.db, link, entitlement, viewer, now);
    return { link, shareUrl, copiedAt: copy.copiedAt };
  },

  /**
   * CSP-9: whoever holds a copied link's secret downloads through it, signed
   * in or not: the copy was made to be sent. The first download by anyone
   * starts the five days (CSP-5). A signed-in user of the buying or selling
   * organisation also gets it in "last downloads" and My Products (MP-1,
   * MP-8); anyone else only downloads. A malformed or unknown secret, and a
   * link that no longer exists, are all the same NOT_FOUND.
   */
  async followSharedDownloadLink(_, args, ctx) {
    const missing = () => notFound('No download behind this share link.');
    if (!isShareTokenShape(args.token)) throw missing();
    const copy = await findCopyByTokenHash(ctx.db, shareTokenHash(args.token));
    if (!copy) throw missing();
    const [link, entitlement] = await Promise.all([findLink(ctx.db, copy.linkId), ctx.loaders.entitlementById.load(copy.subscriptionId)]);
    if (!link || !entitlement) throw missing();
    if (entitlement.revoked) throw domainError(ErrorCode.CONFLICT, 'This purchase was cancelled: its downloads are revoked (CSP-2).');
    const now = ctx.clock.now();
    if (linkStatus(link, now) === 'EXPIRED') throw linkExpired(link);
    const viewer = ctx.viewer;
    const party = viewer && (viewer.orgId === entitlement.customerOrgId || viewer.orgId === entitlement.partnerOrgId) ? viewer : null;
    const versions = party ? await ctx.loaders.versionsByProductId.load(link.productId) : [];
    const updated = await downloadThroughCopy(
      ctx.db,
      link,
      party && { viewer: party, version: versions.find((v) => v.version === link.version) ?? null },
      now,
    );
    return { link: updated, url: updated.url };
  },

  /** CSP-7: once, ever, whatever the server; concurrent attempts are decided by one conditional UPDATE. */
  async redeemActivationCode(_, args, ctx) {
    const viewer = requireRole(ctx.viewer, 'global_admin');
    const code = normalizeActivationCode(args.code);
    if (!code) throw badInput('An activation code is five groups of five letters or digits, e.g. ABCDE-12345-FGHJK-67890-LMNPQ.', 'code');
    const licenseServerId = args.licenseServerId.trim();
    if (licenseServerId.length === 0 || licenseServerId.length > 100) throw badInput('licenseServerId needs 1 to 100 characters.', 'licenseServerId');
    const row = await findActivationCodeOf(ctx.db, viewer.orgId, code);
    if (!row) throw notFound('No such activation code for your organisation.');
    const alreadyRedeemed = () =>
      domainError(ErrorCode.CODE_ALREADY_REDEEMED, 'This activation code was already redeemed; a 5x5 code works once, on one licence server, ever (CSP-7).');
    if (row.redeemedAt) throw alreadyRedeemed();
    const now = ctx.clock.now();
    const won = await redeemOnce(ctx.db, code, { userId: viewer.userId, licenseServerId }, now);
    if (!won) throw alreadyRedeemed();
    return { ...row, redeemedAt: now, redeemedBy: viewer.userId, licenseServerId };
  },

  /** MP-1: by licence number (preferred: it also registers the licence, MP-5) or from the product list. */
  async registerMyProduct(_, { input }, ctx) {
    const viewer = analystsNeverWrite(ctx);
    const licenseNumber = input.licenseNumber?.trim() || null;
    const productId = input.productId?.trim() || null;
    if ((licenseNumber === null) === (productId === null)) {
      throw badInput('Give exactly one of licenseNumber (preferred) and productId.', licenseNumber === null ? 'licenseNumber' : 'productId');
    }
    const now = ctx.clock.now();
    if (licenseNumber !== null) return registerByLicence(ctx.db, viewer, licenseNumber, now);
    const product = await ctx.loaders.productById.load(productId as string);
    if (!product) throw notFound('No such product in the catalog.');
    return registerFromProductList(ctx.db, viewer, product.id, now);
  },

  /** MP-6: opt in or out per product. */
  async setProductAlertsOptIn(_, args, ctx) {
    const viewer = analystsNeverWrite(ctx);
    const viaGroup = (await ctx.loaders.myGroupMemberships()).find((m) => m.productId === args.productId);
    return updateMyProduct(ctx.db, viewer, args.productId, viaGroup, { alertsOptIn: args.optIn });
  },

  /** MP-6: the "new since last visit" marker counts from now on. */
  async markProductNewsVisited(_, args, ctx) {
    const viewer = analystsNeverWrite(ctx);
    const lastVisitedAt = ctx.clock.now();
    const viaGroup = (await ctx.loaders.myGroupMemberships()).find((m) => m.productId === args.productId);
    return updateMyProduct(ctx.db, viewer, args.productId, viaGroup, { lastVisitedAt });
  },

  /** MP-9: a licence's administrator creates a group of it. */
  async createUserGroup(_, { input }, ctx) {
    return createUserGroup(ctx.db, requireViewer(ctx.viewer), input, ctx.clock.now());
  },

  /** MP-9: adds a user of the organisation, by e-mail, with a role (USER unless asked). */
  async addUserGroupMember(_, { input }, ctx) {
    return addUserGroupMember(ctx.db, requireViewer(ctx.viewer), { ...input, role: input.role ?? 'USER' }, ctx.clock.now());
  },

  /** MP-9: removes a member; their licence row leaves My Products. */
  async removeUserGroupMember(_, { input }, ctx) {
    return removeUserGroupMember(ctx.db, requireViewer(ctx.viewer), input, ctx.clock.now());
  },
};
