/**
 * What the courseware worker (./build-worker.ts) runs: every file of the courseware, made from the
 * entries the content guard has checked, with the key of the content they were made from.
 */
import { buildKnowledgeIndex, type KnowledgeInput } from '../knowledge';
import { coursewareInputKey, siteCourseware, type CoursewareBytes, type LessonEntry } from './site-courseware';

/** The collections the courseware reads, as plain data (what a worker can be sent). */
export type CoursewareContent = KnowledgeInput & { lessons: LessonEntry[] };

export async function buildCourseware({ lessons, ...input }: CoursewareContent): Promise<{ key: string; files: CoursewareBytes }> {
  const kb = buildKnowledgeIndex(input);
  return { key: coursewareInputKey(kb, lessons), files: await siteCourseware(kb, lessons).all() };
}
