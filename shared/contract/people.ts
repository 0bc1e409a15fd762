// People: the people in the journal, adding, renaming, archiving and merging them.
import { z } from 'zod';
import { RELATIONSHIPS, type Person, type PersonSummary } from '../domain';
import { aliasesSchema } from '../name-words';
import { method } from './method';
import { idSchema, personNameSchema } from './values';

export const people = {
  listPeople: method<PersonSummary[]>()({ arg: z.strictObject({ includeArchived: z.boolean().optional() }).optional(), needs: 'journal' }),
  addPerson: method<Person>()({
    // No default: a person added without a relationship has none recorded.
    arg: z.strictObject({ name: personNameSchema, relationship: z.enum(RELATIONSHIPS).optional(), aliases: aliasesSchema.optional() }),
    needs: 'writer',
  }),
  updatePerson: method<Person>()({
    arg: z.strictObject({
      id: idSchema,
      name: personNameSchema.optional(),
      /** Absent leaves it as it is; null clears it back to not recorded. */
      relationship: z.enum(RELATIONSHIPS).nullable().optional(),
      /** "Also known as": the whole list, replacing the old one. */
      aliases: aliasesSchema.optional(),
    }),
    needs: 'writer',
  }),
  archivePerson: method<Person>()({ arg: z.strictObject({ id: idSchema, archived: z.boolean() }), needs: 'writer' }),
  mergePeople: method<Person>()({
    arg: z
      .strictObject({ sourceId: idSchema, targetId: idSchema })
      .refine((a) => a.sourceId !== a.targetId, { message: 'Choose two different people', path: ['targetId'] }),
    needs: 'writer',
  }),
};
