import { GraphQLError } from 'graphql';
import { In, IsNull, type EntityManager } from 'typeorm';
import { badInput, domainError, ErrorCode, forbidden, notFound } from '../../../../common/errors';
import { writeOutboxEvent } from '../../../../common/outbox';
import { integerOf, selectRowsIn } from '../../../../common/selectRows';
import type { Viewer } from '../../../../common/identity';
import type { CommandContext } from './commandContext';
import { administersContract, isOperatorSupportEngineer } from '../domain/contractAccess';
import { parseDigitId } from '../domain/contractIds';
import { effectiveScope, ineligibility, scopeCovers, type Ineligibility } from '../domain/eligibility';
import { isExpired } from '../domain/expiry';
import { parseIncidentId } from '../domain/incidentIds';
import { idempotencyKey as checkKey, incidentText } from '../domain/incidentInput';
import { responseTimeMinutes } from '../domain/responseTime';
import {
  ContractLinkRow,
  ProductScopeRow,
  SupportContractRow,
  SupportIncidentRow,
  type IncidentSeverity,
} from './entities';
import { reissueContractIds } from './contractIdIssuer';
import { sendReissuedPairs } from './contractIdNotices';
import { reserveLinkAttempt } from './linkAttempts';
import { CONTRACT_COLUMNS, INCIDENT_COLUMNS, readContract, readIncident, type ContractRecord, type IncidentRecord } from './supportRecords';

export interface LinkInput {
  accessId: string;
  contractId: string;
  productIds?: string[] | null;
}

export interface SubmitInput {
  supportContractId: string;
  productId: string;
  severity: IncidentSeverity;
  title?: string | null;
  description: string;
  idempotencyKey: string;
}

export interface CloseInput {
  incidentId: string;
  resolution: 'RESOLVED' | 'NON_DECREMENT';
}

export interface RevokeLinkInput {
  supportContractId: string;
  userId: string;
}

/** The same message whether the pair does not exist or one ID is wrong: nothing leaks (SUP-3). */
const NO_SUCH_CONTRACT = 'No support contract has this Access ID and Contract ID.';

function refusal(reason: Ineligibility, contract: SupportContractRow, deployment?: string): GraphQLError {
  switch (reason) {
    case 'EXPIRED':
      return domainError(ErrorCode.CONTRACT_EXPIRED, `The contract expired on ${contract.expiresAt.toISOString().slice(0, 10)}.`);
    case 'EXHAUSTED':
      return domainError(ErrorCode.INCIDENTS_EXHAUSTED, 'The contract has no incidents left.');
    case 'OUT_OF_SCOPE':
      return domainError(
        ErrorCode.CONTRACT_CANNOT_BE_USED,
        `This contract covers ${effectiveScope(contract) === 'CLOUD' ? 'cloud products only' : 'on-premises products only'} and cannot be used for ${deployment === 'CLOUD' ? 'a cloud' : 'an on-premises'} product.`,
      );
  }
}

async function deploymentsOf(tx: EntityManager, productIds: readonly string[]): Promise<Map<string, ProductScopeRow['deployment']>> {
  const rows = await tx.getRepository(ProductScopeRow).findBy({ productId: In([...productIds]) });
  return new Map(rows.map((r) => [r.productId, r.deployment] as const));
}

/**
 * SUP-3: links a contract to the viewer by both IDs. Linking again changes
 * nothing. Refused when the pair is unknown (NOT_FOUND, same message for a
 * wrong single ID, and for a link the owner revoked), expired, exhausted, or
 * when none of the products asked for is in its scope (SUP-4).
 *
 * SUP-11: every attempt is first reserved in its own committed transaction
 * (RATE_LIMITED once the user's window is full); the reservation is given
 * back only when the pair matched, so wrong guesses stay counted although
 * this mutation's own transaction rolls back. The pair never goes into a log
 * line or an error message.
 */
