import type { people } from '../../../shared/contract/people';
import type { FeatureHandlers } from './handler';

export const peopleHandlers = {
  listPeople: ({ journal }, arg) => journal.index.peopleSummaries(arg?.includeArchived ?? false),
  addPerson: ({ journal }, arg) => journal.addPerson(arg),
  updatePerson: ({ journal }, arg) => journal.updatePerson(arg),
  archivePerson: ({ journal }, arg) => journal.archivePerson(arg),
  mergePeople: ({ journal }, arg) => journal.mergePeople(arg),
} satisfies FeatureHandlers<typeof people>;
