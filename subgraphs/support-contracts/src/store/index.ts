import type { StoreDefinition } from '../../../../common/database';
import { OUTBOX_ENTITIES } from '../../../../common/outbox/entities';
import { ContractIdNoticeRow, ContractLinkRow, LinkAttemptRow, ProductScopeRow, ProgramSupportCaseRow, SupportContractRow, SupportIncidentRow } from './entities';
import { InitialSchema1764000000001 } from './migrations/1764000000001-InitialSchema';
import { Incidents1764000000002 } from './migrations/1764000000002-Incidents';
import { Outbox1764000000003 } from './migrations/1764000000003-Outbox';
import { ContractCredentials1764000000004 } from './migrations/1764000000004-ContractCredentials';
import { ReissueDerivedContractIds1764000000005 } from './migrations/1764000000005-ReissueDerivedContractIds';
import { ProgramSupportCases1764000000006 } from './migrations/1764000000006-ProgramSupportCases';
import { OutboxLease1764000000100, OutboxTraceparent1764000000170 } from '../../../../common/outbox/migration';

/** The support-contracts store: its entities and its migrations, in order. */
export const supportStore: StoreDefinition = {
  entities: [SupportContractRow, ContractLinkRow, SupportIncidentRow, ProductScopeRow, LinkAttemptRow, ContractIdNoticeRow, ProgramSupportCaseRow, ...OUTBOX_ENTITIES],
  migrations: [
    InitialSchema1764000000001,
    Incidents1764000000002,
    Outbox1764000000003,
    ContractCredentials1764000000004,
    ReissueDerivedContractIds1764000000005,
    ProgramSupportCases1764000000006,
    OutboxLease1764000000100,
    OutboxTraceparent1764000000170,
  ],
};
