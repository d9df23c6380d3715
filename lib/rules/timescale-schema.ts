/*
 * The zod schemas of a timescale and its source, apart from the date arithmetic in
 * ./timescale.ts so that the sidebar, which dates deadlines, does not load zod.
 */
import * as z from 'zod';
import { DAY_ZERO_CONVENTIONS, TIMESCALE_UNITS } from './timescale';

/** Where a number comes from, so a practice lead can check it against the guidance itself. */
export const RuleSourceSchema = z.object({
  title: z.string().min(1).max(300),
  paragraph: z.string().max(300).optional(),
  url: z.url().max(2048).optional(),
  /** Anything a reader should know: e.g. that a national profile keeps England's default here. */
  note: z.string().max(1000).optional(),
});
export type RuleSource = z.infer<typeof RuleSourceSchema>;

export const TimescaleSchema = z
  .object({
    amount: z.number().int().min(0).max(1000),
    unit: z.enum(TIMESCALE_UNITS),
    /**
     * Calendar units only. Absent or true: every day counts, bank holidays included ("regardless
     * of bank holidays"). False: bank holidays and the organisation's closure days do not count,
     * so the period runs one day longer for each that falls inside it. Weekends always count.
     */
    countBankHolidays: z.boolean().optional(),
    dayZero: z.enum(DAY_ZERO_CONVENTIONS),
    source: RuleSourceSchema,
  })
  .refine((t) => !(t.unit === 'working-days' && t.countBankHolidays !== undefined), {
    message: 'countBankHolidays applies only to calendar units: working days never count them',
    path: ['countBankHolidays'],
  });
export type Timescale = z.infer<typeof TimescaleSchema>;
