/** Commands of this family, registered in ../commands.ts. */
import type { Command } from '../commands.ts';

export const compareCommands: Command[] = [];
