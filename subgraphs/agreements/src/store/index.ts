import type { StoreDefinition } from '../../../../common/database';
import {
  AgreementRow,
  InvitationRow,
  LicenseLineRow,
  NoticeContactRow,
  OrganizationRow,
  PartnerCustomerRow,
  SaServiceActivationRow,
  SaVoucherAssignmentRow,
  ServicesAdministratorRightRow,
  ServicesAdministratorRow,
  SoftwareSubscriptionRow,
} from './entities';
import { InitialSchema1764000000001 } from './migrations/1764000000001-InitialSchema';
import { SaServicesAndPurchases1764000000002 } from './migrations/1764000000002-SaServicesAndPurchases';
import { Outbox1764000000003 } from './migrations/1764000000003-Outbox';
import { ServicesAdministratorRegistration1764000000004 } from './migrations/1764000000004-ServicesAdministratorRegistration';
import { OutboxLease1764000000100, OutboxTraceparent1764000000170 } from '../../../../common/outbox/migration';
import { OUTBOX_ENTITIES } from '../../../../common/outbox/entities';

/** The agreements store: its entities and its migrations, in order. */
export const agreementsStore: StoreDefinition = {
  entities: [
    OrganizationRow,
    AgreementRow,
    LicenseLineRow,
    PartnerCustomerRow,
    NoticeContactRow,
    InvitationRow,
    ServicesAdministratorRow,
    ServicesAdministratorRightRow,
    SaServiceActivationRow,
    SaVoucherAssignmentRow,
    SoftwareSubscriptionRow,
    ...OUTBOX_ENTITIES,
  ],
  migrations: [
    InitialSchema1764000000001,
    SaServicesAndPurchases1764000000002,
    Outbox1764000000003,
    ServicesAdministratorRegistration1764000000004,
    OutboxLease1764000000100,
    OutboxTraceparent1764000000170,
  ],
};
