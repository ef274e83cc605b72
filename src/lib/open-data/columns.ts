/**
 * The /data/ field guide, column by column as the CSV has them: each column's type as the CSV
 * writes it, whether it is required (never empty), the allowed values and what it means.
 */
import type { Dataset } from './datasets';
import { fieldNote, PART_NOTES } from './field-notes';
import { describeFields, describeSubfields, type FieldInfo } from './fields';
import { columnsOf, columnValue, csvCell } from './serialize';

export interface ColumnInfo {
  name: string;
  /** The type as the CSV cell holds it: 文本, 数字, 是/否, 枚举, 文本列表 or JSON. */
  type: string;
  /** True only when the schema requires the value and no record leaves the cell empty. */
  required: boolean;
  values?: string[];
  note: string;
}

/** A list of texts is joined with “；”; any other list or object is written as JSON (see csvCell). */
export const CSV_TYPE = { textList: '文本列表', json: 'JSON' } as const;

function csvType(field: FieldInfo): string {
  if (field.type === '列表(文本)') return CSV_TYPE.textList;
  if (field.type.includes('对象') || field.type.startsWith('列表')) return CSV_TYPE.json;
  return field.type;
}

/** The short name of a field, from its note: the words before any explanation. */
const shortNote = (note: string) => note.split(/[：；(]/)[0] ?? note;

/** One row of the field guide per CSV column of the data set, in the file's order. */
export function describeColumns(ds: Dataset): ColumnInfo[] {
  const fields = describeFields(ds.schema);
  return columnsOf(ds).map((name) => {
    const [parent = name, part] = name.split('.');
    const own = fields.find((f) => f.name === parent);
    let info: FieldInfo;
    let note: string;
    if (!own) {
      // The key added to each record (e.g. the model of a comparison cell), always present.
      info = { name, type: '文本', required: true };
      note = ds.key.note;
    } else if (part === undefined) {
      info = own;
      note = fieldNote(ds.name, name) ?? '';
    } else {
      const sub = describeSubfields(ds.schema, parent)?.find((f) => f.name === part);
      if (!sub) throw new Error(`${ds.name}: column ${name} has no field ${part} in its schema`);
      info = { ...sub, required: own.required && sub.required };
      note = `${shortNote(fieldNote(ds.name, parent) ?? parent)}：${PART_NOTES[part] ?? part}`;
    }
    const filled = ds.records.every((r) => csvCell(columnValue(r, name)) !== '');
    return {
      name,
      type: csvType(info),
      required: info.required && filled,
      ...(info.values ? { values: info.values } : {}),
      note,
    };
  });
}
