import { In, type EntityManager } from 'typeorm';
import { writeOutboxEvent } from '../../../../common/outbox';
import {
  partnerBenefitContracts,
  problemResolutionContract,
  type PartnerBenefitActivated,
  type ProblemResolutionActivated,
} from '../domain/provisionedContracts';
import { insertProvisionedContract } from './contractIdIssuer';
import { SupportContractRow } from './entities';

/**
 * The transactional part of the provisioning events `src/events.ts` applies:
 * each creates contracts and, in the same (inbox) transaction `tx`, writes the
 * reply that tells the sender which contract now exists. The contract starts
 * at `now` (SUP-1: one year from then).
 */

/** AGR-8: the SA Problem Resolution contract, and the reply to agreements. */
export async function provisionProblemResolution(tx: EntityManager, p: ProblemResolutionActivated, now: Date): Promise<void> {
  const contract = await insertProvisionedContract(tx, problemResolutionContract(p, now));
  await writeOutboxEvent(
    tx,
    {
      destination: 'agreements',
      type: 'SupportContractProvisioned',
      payload: { agreementId: p.agreementId, service: 'PROBLEM_RESOLUTION_SUPPORT', supportContractId: contract.id },
    },
    now,
  );
}

/**
 * PB-4, SUP-7: a package's contracts, and the reply to partner-benefits.
 * Contracts that already exist are kept as they are, pair and balance
 * included, and named in the reply; only missing ones are created.
 */
export async function provisionPartnerBenefit(tx: EntityManager, p: PartnerBenefitActivated, now: Date): Promise<void> {
  const { contracts, byEntitlement } = partnerBenefitContracts(p, now);
  const existing = await tx.getRepository(SupportContractRow).findBy({ id: In(contracts.map((c) => c.id)) });
  if (existing.some((c) => c.organizationId !== p.organizationId)) throw new Error(`contracts of package ${p.packageId} belong to another organisation`);
  const have = new Set(existing.map((c) => c.id));
  // One by one: a collision redraws only the contract that collided.
  for (const contract of contracts) if (!have.has(contract.id)) await insertProvisionedContract(tx, contract);
  await writeOutboxEvent(
    tx,
    { destination: 'partner-benefits', type: 'PartnerBenefitContractsProvisioned', payload: { packageId: p.packageId, entitlements: byEntitlement } },
    now,
  );
}
