export interface GeneratedEntry {
  schema: string;
  output: string;
  rootName: string;
}
export const GENERATED: GeneratedEntry[];
export function prepareForCodegen(schema: object, rootName: string): object;
export function generateTypes(entry: GeneratedEntry): Promise<string>;
