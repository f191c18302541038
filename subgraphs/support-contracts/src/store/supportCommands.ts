import { GraphQLError } from 'graphql';
import { In, type EntityManager } from 'typeorm';
import { badInput, conflict, domainError, ErrorCode, notFound } from '../../../../common/errors';
import type { Viewer } from '../../../../common/identity';
import type { SupportContext } from '../resolvers/context';
import { parseDigitId } from '../domain/contractIds';
import { effectiveScope, ineligibility, scopeCovers, type Ineligibility } from '../domain/eligibility';
import { isExpired } from '../domain/expiry';
import { idempotencyKey as checkKey, incidentText } from '../domain/incidentInput';
import { responseTimeMinutes } from '../domain/responseTime';
import {
  ContractLinkRow,
  ProductScopeRow,
  SupportContractRow,
  SupportIncidentRow,
  type IncidentSeverity,
} from './entities';

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
 * wrong single ID), expired, exhausted, or when none of the products asked
 * for is in its scope (SUP-4).
 */
export async function linkContract(ctx: SupportContext, viewer: Viewer, input: LinkInput): Promise<SupportContractRow> {
  const accessId = parseDigitId(input.accessId, 'accessId');
  const contractId = parseDigitId(input.contractId, 'contractId');
  const productIds = [...new Set(input.productIds ?? [])];
  if (productIds.length > 50) throw badInput('productIds may name at most 50 products.', 'productIds');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const contract = await tx.getRepository(SupportContractRow).findOneBy({ accessId, contractId });
    if (!contract) throw notFound(NO_SUCH_CONTRACT);
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
      .values({ userId: viewer.userId, supportContractId: contract.id, organizationId: viewer.orgId, linkedAt: now })
      .orIgnore()
      .execute();
    return contract;
  });
}

/** A retry must be the same submission; a key reused for something else is a conflict. */
function sameSubmission(existing: SupportIncidentRow, input: SubmitInput): SupportIncidentRow {
  if (existing.supportContractId !== input.supportContractId || existing.productId !== input.productId || existing.severity !== input.severity) {
    throw conflict('This idempotency key was already used for a different submission.');
  }
  return existing;
}

/**
 * SUP-5: submits an incident and deducts one incident in the same
 * transaction. The deduction is one conditional UPDATE (`... AND
 * incidents_remaining > 0`), so concurrent submissions can never take the
 * balance below zero; the loser of the race gets INCIDENTS_EXHAUSTED.
 */
export async function submitIncident(ctx: SupportContext, viewer: Viewer, input: SubmitInput): Promise<SupportIncidentRow> {
  const key = checkKey(input.idempotencyKey);
  const text = incidentText(input.title, input.description);
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const incidents = tx.getRepository(SupportIncidentRow);
      const existing = await incidents.findOneBy({ userId: viewer.userId, idempotencyKey: key });
      if (existing) return sameSubmission(existing, input);

      const contract = await tx.getRepository(SupportContractRow).findOneBy({ id: input.supportContractId });
      const usable =
        contract &&
        (contract.organizationId === viewer.orgId ||
          (await tx.getRepository(ContractLinkRow).existsBy({ userId: viewer.userId, supportContractId: contract.id })));
      if (!contract || !usable) throw notFound('No contract with this id is yours or linked to you.');
      const deployment = (await deploymentsOf(tx, [input.productId])).get(input.productId);
      if (!deployment) throw badInput(`Unknown product id "${input.productId}".`, 'productId');
      const reason = ineligibility(contract, deployment, now);
      if (reason) throw refusal(reason, contract, deployment);

      const deducted = await tx
        .createQueryBuilder()
        .update(SupportContractRow)
        .set({ incidentsRemaining: () => 'incidents_remaining - 1' })
        .where('id = :id AND incidents_remaining > 0', { id: contract.id })
        .execute();
      if (!deducted.affected) throw refusal('EXHAUSTED', contract);

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
      return row;
    });
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    // A concurrent retry with the same key lost the race on the unique index
    // (its transaction rolled back, deduction included): answer with the twin.
    const twin = await ctx.db.getRepository(SupportIncidentRow).findOneBy({ userId: viewer.userId, idempotencyKey: key });
    if (twin) return sameSubmission(twin, input);
    throw err;
  }
}

/** Incident ids are the store's integers; anything else is simply not found. */
export function parseIncidentId(id: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(id) ? Number(id) : null;
}

/**
 * Closes an open incident. NON_DECREMENT credits the incident back (SUP-6)
 * exactly once: the status change is conditional on `status = 'OPEN'`, and
 * only the transaction that changed it credits. Closing again the same way
 * returns the incident unchanged; the other way is a CONFLICT.
 */
export async function closeIncident(ctx: SupportContext, viewer: Viewer, input: CloseInput): Promise<SupportIncidentRow> {
  const id = parseIncidentId(input.incidentId);
  if (id === null) throw notFound('No incident with this id in your organisation.');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const incidents = tx.getRepository(SupportIncidentRow);
    const alreadyClosed = (row: SupportIncidentRow): SupportIncidentRow => {
      if (row.status === input.resolution) return row;
      throw conflict(`The incident is already closed as ${row.status}.`);
    };
    const incident = await incidents.findOneBy({ id });
    if (!incident || incident.organizationId !== viewer.orgId) throw notFound('No incident with this id in your organisation.');
    if (incident.status !== 'OPEN') return alreadyClosed(incident);

    const closed = await tx
      .createQueryBuilder()
      .update(SupportIncidentRow)
      .set({ status: input.resolution, closedAt: now, updatedAt: now })
      .where("id = :id AND status = 'OPEN'", { id })
      .execute();
    if (!closed.affected) {
      const current = await incidents.findOneByOrFail({ id });
      return alreadyClosed(current);
    }
    if (input.resolution === 'NON_DECREMENT') {
      await tx
        .createQueryBuilder()
        .update(SupportContractRow)
        .set({ incidentsRemaining: () => 'incidents_remaining + 1' })
        .where('id = :id', { id: incident.supportContractId })
        .execute();
    }
    return { ...incident, status: input.resolution, closedAt: now, updatedAt: now };
  });
}