export async function linkContract(ctx: CommandContext, viewer: Viewer, input: LinkInput): Promise<SupportContractRow> {
  const accessId = parseDigitId(input.accessId, 'accessId');
  const contractId = parseDigitId(input.contractId, 'contractId');
  const productIds = [...new Set(input.productIds ?? [])];
  if (productIds.length > 50) throw badInput('productIds may name at most 50 products.', 'productIds');
  const now = ctx.clock.now();
  const attempt = await reserveLinkAttempt(ctx.db, viewer.userId, now, ctx.logger);
  let matched = false;
  try {
    const linked = await ctx.db.transaction(async (tx) => {
      const contract = await tx.getRepository(SupportContractRow).findOneBy({ accessId, contractId });
      if (!contract) throw notFound(NO_SUCH_CONTRACT);
      // A revoked link stays revoked: the same answer as a wrong pair, so the revocation is not confirmed either.
      const previous = await tx.getRepository(ContractLinkRow).findOneBy({ userId: viewer.userId, supportContractId: contract.id });
      if (previous?.revokedAt) throw notFound(NO_SUCH_CONTRACT);
      matched = true;
      if (isExpired(contract, now)) throw refusal('EXPIRED', contract);
      if (contract.incidentsRemaining <= 0 && contract.advisoryHoursRemaining <= 0) throw refusal('EXHAUSTED', contract);
      if (productIds.length > 0) {
        const deployments = await deploymentsOf(tx, productIds);
        const unknown = productIds.filter((id) => !deployments.has(id));
        if (unknown.length > 0) throw badInput(`Unknown product ids: ${unknown.join(', ')}.`, 'productIds');
        const scope = effectiveScope(contract);
        if (![...deployments.values()].some((d) => scopeCovers(scope, d))) {
          throw refusal('OUT_OF_SCOPE', contract, [...deployments.values()][0]);
        }
      }
      // INSERT IGNORE / INSERT OR IGNORE: a second link (even a concurrent one) is a no-op.
      await tx
        .createQueryBuilder()
        .insert()
        .into(ContractLinkRow)
        .values({ userId: viewer.userId, supportContractId: contract.id, organizationId: viewer.orgId, linkedAt: now, revokedAt: null, revokedBy: null })
        .orIgnore()
        .execute();
      return contract;
    });
    return linked;
  } finally {
    // Whoever gave the right pair proved knowledge of it: that attempt is no failure, even when refused for expiry or scope.
    if (matched) await attempt.release();
  }
}

/**
 * SUP-11: the owning organisation's admin revokes one user's link. One
 * conditional UPDATE (`... AND revoked_at IS NULL`), so concurrent revocations
 * record one revoker; revoking again returns the link as it is. The row is
 * kept (who, when): the user can neither use nor re-link the contract.
 */
export async function revokeLink(ctx: CommandContext, viewer: Viewer, input: RevokeLinkInput): Promise<ContractLinkRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const contract = await tx.getRepository(SupportContractRow).findOneBy({ id: input.supportContractId });
    if (!contract || contract.organizationId !== viewer.orgId) throw notFound('No support contract with this id in your organisation.');
    if (!administersContract(viewer, contract)) throw forbidden("Only an administrator of the contract's organisation may revoke its links.");
    const links = tx.getRepository(ContractLinkRow);
    await links.update({ userId: input.userId, supportContractId: contract.id, revokedAt: IsNull() }, { revokedAt: now, revokedBy: viewer.userId });
    const link = await links.findOneBy({ userId: input.userId, supportContractId: contract.id });
    if (!link) throw notFound('This user has not linked this contract.');
    return link;
  });
}

/** Why the IDs changed, as recorded with the notices and re-sends of an owner's re-issue. */
export const OWNER_REISSUE_REASON = 'SUP-11_REISSUED_BY_OWNER';

/**
 * SUP-11: the owning organisation's admin gives a contract a new random pair
 * when the old one leaked. Revoking links one by one cannot stop a leaked
 * pair (anyone else can link with it); a new pair can. One transaction, the
 * contract row locked: new pair, active links dropped (they were made with
 * the old pair; the owner hands the new one to whoever should relink), links
 * the owner revoked stay revoked, and the new pair goes to the contact of
 * record. Incidents keep pointing at the contract by its id.
 */
export async function reissueIds(ctx: CommandContext, viewer: Viewer, supportContractId: string): Promise<SupportContractRow> {
  const now = ctx.clock.now();
  const reissued = await ctx.db.transaction(async (tx) => {
    const contract = await tx.getRepository(SupportContractRow).findOne({ where: { id: supportContractId }, lock: { mode: 'pessimistic_write' } });
    if (!contract || contract.organizationId !== viewer.orgId) throw notFound('No support contract with this id in your organisation.');
    if (!administersContract(viewer, contract)) throw forbidden("Only an administrator of the contract's organisation may re-issue its IDs.");
    const next = await reissueContractIds(tx, contract);
    await tx.getRepository(ContractLinkRow).delete({ supportContractId: contract.id, revokedAt: IsNull() });
    await sendReissuedPairs(tx, [next], OWNER_REISSUE_REASON, now);
    return next;
  });
  // Who and when, for the audit; never the pair (SUP-11).
  ctx.logger.info({ supportContractId, userId: viewer.userId, orgId: viewer.orgId }, 'support contract IDs re-issued by the owner');
  return reissued;
}

