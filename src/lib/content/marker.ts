/**
 * The “write this” marker: `npm run new` puts it wherever the editor must write, and the content
 * check reports every one left (rules/placeholders.ts). One definition, so the two always agree.
 */
export const TO_FILL = '【待填写】';
