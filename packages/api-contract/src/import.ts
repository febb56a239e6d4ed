import { z } from 'zod';

/** One numbered paragraph of an import's outline: its number as the editor shows it, its depth, its opening words. */
export const OutlineEntrySchema = z
  .object({
    /** '8.2.1.1', without the final dot, as the draft shows it. */
    number: z.string(),
    /** 1 for '8.', 4 for '8.2.1.1.'; the schema allows 1 to 6. */
    level: z.number().int().min(1).max(6),
    /** The paragraph's first 80 characters or so, cut at a word. */
    text: z.string(),
  })
  .meta({ id: 'OutlineEntry' });

/** What an import would make of a document, before anything is stored. */
export const ImportPreviewSchema = z
  .object({
    /** The title line's text, '' when the document has none. */
    title: z.string(),
    outline: z.array(OutlineEntrySchema),
    /** How many numbered paragraphs the draft would have (the outline's length). */
    paragraphs: z.number().int(),
    /** What was read but not as written, each naming its line. */
    warnings: z.array(z.string()),
  })
  .meta({ id: 'ImportPreview' });

/** The answer to an import: the draft revision written, the title found, any warnings. */
export const ImportedSchema = z
  .object({
    revision: z.number().int(),
    title: z.string().optional(),
    warnings: z.array(z.string()).readonly(),
    /** The contributions the text cites that were added to the register ('S19-CWGWSIS34-C-0001 Rev.4'). */
    registered: z.array(z.string()).readonly().optional(),
  })
  .meta({ id: 'Imported' });

export type OutlineEntry = z.infer<typeof OutlineEntrySchema>;
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
export type Imported = z.infer<typeof ImportedSchema>;
