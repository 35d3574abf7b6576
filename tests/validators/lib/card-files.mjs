import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./app-package.mjs";

/** The cards rendered by the C# catalog test (tests/OpsRhythm.UnitTests/CardCatalog): $CARDS_DIR or artifacts/cards. */
export const cardsDir = process.env.CARDS_DIR ? path.resolve(process.env.CARDS_DIR) : path.join(repoRoot, "artifacts", "cards");

export function cardFiles() {
  if (!existsSync(cardsDir)) return [];
  return readdirSync(cardsDir).filter((f) => f.endsWith(".json")).sort();
}
