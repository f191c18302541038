/** The values the rules speak of (the SDL's enums), shared by the rows in `store/entities.ts`. */

export type PartnerProgram = 'NETWORK_MEMBER' | 'ACTION_PACK' | 'SILVER' | 'GOLD';
export type Region = 'NORTH_AMERICA' | 'LATIN_AMERICA' | 'EMEA' | 'ASIA_PACIFIC' | 'GREATER_CHINA';
/** CORE: the organisation's core benefits; ABTK: an additional business toolkit bought for one location (PB-8). */
export type PackageKind = 'CORE' | 'ADDITIONAL_BUSINESS_TOOLKIT';
export type ActivationMode = 'REQUESTED' | 'PROACTIVE' | 'SELF_SERVICE';
export type ActivationChannel = 'REGIONAL_SERVICE_CENTER' | 'TECHNICAL_SUPPORT';
export type RecipientKind = 'HEADQUARTERS_CONTACT' | 'LOCATION_CONTACT' | 'SIGNED_IN_USER' | 'ALTERNATE_EMAIL';
export type BenefitEntitlementKind = 'PRODUCT_SUPPORT_INCIDENTS' | 'SIGNATURE_CLOUD_INCIDENTS' | 'ADVISORY_HOURS';
