/** An example plan document shipped with Cadre, to start a simulation from. */
export interface PlanExampleDto {
  /** The file's name without `.json`, e.g. `account-executive`. */
  id: string;
  /** The plan's own name (`plan.name`). */
  name: string;
  /** The document as written, so that it reads and edits the way its author laid it out. */
  document: string;
}