/** A retry must be the same submission; a key reused for something else is a conflict. */
function sameSubmission(existing: SupportIncidentRow, input: SubmitInput): SupportIncidentRow {
  if (existing.supportContractId !== input.supportContractId || existing.productId !== input.productId || existing.severity !== input.severity) {
    throw domainError(ErrorCode.CONFLICT, 'This idempotency key was already used for a different submission.');
  }
  return existing;
}

/** What a submission reads before it writes, in one statement (below). */
type SubmissionRecord = (ContractRecord | { [K in keyof ContractRecord]: null }) & {
  linked: number | string;
  deployment: ProductScopeRow['deployment'] | null;
  existing_incident_id: number | string | null;
};

function hasContract(r: SubmissionRecord): r is ContractRecord & SubmissionRecord {
  return r.id !== null;
}

/**
 * Everything a submission checks, in one statement and one row whatever
 * exists: an incident the viewer already submitted with this key, the
 * contract (null columns when there is none), whether the viewer holds an
 * unrevoked link to it, and the product's deployment. The one-row derived
 * table keeps the row when the contract is missing.
 */
const SUBMISSION_FACTS =
  `SELECT ${CONTRACT_COLUMNS}, ` +
  '(SELECT COUNT(*) FROM contract_link l WHERE l.user_id = ? AND l.contract_id = c.id AND l.revoked_at IS NULL) AS linked, ' +
  '(SELECT s.deployment FROM product_scope s WHERE s.product_id = ?) AS deployment, ' +
  '(SELECT i.id FROM support_incident i WHERE i.user_id = ? AND i.idempotency_key = ?) AS existing_incident_id ' +
  'FROM (SELECT 1 AS one) k LEFT JOIN support_contract c ON c.id = ?';

/** An accepted submission, and its contract as the deduction left it (null when that is not known exactly). */
export interface Submission {
  incident: SupportIncidentRow;
  contract: SupportContractRow | null;
}

/**
 * SUP-5: submits an incident and deducts one incident in the same
 * transaction. The deduction is one conditional UPDATE (`... AND
 * incidents_remaining > 0`), so concurrent submissions can never take the
 * balance below zero; the loser of the race gets INCIDENTS_EXHAUSTED.
 *
 * Statements: the transaction, one read of every fact checked, the UPDATE,
 * the incident, the outbox event. The UPDATE first expects the balance it
 * read (`... AND incidents_remaining = <read>`): when it matches, the balance
 * after it is known without reading it again, and the answer's contract is
 * that row; when a concurrent submission changed it meanwhile, the plain
 * conditional UPDATE runs and the answer reads the contract after commit.
 */
