import type { VictimType } from "./entities";

/** What the organisation registry knows of one organisation name. */
export interface RegistryOrg {
  /** The registry's category, null when its sources leave the kind unclear or disagree. */
  category: VictimType | null;
  /** ISO 3166-1 alpha-2, null when unknown or when organisations of that name are in several countries. */
  country: string | null;
  /** The town the organisation is in, as the registry spells it; null when unknown or organisations of the name differ. */
  city: string | null;
}

/** A registry name found in a text: where it is and what the registry knows of it. */
export interface RegistryMention extends RegistryOrg {
  start: number;
  end: number;
}

/**
 * The imported healthcare-organisation registry as extraction reads it: pure and synchronous, so `extractEntities`
 * stays pure. Built in memory from the store's rows by `createOrgRegistry` (src/extract/registry-index.ts).
 */
export interface OrgRegistry {
  /** The organisation a victim name denotes, or null when the registry does not know it or the name is too generic. */
  lookup(name: string): RegistryOrg | null;
  /** Distinctive registry names written as capitalised names in `text`, in order, none overlapping. */
  findNames(text: string): RegistryMention[];
}

/** The columns every registry CSV has (the format of ../shared/data/health-orgs), in the order the store keeps them. */
export const REGISTRY_COLUMNS = [
  "name",
  "aliases",
  "type",
  "category",
  "category_basis",
  "country",
  "region",
  "city",
  "postcode",
  "status",
  "parent",
  "source_id",
  "source",
] as const;

/** One row of a registry CSV (the format of ../shared/data/health-orgs), as validated and stored. */
export interface RegistryRow {
  name: string;
  /** Other names of the same organisation. */
  aliases: string[];
  type: string;
  category: VictimType | null;
  category_basis: "source" | "source-file" | "name-keyword" | "curated" | null;
  country: string | null;
  region: string | null;
  city: string | null;
  postcode: string | null;
  status: "active" | "closed" | "dormant" | "proposed" | "not-in-latest-listing" | "unknown";
  parent: string | null;
  source_id: string;
  source: string;
}

/** The fields of a registry row that extraction reads (categories and codes still unchecked: the registry index checks them). */
export interface RegistryEntry {
  name: string;
  aliases: string[];
  category: string | null;
  /** How the source set `category`; a category guessed from a word of the name says no more than the name does. */
  category_basis: string | null;
  country: string | null;
  city: string | null;
}
