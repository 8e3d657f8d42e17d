/* eslint-disable */
/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from schema/tailoring.schema.json by `npm run generate` (json-schema-to-typescript).
 * A test fails when this file is stale.
 */

/**
 * Adjusts a ruleset for an organisation: switches rules off or changes their severity, each with a reason. The changes are recorded in every result.
 */
export interface TailoringFile {
  /**
   * Optional address of this schema, for editors.
   */
  $schema?: string;
  /**
   * What this tailoring is for.
   */
  description?: string;
  /**
   * Changes by rule id, for example { "ACC-09": { "enabled": false, "reason": "..." } }.
   */
  rules: {
    /**
     * Switch the rule off (enabled: false) or change its severity; give the reason.
     */
    [k: string]:
      | {
          /**
           * false switches the rule off.
           */
          enabled?: boolean;
          /**
           * The new severity: critical, high, medium, low or info.
           */
          severity?: 'critical' | 'high' | 'medium' | 'low' | 'info';
          /**
           * Why the change is justified.
           */
          reason: string;
        }
      | undefined;
  };
}
