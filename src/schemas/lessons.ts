/**
 * Lesson kits for Party-school trainers: objectives, key points tied to the model pages, the
 * diagrams and timelines to show, discussion questions, a comparison exercise, a self-check and
 * the readings. Everything a trainee is told as fact carries its citations.
 */
import { z } from 'astro/zod';
import { cites, entryId, isoDay, text, title } from './common';
import { COMPARE_DIMENSIONS } from './compare';

/** A key point of the lesson, linked to the part of a model page that explains it. */
export const lessonKeyPoint = z.strictObject({
  text,
  /** The model page the point links to. */
  model: entryId,
  /** A `##` or `###` heading of that model page, exactly as written there, e.g. 问题与反思. */
  section: text,
  cites,
});

/** A discussion question, with a note for the trainer on what the sources offer. */
export const lessonQuestion = z.strictObject({
  question: text,
  /** What to read and weigh; the trainer's guide, cited like any other statement. */
  guide: text,
  cites,
});

/** A self-check question; the answer is shown on request (a <details> element). */
export const lessonCheck = z.strictObject({
  question: text,
  answer: text,
  cites,
});

/** A source to read before or after the lesson, and which of its sections. */
export const lessonReading = z.strictObject({
  source: entryId,
  sections: z.array(entryId).min(1),
  /** Why this reading, in one sentence. */
  why: text,
});

/** The comparison exercise done with /compare/: the models to compare and along which lines. */
export const lessonExercise = z.strictObject({
  task: text,
  /** Two to five models, as /compare/ allows. */
  models: z.array(entryId).min(2, '比较练习至少需要两个模式').max(5, '比较页最多并列5个模式'),
  /** Rows of /compare/ that the worksheet asks about; the kit's link opens /compare/ with them chosen. */
  dimensions: z.array(z.enum(COMPARE_DIMENSIONS)).min(2),
  /** Worksheet rows that /compare/ has no row for, e.g. 资料的性质与立场. */
  extraRows: z.array(text).default([]),
});

/** A lesson kit (content/lessons/<id>.yaml), shown at /lessons/<id>/ and printed as an A4 handout. */
export const lessonSchema = z.strictObject({
  title: title(40),
  /** One line for the lesson list and the page's description. */
  summary: text.max(120, '一句话概括，不超过120字'),
  /** The models the lesson teaches (one for a model lesson, several for a cross-model lesson). */
  models: z.array(entryId).min(1),
  objectives: z.array(text).min(2).max(6),
  keyPoints: z.array(lessonKeyPoint).min(3),
  /** Structures whose diagram the kit shows, in this order. */
  structures: z.array(entryId).min(1),
  /** Models whose timeline the kit shows. */
  timelines: z.array(entryId).min(1),
  questions: z.array(lessonQuestion).min(3, '讨论题3到5道').max(5, '讨论题3到5道'),
  exercise: lessonExercise,
  selfCheck: z.array(lessonCheck).min(3).max(6),
  readings: z.array(lessonReading).min(1),
  order: z.number().int(),
  updated: isoDay,
});
/** A validated lesson kit. */
export type Lesson = z.infer<typeof lessonSchema>;
/** One key point of a kit. */
export type LessonKeyPoint = z.infer<typeof lessonKeyPoint>;
