export type * from "./feed";
export type * from "./article";
export type * from "./entities";
export type * from "./incident";
export type * from "./search";
export type * from "./poll";
export type * from "./registry";
export { VICTIM_TYPES, ATTACK_TYPES, IMPACT_TYPES, RANSOM_STATUSES } from "./entities";