export async function submitIncident(ctx: CommandContext, viewer: Viewer, input: SubmitInput): Promise<Submission> {
  const key = checkKey(input.idempotencyKey);
  const text = incidentText(input.title, input.description);
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const [facts] = await selectRowsIn<SubmissionRecord>(tx, SUBMISSION_FACTS, [viewer.userId, input.productId, viewer.userId, key, input.supportContractId]);
      // A retry with the same key answers with its first submission, whatever changed since (checked first, as always).
      if (facts.existing_incident_id !== null) {
        const [existing] = await selectRowsIn<IncidentRecord>(tx, `SELECT ${INCIDENT_COLUMNS} FROM support_incident i WHERE i.id = ?`, [integerOf(facts.existing_incident_id)]);
        return { incident: sameSubmission(readIncident(existing), input), contract: null };
      }
      const contract = hasContract(facts) ? readContract(facts) : null;
      const usable = contract && (contract.organizationId === viewer.orgId || integerOf(facts.linked) > 0);
      if (!contract || !usable) throw notFound('No contract with this id is yours or linked to you.');
      const deployment = facts.deployment;
      if (!deployment) throw badInput(`Unknown product id "${input.productId}".`, 'productId');
      const reason = ineligibility(contract, deployment, now);
      if (reason) throw refusal(reason, contract, deployment);

      const deduct = (condition: string, params: Record<string, unknown>) =>
        tx
          .createQueryBuilder()
          .update(SupportContractRow)
          .set({ incidentsRemaining: () => 'incidents_remaining - 1' })
          .where(`id = :id AND ${condition}`, { id: contract.id, ...params })
          .execute();
      let after: SupportContractRow | null = { ...contract, incidentsRemaining: contract.incidentsRemaining - 1 };
      if (!(await deduct('incidents_remaining = :read', { read: contract.incidentsRemaining })).affected) {
        if (!(await deduct('incidents_remaining > 0', {})).affected) throw refusal('EXHAUSTED', contract);
        after = null;
      }

      const incidents = tx.getRepository(SupportIncidentRow);
      const row = incidents.create({
        supportContractId: contract.id,
        organizationId: viewer.orgId,
        userId: viewer.userId,
        productId: input.productId,
        severity: input.severity,
        title: text.title,
        description: text.description,
        status: 'OPEN',
        responseTimeMinutes: responseTimeMinutes(contract.kind, input.severity),
        idempotencyKey: key,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      });
      await incidents.insert(row);
      // MP-1: the product joins the requester's My Products in the catalog store, through the outbox (same
      // transaction); a retry with the same key returned above and writes no second event.
      await writeOutboxEvent(
        tx,
        {
          destination: 'software-catalog',
          type: 'SupportIncidentOpened',
          payload: { incidentId: String(row.id), userId: viewer.userId, organizationId: viewer.orgId, productId: input.productId, openedAt: now.toISOString() },
        },
        now,
      );
      return { incident: row, contract: after };
    });
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    // A concurrent retry with the same key lost the race on the unique index
    // (its transaction rolled back, deduction included): answer with the twin.
    const twin = await ctx.db.getRepository(SupportIncidentRow).findOneBy({ userId: viewer.userId, idempotencyKey: key });
    if (twin) return { incident: sameSubmission(twin, input), contract: null };
    throw err;
  }
}

/**
 * Closes an open incident (SUP-6). A customer or partner closes its own
 * organisation's incident as RESOLVED; only a support engineer of the
 * operator closes as NON_DECREMENT (any organisation's incident), which
 * credits the incident back. FORBIDDEN is decided before anything is read.
 *
 * Exactly once under concurrency: the conditional UPDATE (`... AND status =
 * 'OPEN'`) runs FIRST, so it waits for a concurrent winner's row lock and then
 * finds the incident closed; the read that follows is this transaction's first
 * consistent read, so it sees the winner's committed status (reading first
 * would pin a snapshot where it is still OPEN). Only the transaction whose
 * UPDATE changed the row credits; every other closure, concurrent or later,
 * is CONFLICT with the status it has (`extensions.status`).
 */
export async function closeIncident(ctx: CommandContext, viewer: Viewer, input: CloseInput): Promise<SupportIncidentRow> {
  const nonDecrement = input.resolution === 'NON_DECREMENT';
  if (nonDecrement && !isOperatorSupportEngineer(viewer)) {
    throw forbidden('Only a support engineer of the support provider may close an incident as non-decrement (SUP-6); close it as RESOLVED.');
  }
  const missing = () => notFound('No incident with this id in your organisation.');
  const id = parseIncidentId(input.incidentId);
  if (id === null) throw missing();
  // The engineer acts for the provider, on any organisation's incident; everyone else on their own organisation's.
  const anyOrganization = nonDecrement;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const update = tx
      .createQueryBuilder()
      .update(SupportIncidentRow)
      .set({ status: input.resolution, closedAt: now, updatedAt: now })
      .where("id = :id AND status = 'OPEN'", { id });
    if (!anyOrganization) update.andWhere('organization_id = :orgId', { orgId: viewer.orgId });
    const closed = await update.execute();
    const incident = await tx.getRepository(SupportIncidentRow).findOneBy({ id });
    if (!incident || (!anyOrganization && incident.organizationId !== viewer.orgId)) throw missing();
    if (!closed.affected) {
      throw domainError(ErrorCode.CONFLICT, `The incident is already closed as ${incident.status}.`, { status: incident.status });
    }
    if (nonDecrement) {
      await tx
        .createQueryBuilder()
        .update(SupportContractRow)
        .set({ incidentsRemaining: () => 'incidents_remaining + 1' })
        .where('id = :id', { id: incident.supportContractId })
        .execute();
    }
    return incident;
  });
}
