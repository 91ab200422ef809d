/**
 * Body categories (IIBA, PeopleCert, a person's own) as small numbers, and running sums per
 * category kept in arrays: a cycle's figures add to three of them for every entry, and a
 * 25-year log places 260,000 entries (issue 9), where a Map lookup by name per entry showed.
 */

const idsByName = new Map<string, number>();
const names: string[] = [];

/** No category (PMI entries, or a body without categories). */
export const NO_CATEGORY = -1;

/** The number for a category name, the same for the life of the program; NO_CATEGORY for null. */
export function categoryId(name: string | null): number {
  if (name === null) return NO_CATEGORY;
  let id = idsByName.get(name);
  if (id === undefined) {
    id = names.length;
    names.push(name);
    idsByName.set(name, id);
  }
  return id;
}

/** Sums per category, in the order the categories first came in (as a Map keeps them). */
export class CategorySums {
  private readonly sums: number[] = [];
  private readonly order: number[] = [];

  add(id: number, quarters: number) {
    const had = this.sums[id];
    if (had === undefined) {
      this.order.push(id);
      this.sums[id] = quarters;
    } else this.sums[id] = had + quarters;
  }

  get(id: number): number {
    return this.sums[id] ?? 0;
  }

  copy(): CategorySums {
    const out = new CategorySums();
    for (const id of this.order) out.add(id, this.sums[id]!);
    return out;
  }

  /** The sums by category name. */
  toMap(): Map<string, number> {
    const out = new Map<string, number>();
    for (const id of this.order) out.set(names[id]!, this.sums[id]!);
    return out;
  }
}
