// The command table, in the order "hearth --help" lists it.
import type { Command } from '../command';
import { add } from './add';
import { remove } from './delete';
import { edit } from './edit';
import { exportCommand } from './export';
import { importCommand } from './import';
import { init } from './init';
import { list } from './list';
import { passwd } from './passwd';
import { people } from './people';
import { recover } from './recover';
import { salvage } from './salvage';
import { show } from './show';
import { stats } from './stats';
import { verify } from './verify';
import { checkin } from './checkin';

export const COMMANDS: readonly Command[] = [init, add, list, show, edit, remove, people, stats, exportCommand, importCommand, passwd, recover, verify, salvage, checkin];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
