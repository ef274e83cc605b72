/**
 * The "write this" marker that `npm run new` puts in a new entry's template (TO_FILL): every one
 * left is an error at its line, so a scaffolded file passes the check only once it is written.
 */
import type { ContentIssue } from '../issues';
import { TO_FILL } from '../marker';

export function placeholderIssues(file: string, text: string): ContentIssue[] {
  return text.split('\n').flatMap((line, i) =>
    line.includes(TO_FILL)
      ? [{ file, line: i + 1, field: '(待填写)', message: `第${i + 1}行还有待填写的内容“${TO_FILL}”：换成依据资料写成的文字(事实要注明出处)，再删除这个标记。` }]
      : [],
  );
}
