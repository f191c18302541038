import type { StoreDefinition } from '../../../../common/database';
import { OUTBOX_ENTITIES } from '../../../../common/outbox/entities';
import { AdvisoryRequestRow, BenefitDetailsResendRow, BenefitEntitlementRow, BenefitPackageRow, PartnerLocationRow, PartnerMembershipRow } from './entities';
import { InitialSchema1764000000001 } from './migrations/1764000000001-InitialSchema';
import { Outbox1764000000002 } from './migrations/1764000000002-Outbox';
import { DetailsResend1764000000003 } from './migrations/1764000000003-DetailsResend';
import { ContractRerequests1764000000004 } from './migrations/1764000000004-ContractRerequests';
import { OutboxLease1764000000100, OutboxTraceparent1764000000170 } from '../../../../common/outbox/migration';

/** The partner-benefits store: its entities and its migrations, in order. */
export const benefitsStore: StoreDefinition = {
  entities: [PartnerMembershipRow, PartnerLocationRow, BenefitPackageRow, BenefitEntitlementRow, AdvisoryRequestRow, BenefitDetailsResendRow, ...OUTBOX_ENTITIES],
  migrations: [InitialSchema1764000000001, Outbox1764000000002, DetailsResend1764000000003, ContractRerequests1764000000004, OutboxLease1764000000100, OutboxTraceparent1764000000170],
};
