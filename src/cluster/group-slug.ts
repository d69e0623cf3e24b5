/**
 * The slug an incident files a group name or alias under. Clustering knows no group list: the pipeline and the
 * `extract` command pass in the gazetteer's lookup (`src/pipeline/group-slug.ts`), tests may pass their own.
 */
export type GroupSlugOf = (name: string) => string;
